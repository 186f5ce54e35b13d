package vn.dvk.recognition;

/**
 * A model's recognition was revoked: what shows it as recognized elsewhere (the public showcase)
 * must stop doing so.
 */
public record RecognitionRevoked(long modelId, long recognitionId) {}
