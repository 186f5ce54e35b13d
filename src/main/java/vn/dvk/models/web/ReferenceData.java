package vn.dvk.models.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.TargetGroup;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;

/** Puts the reference lists and the choices a model page needs into the page's model. */
@Component
class ReferenceData {

  private final ReferenceLists lists;

  ReferenceData(ReferenceLists lists) {
    this.lists = lists;
  }

  /** Puts the lists into the model; returns the codes of the active indicators, in their order. */
  List<String> addTo(Model model) {
    var activeIndicators = lists.active(ReferenceList.INDICATOR);
    model.addAttribute("fields", lists.byCode(ReferenceList.FIELD));
    model.addAttribute("movements", lists.byCode(ReferenceList.MOVEMENT));
    model.addAttribute("indicators", lists.byCode(ReferenceList.INDICATOR));
    model.addAttribute("activeFields", lists.active(ReferenceList.FIELD));
    model.addAttribute("activeMovements", lists.active(ReferenceList.MOVEMENT));
    model.addAttribute("activeIndicators", activeIndicators);
    model.addAttribute("ownerKinds", OwnerKind.values());
    model.addAttribute("targetGroups", TargetGroup.values());
    model.addAttribute("states", RegistrationState.values());
    model.addAttribute("registrationKinds", RegistrationKind.values());
    model.addAttribute("sorts", ModelFilter.Sort.values());
    return activeIndicators.stream().map(ReferenceItem::code).toList();
  }
}
