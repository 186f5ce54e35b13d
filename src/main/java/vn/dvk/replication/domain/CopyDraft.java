package vn.dvk.replication.domain;

import java.util.ArrayList;
import java.util.HashSet;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;

/**
 * What a model learned from a recognized one starts with: what the source does and aims at (its
 * title, field, movements, objectives, criteria, content and method, target groups, sustainability
 * and its indicators' targets). The place, people, money and dates are the learner's own and are
 * left for them to fill in; a copy is a unit's, so collective.
 */
public final class CopyDraft {

  private CopyDraft() {}

  public static ModelDetails of(ModelDetails source, String unitCode) {
    var targets = new ArrayList<IndicatorTarget>();
    for (var target : source.targets()) {
      targets.add(new IndicatorTarget(target.indicatorCode(), null, target.target()));
    }
    return new ModelDetails(
        source.title(),
        OwnerKind.COLLECTIVE,
        unitCode,
        null,
        null,
        source.fieldCode(),
        source.movementCodes(),
        null,
        source.objectives(),
        source.evaluationCriteria(),
        source.contentMethod(),
        null,
        null,
        new HashSet<>(source.targetGroups()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        source.sustainability(),
        targets);
  }
}
