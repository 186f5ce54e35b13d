package vn.dvk.identity.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dvk.identity.Scope;
import vn.dvk.units.Units;

/**
 * The start page: what I have to do and by when, who I am, my unit and the units directly below it
 * — or, when my unit has ended (merged or dissolved), since when and where its work went.
 */
@Controller
class HomeController {

  private final Scope scope;
  private final Units units;
  private final HomeTasks tasks;

  HomeController(Scope scope, Units units, HomeTasks tasks) {
    this.scope = scope;
    this.units = units;
    this.tasks = tasks;
  }

  @GetMapping("/")
  String home(Locale locale, Model model) {
    var me = scope.requireUser();
    var today = units.today();
    model.addAttribute("home", units.findOnOrLatest(me.unitCode(), today).orElse(null));
    model.addAttribute("children", units.children(me.unitCode(), today));
    model.addAttribute("visibleCount", scope.visibleUnits(today).size());
    model.addAttribute("ended", HomeStanding.of(me.unitCode(), units));
    model.addAttribute("tasks", tasks.of(today, locale));
    return "identity/home";
  }
}
