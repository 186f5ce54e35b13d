package vn.dvk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.shared.InvalidInputException;

class PasswordPolicyTests {

  @Test
  void theFirstPasswordsAnAttackerTriesAreRefusedAsCommon() {
    assertThat(PasswordPolicy.violation("12345678")).isEqualTo("account.error.password-common");
    assertThat(PasswordPolicy.violation("password")).isEqualTo("account.error.password-common");
    assertThat(PasswordPolicy.violation("iloveyou")).isEqualTo("account.error.password-common");
  }

  @Test
  void guessablePasswordsAreRefusedAsWeak() {
    assertThat(PasswordPolicy.violation("Password2024")).isNotNull();
    assertThat(PasswordPolicy.violation("abcd1234")).isNotNull();
    assertThat(PasswordPolicy.violation("danvankheo2024")).isEqualTo("account.error.password-weak");
  }

  @Test
  void theUsersOwnNamesCountAgainstThePassword() {
    assertThat(PasswordPolicy.violation("nguyenvanan1990")).isNull();
    assertThat(PasswordPolicy.violation("nguyenvanan1990", "nguyenvanan", "Nguyễn Văn An"))
        .isEqualTo("account.error.password-weak");
  }

  @Test
  void aPhraseOfUnrelatedWordsIsAccepted() {
    assertThat(PasswordPolicy.violation("mây trắng bay qua đồi chè")).isNull();
    assertThat(PasswordPolicy.violation("correct horse battery staple")).isNull();
  }

  @Test
  void lengthCountsCharactersAndTheHashsLimitCountsBytes() {
    assertThat(PasswordPolicy.violation("ngắn")).isEqualTo("account.error.password-length");
    assertThat(PasswordPolicy.violation("đ".repeat(37))).isEqualTo("account.error.password-length");
    assertThat(PasswordPolicy.violation(null)).isEqualTo("account.error.password-length");
  }

  @Test
  void aRefusalNamesTheField() {
    assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "password"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("newPassword"));
  }
}
