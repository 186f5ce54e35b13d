package vn.dvk.showcase;

/** A public version was approved or withdrawn: the showcase's cached pages must be read again. */
public record ShowcaseChanged(long modelId) {}
