package vn.dvk.recognition.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvk.models.ModelStanding;
import vn.dvk.recognition.RecognitionView;

/** A model's standing recognitions, read for the models module's page (revoked ones left out). */
@Component
class RecognitionStanding implements ModelStanding {

  private final DecisionRepository decisions;

  RecognitionStanding(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public Optional<Standing> highest(long modelId) {
    return decisions.ofModels(List.of(modelId)).stream()
        .filter(RecognitionView::isStanding)
        .max(
            Comparator.comparing((RecognitionView r) -> r.level().ordinal())
                .thenComparingInt(RecognitionView::year))
        .map(r -> new Standing(r.level(), r.year()));
  }
}
