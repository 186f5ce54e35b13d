package vn.dvk.models.web;

import static vn.dvk.shared.Texts.isBlank;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.TargetGroup;
import vn.dvk.models.domain.Values;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * The model form as typed: every value kept as text so that a page shown again after an error holds
 * exactly what the person typed. {@code baselines} and {@code targets} are keyed by indicator code.
 */
record ModelForm(
    String title,
    String ownerKind,
    String unitCode,
    String personName,
    String personPosition,
    String fieldCode,
    List<String> movementCodes,
    String situation,
    String objectives,
    String evaluationCriteria,
    String contentMethod,
    String area,
    String beneficiaries,
    List<String> targetGroups,
    String forces,
    String resources,
    String fundsVnd,
    String contributionVnd,
    String workingDays,
    String startDate,
    String evaluationDate,
    String milestones,
    String sustainability,
    Map<String, String> baselines,
    Map<String, String> targets,
    Integer year,
    Integer version) {

  ModelForm {
    movementCodes = movementCodes == null ? List.of() : movementCodes;
    targetGroups = targetGroups == null ? List.of() : targetGroups;
    baselines = baselines == null ? Map.of() : baselines;
    targets = targets == null ? Map.of() : targets;
  }

  static ModelForm empty(String unitCode, int year) {
    return new ModelForm(
        "",
        OwnerKind.COLLECTIVE.name(),
        unitCode,
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        Map.of(),
        Map.of(),
        year,
        null);
  }

  static ModelForm of(ModelView model, Locale locale) {
    var d = model.details();
    var baselines = new LinkedHashMap<String, String>();
    var targets = new LinkedHashMap<String, String>();
    for (var target : d.targets()) {
      baselines.put(target.indicatorCode(), Values.plain(target.baseline(), locale));
      targets.put(target.indicatorCode(), Values.plain(target.target(), locale));
    }
    return new ModelForm(
        d.title(),
        d.ownerKind().name(),
        d.unitCode(),
        d.personName(),
        d.personPosition(),
        d.fieldCode(),
        d.movementCodes(),
        d.situation(),
        d.objectives(),
        d.evaluationCriteria(),
        d.contentMethod(),
        d.area(),
        d.beneficiaries(),
        d.targetGroups().stream().map(Enum::name).sorted().toList(),
        d.forces(),
        d.resources(),
        d.fundsVnd() == null ? "" : d.fundsVnd().toString(),
        d.contributionVnd() == null ? "" : d.contributionVnd().toString(),
        d.workingDays() == null ? "" : d.workingDays().toString(),
        d.startDate() == null ? "" : d.startDate().toString(),
        d.evaluationDate() == null ? "" : d.evaluationDate().toString(),
        d.milestones(),
        d.sustainability(),
        baselines,
        targets,
        model.latestRegistration().map(r -> r.year()).orElse(null),
        model.version());
  }

  /** The details this form describes, and what could not be read from it. */
  record Parsed(ModelDetails details, List<Violation> violations) {}

  Parsed parse(Locale locale) {
    var problems = new ArrayList<Violation>();
    var owner = owner(problems);
    var groups = groups(problems);
    var indicatorTargets = indicatorTargets(locale, problems);
    var details =
        new ModelDetails(
            title,
            owner,
            unitCode,
            personName,
            personPosition,
            fieldCode,
            movementCodes,
            situation,
            objectives,
            evaluationCriteria,
            contentMethod,
            area,
            beneficiaries,
            groups,
            forces,
            resources,
            Values.whole("fundsVnd", fundsVnd, problems),
            Values.whole("contributionVnd", contributionVnd, problems),
            Values.integer("workingDays", workingDays, problems),
            Values.date("startDate", startDate, problems),
            Values.date("evaluationDate", evaluationDate, problems),
            milestones,
            sustainability,
            indicatorTargets);
    return new Parsed(details, problems);
  }

  private OwnerKind owner(List<Violation> problems) {
    try {
      return ownerKind == null || ownerKind.isBlank() ? null : OwnerKind.valueOf(ownerKind);
    } catch (IllegalArgumentException unknown) {
      problems.add(new Violation("ownerKind", "validation.invalid-choice"));
      return null;
    }
  }

  private Set<TargetGroup> groups(List<Violation> problems) {
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    for (var group : targetGroups) {
      try {
        groups.add(TargetGroup.valueOf(group));
      } catch (IllegalArgumentException unknown) {
        problems.add(new Violation("targetGroups", "validation.invalid-choice"));
      }
    }
    return groups;
  }

  /** The indicators given a baseline or a target, in the order of their codes. */
  private List<IndicatorTarget> indicatorTargets(Locale locale, List<Violation> problems) {
    var indicatorTargets = new ArrayList<IndicatorTarget>();
    var codes = new TreeSet<String>();
    baselines.forEach((code, value) -> codes.add(code));
    targets.forEach((code, value) -> codes.add(code));
    for (var code : codes) {
      var baseline = baselines.get(code);
      var target = targets.get(code);
      if (isBlank(baseline) && isBlank(target)) {
        continue;
      }
      indicatorTargets.add(
          new IndicatorTarget(
              code,
              Values.decimal("targets." + code, baseline, locale, problems),
              Values.decimal("targets." + code, target, locale, problems)));
    }
    return indicatorTargets;
  }

  /** The same form, as of another version of the model (what a conflict shows beside theirs). */
  ModelForm withVersion(Integer newVersion) {
    return new ModelForm(
        title,
        ownerKind,
        unitCode,
        personName,
        personPosition,
        fieldCode,
        movementCodes,
        situation,
        objectives,
        evaluationCriteria,
        contentMethod,
        area,
        beneficiaries,
        targetGroups,
        forces,
        resources,
        fundsVnd,
        contributionVnd,
        workingDays,
        startDate,
        evaluationDate,
        milestones,
        sustainability,
        baselines,
        targets,
        year,
        newVersion);
  }
}
