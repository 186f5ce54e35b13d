package vn.dvk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.units.Level;

/** The national data set's rounds keep the brief's proportions. */
class NationalRoundsTests {

  private final List<ModelSummary> models = models(20_000);

  @Test
  void districtsRecognizeAboutAFifthOfTheirModelsAndSendAQuarterOfThoseUp() {
    var rounds = NationalRounds.districts(2023, NationalRounds.byPrefix(models, 2), new Random(1));

    var considered = 0;
    var recognized = 0;
    var upward = 0;
    for (var district : rounds) {
      var round = district.round();
      assertThat(round.level()).isEqualTo(Level.DISTRICT);
      assertThat(round.unitCode()).isEqualTo(district.district());
      assertThat(round.proposals())
          .allSatisfy(p -> assertThat(p.proposingUnitCode()).startsWith(district.district() + "."));
      considered += round.proposals().size();
      recognized += (int) round.proposals().stream().filter(HeldProposal::recognized).count();
      upward += district.upward().size();
      assertThat(district.upward())
          .allSatisfy(
              m ->
                  assertThat(round.proposals())
                      .anySatisfy(
                          p -> {
                            assertThat(p.modelId()).isEqualTo(m.id());
                            assertThat(p.recognized()).isTrue();
                          }));
    }
    assertThat(rounds).hasSizeBetween(8, 11);
    assertThat(considered).isBetween(4_000, 5_200);
    assertThat(recognized * 100.0 / models.size()).isBetween(16.0, 21.0);
    assertThat(upward * 100.0 / models.size()).isBetween(4.0, 5.5);
  }

  @Test
  void theProvinceRecognizesHalfOfWhatCameUpAndNamesATenthOfThoseOutstanding() {
    var upward = new ArrayList<HeldProposal>();
    for (int i = 0; i < 200; i++) {
      upward.add(new HeldProposal(i, OwnerKind.COLLECTIVE, "P01.D01", 1_000L + i, false, null));
    }

    var round = NationalRounds.province("P01", 2023, upward, new Random(1));

    assertThat(round.level()).isEqualTo(Level.PROVINCE);
    assertThat(round.proposals()).hasSize(200);
    assertThat(round.proposals().stream().filter(HeldProposal::recognized)).hasSize(100);
    assertThat(round.proposals().stream().filter(HeldProposal::outstanding))
        .hasSize(10)
        .allMatch(HeldProposal::recognized);
    assertThat(round.proposals())
        .allSatisfy(p -> assertThat(p.basisRecognitionId()).isEqualTo(1_000L + p.modelId()));
  }

  private static List<ModelSummary> models(int count) {
    var result = new ArrayList<ModelSummary>();
    for (int i = 0; i < count; i++) {
      var unit = "P01.D%02d.C%02d".formatted(1 + i % 11, 1 + i / 11 % 15);
      result.add(
          new ModelSummary(i, "Mô hình " + i, OwnerKind.COLLECTIVE, null, null, unit, "ECONOMY"));
    }
    return result;
  }
}
