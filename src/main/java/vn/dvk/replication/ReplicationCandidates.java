package vn.dvk.replication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.domain.SourceRepository;
import vn.dvk.shared.TextFolding;
import vn.dvk.units.Level;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** The models a user's province may learn from: its recognized ones, with how often each spread. */
@Service
@Transactional(readOnly = true)
public class ReplicationCandidates {

  private final SourceRepository links;
  private final MobilizationModels models;
  private final Recognitions recognitions;
  private final Scope scope;
  private final Units units;

  ReplicationCandidates(
      SourceRepository links,
      MobilizationModels models,
      Recognitions recognitions,
      Scope scope,
      Units units) {
    this.links = links;
    this.models = models;
    this.recognitions = recognitions;
    this.scope = scope;
    this.units = units;
  }

  /** A recognized model the user's province may learn from, with how often it was copied. */
  public record Candidate(
      long modelId,
      String title,
      String unitCode,
      String unitName,
      Level level,
      int year,
      String fieldCode,
      int copies) {}

  /**
   * The recognized models of the user's province (the root of their unit's tree), newest first,
   * narrowed by a year and by words of the title (case and diacritics ignored).
   */
  public List<Candidate> candidates(Integer year, String words) {
    var user = Replications.requireReader(scope);
    var today = units.today();
    var chain = units.chain(user.unitCode(), today);
    var root = chain.get(chain.size() - 1).code();
    var names =
        units.subtree(root, today).stream()
            .collect(Collectors.toMap(UnitView::code, UnitView::shortName));
    var best = highestRecognitions(recognitions.standingBy(names.keySet(), year));
    var summaries = models.summaries(best.keySet());
    var copies = links.directCopies(best.keySet());
    var folded = words == null ? "" : TextFolding.fold(words).trim();
    var result = new ArrayList<Candidate>();
    for (var recognition : best.values()) {
      var model = summaries.get(recognition.modelId());
      if (model != null && TextFolding.fold(model.title()).contains(folded)) {
        result.add(
            new Candidate(
                model.id(),
                model.title(),
                model.unitCode(),
                names.getOrDefault(model.unitCode(), model.unitCode()),
                recognition.level(),
                recognition.year(),
                model.fieldCode(),
                copies.getOrDefault(model.id(), 0)));
      }
    }
    result.sort(
        Comparator.comparingInt(Candidate::year)
            .reversed()
            .thenComparing(c -> -c.level().ordinal())
            .thenComparing(Candidate::copies, Comparator.reverseOrder()));
    return result;
  }

  /** Each model's recognition at the highest level, in the order first met. */
  private static LinkedHashMap<Long, RecognitionView> highestRecognitions(
      List<RecognitionView> standing) {
    var best = new LinkedHashMap<Long, RecognitionView>();
    for (var recognition : standing) {
      best.merge(
          recognition.modelId(),
          recognition,
          (a, b) -> b.level().ordinal() > a.level().ordinal() ? b : a);
    }
    return best;
  }
}
