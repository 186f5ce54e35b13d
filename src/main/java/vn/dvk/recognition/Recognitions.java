package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * What models hold: their recognitions and the decisions that made, commended or revoked them, for
 * the signed-in user and within their scope.
 */
@Service
@Transactional(readOnly = true)
public class Recognitions {

  private final DecisionRepository decisions;
  private final MobilizationModels models;
  private final Scope scope;
  private final Units units;

  Recognitions(DecisionRepository decisions, MobilizationModels models, Scope scope, Units units) {
    this.decisions = decisions;
    this.models = models;
    this.scope = scope;
    this.units = units;
  }

  /** A model's recognitions, oldest first, standing or revoked (the model must be readable). */
  public List<RecognitionView> ofModel(long modelId) {
    models.get(modelId);
    return decisions.ofModel(modelId);
  }

  /**
   * A decision, if the user may read it: issued by a unit of their subtree or above them (a
   * decision of the province is read by the units whose models it lists).
   */
  public DecisionView decision(long id) {
    var user = scope.requireUser();
    var decision =
        decisions
            .find(id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.decision-not-found", String.valueOf(id)));
    var today = units.today();
    if (!scope.covers(user.unitCode(), decision.issuingUnitCode(), today)
        && !scope.covers(decision.issuingUnitCode(), user.unitCode(), today)) {
      throw new NotFoundException("recognition.error.decision-not-found", String.valueOf(id));
    }
    return decision;
  }

  /**
   * The decisions of a year (or every year) issued in the user's subtree or above it, narrowed to
   * those issued in {@code under}'s subtree when given.
   */
  public List<DecisionView> decisions(Integer year, String under) {
    var user = scope.requireUser();
    var today = units.today();
    var codes = new LinkedHashSet<String>();
    if (under != null && !under.isBlank()) {
      scope.requireReadable(under);
      units.subtree(under, asOf(year, today)).forEach(unit -> codes.add(unit.code()));
    } else {
      scope.visibleUnits(asOf(year, today)).forEach(unit -> codes.add(unit.code()));
      units.chain(user.unitCode(), today).stream().map(UnitView::code).forEach(codes::add);
    }
    return decisions.issuedBy(codes, year);
  }

  private static LocalDate asOf(Integer year, LocalDate today) {
    if (year == null) {
      return today;
    }
    var endOfYear = LocalDate.of(year, 12, 31);
    return endOfYear.isAfter(today) ? today : endOfYear;
  }
}
