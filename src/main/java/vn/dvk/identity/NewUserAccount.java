package vn.dvk.identity;

/** A user to create, with the password they will first sign in with. */
public record NewUserAccount(
    String username,
    String displayName,
    String email,
    Role role,
    String unitCode,
    String password) {}
