package vn.dvk.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dvk.identity.UserAccounts;

@Controller
class LoginController {

  private final UserAccounts accounts;

  LoginController(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** Before anyone has an account, the page says which settings create the first administrator. */
  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("firstStart", accounts.noneYet());
    return "identity/login";
  }
}
