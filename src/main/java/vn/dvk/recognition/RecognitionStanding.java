package vn.dvk.recognition;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvk.models.ModelStanding;

/** A model's highest standing recognition, for the models module's page. */
@Component
class RecognitionStanding implements ModelStanding {

  private final Recognitions recognitions;

  RecognitionStanding(Recognitions recognitions) {
    this.recognitions = recognitions;
  }

  @Override
  public Optional<Standing> highest(long modelId) {
    return recognitions.standing(List.of(modelId)).getOrDefault(modelId, List.of()).stream()
        .max(
            Comparator.comparing((RecognitionView r) -> r.level().ordinal())
                .thenComparingInt(RecognitionView::year))
        .map(r -> new Standing(r.level(), r.year()));
  }
}
