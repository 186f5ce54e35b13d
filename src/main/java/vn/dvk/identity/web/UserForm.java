package vn.dvk.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dvk.identity.Role;

/**
 * The administrator's form for a user. {@code password} is asked only when creating; {@code
 * version} is the version the form was filled from, to detect concurrent edits.
 */
record UserForm(
    @Size(max = 60, message = "{validation.too-long}") String username,
    @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.too-long}")
        String displayName,
    @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.too-long}")
        String email,
    @NotNull(message = "{validation.required}") Role role,
    @NotBlank(message = "{validation.required}") String unitCode,
    Boolean enabled,
    @Size(max = 72, message = "{validation.too-long}") String password,
    Integer version) {

  /** An unchecked box sends nothing: the user may not sign in. */
  public boolean isEnabled() {
    return Boolean.TRUE.equals(enabled);
  }
}
