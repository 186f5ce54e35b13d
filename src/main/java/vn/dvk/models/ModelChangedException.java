package vn.dvk.models;

import vn.dvk.shared.ConflictException;

/** Someone else changed the model between reading it and writing this change. */
public class ModelChangedException extends ConflictException {

  private final long modelId;

  public ModelChangedException(long modelId) {
    super("models.error.concurrent-change");
    this.modelId = modelId;
  }

  public long modelId() {
    return modelId;
  }
}
