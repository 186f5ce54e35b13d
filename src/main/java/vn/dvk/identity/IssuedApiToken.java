package vn.dvk.identity;

/** A token just created, with its secret: shown once, then only its hash is kept. */
public record IssuedApiToken(ApiToken token, String secret) {}
