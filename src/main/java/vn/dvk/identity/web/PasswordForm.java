package vn.dvk.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
    @NotBlank(message = "{validation.required}") String currentPassword,
    @NotBlank(message = "{validation.required}")
        @Size(min = 8, max = 72, message = "{account.error.password-length}")
        String newPassword,
    String confirmation) {

  @AssertTrue(message = "{account.error.confirmation}")
  boolean isConfirmed() {
    return newPassword == null || newPassword.equals(confirmation);
  }
}
