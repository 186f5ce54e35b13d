package vn.dvk.recognition.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.recognition.ConsiderationCriteria;
import vn.dvk.shared.web.FormActions;

/** The administrators' page of consideration criteria and their weights. */
@Controller
class CriteriaController {

  private final ConsiderationCriteria criteria;
  private final MessageSource messages;

  CriteriaController(ConsiderationCriteria criteria, MessageSource messages) {
    this.criteria = criteria;
    this.messages = messages;
  }

  @GetMapping("/admin/criteria")
  String page(Model model) {
    model.addAttribute("criteria", criteria.all());
    return "rounds/criteria";
  }

  @PostMapping("/admin/criteria")
  String save(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String weight,
      @RequestParam(defaultValue = "0") int position,
      @RequestParam(defaultValue = "false") boolean active,
      Locale locale,
      RedirectAttributes redirect) {
    return FormActions.run(
        "/admin/criteria",
        messages,
        locale,
        redirect,
        "criteria.saved",
        () ->
            criteria.save(
                new ConsiderationCriteria.Criterion(code, name, number(weight), position, active)));
  }

  private static BigDecimal number(String text) {
    try {
      return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
