package vn.dvk.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.Text;
import vn.dvk.shared.web.FormErrors;

/** Administrators keep the fields, movements and indicators up to date. */
@Controller
@RequestMapping("/admin/reference")
@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
class ReferenceAdminController {

  private final ReferenceLists lists;
  private final RequestRules rules;
  private final MessageSource messages;

  ReferenceAdminController(ReferenceLists lists, RequestRules rules, MessageSource messages) {
    this.lists = lists;
    this.rules = rules;
    this.messages = messages;
  }

  /** An item as the page and the API send it; each text no longer than its column. */
  record ItemForm(
      @Text(max = 40) String code,
      @Text(max = 300) String nameVi,
      @Text(max = 300) String nameEn,
      @Text(max = 300) String nameHe,
      @Text(max = 40) String measureVi,
      @Text(max = 40) String measureEn,
      @Text(max = 40) String measureHe,
      @PositiveOrZero(message = "{validation.not-negative}") Integer position,
      Boolean active,
      Integer version) {

    ReferenceItem toItem(ReferenceList list) {
      return item(0, list, code);
    }

    /** The item with what the form changes: never its identity or code. */
    ReferenceItem toUpdate(ReferenceItem existing) {
      return item(existing.id(), existing.list(), existing.code());
    }

    private ReferenceItem item(long id, ReferenceList list, String code) {
      return new ReferenceItem(
          id,
          list,
          code,
          nameVi,
          nameEn,
          nameHe,
          measureVi,
          measureEn,
          measureHe,
          position == null ? 0 : position,
          Boolean.TRUE.equals(active),
          version == null ? -1 : version);
    }
  }

  @GetMapping
  String index() {
    return "redirect:/admin/reference/field";
  }

  @GetMapping("/{list}")
  String list(@PathVariable String list, Model model) {
    return show(parse(list), Map.of(), null, model);
  }

  @PostMapping("/{list}")
  String add(
      @PathVariable String list,
      ItemForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var which = parse(list);
    try {
      lists.add(rules.check(form).toItem(which));
    } catch (LocalizedException broken) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return show(which, FormErrors.of(broken, messages, locale), form, model);
    }
    redirect.addFlashAttribute("notice", "reference.saved");
    return "redirect:/admin/reference/" + list;
  }

  @PostMapping("/{list}/{code}")
  String update(
      @PathVariable String list,
      @PathVariable String code,
      ItemForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var which = parse(list);
    try {
      lists.update(rules.check(form).toUpdate(lists.get(which, code)));
    } catch (BusinessRuleException broken) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return show(which, FormErrors.of(broken, messages, locale), null, model);
    }
    redirect.addFlashAttribute("notice", "reference.saved");
    return "redirect:/admin/reference/" + list;
  }

  private String show(ReferenceList list, Map<String, String> errors, ItemForm typed, Model model) {
    model.addAttribute("list", list);
    model.addAttribute("lists", ReferenceList.values());
    model.addAttribute("items", lists.all(list));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "programs/reference";
  }

  static ReferenceList parse(String list) {
    try {
      return ReferenceList.valueOf(list.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new NotFoundException("reference.error.not-found", list);
    }
  }
}
