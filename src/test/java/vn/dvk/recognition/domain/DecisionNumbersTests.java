package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.units.Level;

class DecisionNumbersTests {

  @Test
  void aDecisionNumberIsTheSequenceTheTypeAndTheIssuer() {
    assertThat(DecisionNumbers.format(15, Level.PROVINCE)).isEqualTo("15-QĐ/BDVTU");
    assertThat(DecisionNumbers.format(3, Level.DISTRICT)).isEqualTo("3-QĐ/BDVHU");
  }
}
