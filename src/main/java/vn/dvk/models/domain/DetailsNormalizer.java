package vn.dvk.models.domain;

import java.text.Normalizer;
import java.util.Locale;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;

/**
 * A model's details as they are stored: texts trimmed and composed (NFC), blanks absent, the unit
 * code in capitals, a person only for an individual, movements once each and sorted.
 */
public final class DetailsNormalizer {

  private DetailsNormalizer() {}

  public static ModelDetails normalize(ModelDetails d) {
    var individual = d.ownerKind() == OwnerKind.INDIVIDUAL;
    return new ModelDetails(
        text(d.title()),
        d.ownerKind(),
        d.unitCode() == null ? null : d.unitCode().trim().toUpperCase(Locale.ROOT),
        individual ? text(d.personName()) : null,
        individual ? text(d.personPosition()) : null,
        text(d.fieldCode()),
        d.movementCodes().stream().distinct().sorted().toList(),
        text(d.situation()),
        text(d.objectives()),
        text(d.evaluationCriteria()),
        text(d.contentMethod()),
        text(d.area()),
        text(d.beneficiaries()),
        d.targetGroups(),
        text(d.forces()),
        text(d.resources()),
        d.fundsVnd(),
        d.contributionVnd(),
        d.workingDays(),
        d.startDate(),
        d.evaluationDate(),
        text(d.milestones()),
        text(d.sustainability()),
        d.targets());
  }

  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
  }
}
