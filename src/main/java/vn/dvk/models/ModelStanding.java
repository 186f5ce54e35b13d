package vn.dvk.models;

import java.util.Optional;
import vn.dvk.units.Level;

/**
 * The highest recognition a model holds now, for its page's header. Answered by the module that
 * recognizes models, which depends on this one; without it a model has none.
 */
public interface ModelStanding {

  /** A standing recognition: its level, and the year it was made for. */
  record Standing(Level level, int year) {}

  /** The highest level the model is recognized at now (the latest year at that level). */
  Optional<Standing> highest(long modelId);
}
