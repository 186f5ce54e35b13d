package vn.dvk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class InitialPasswordsTests {

  @Test
  void aChosenPasswordPassesThePolicyAndAvoidsLookAlikes() {
    var password = InitialPasswords.next();

    assertThat(password).hasSize(InitialPasswords.LENGTH).doesNotContainPattern("[0O1lI]");
    assertThat(PasswordPolicy.violation(password, "admin")).isNull();
  }

  @Test
  void noTwoAreAlike() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      seen.add(InitialPasswords.next());
    }
    assertThat(seen).hasSize(1000);
  }
}
