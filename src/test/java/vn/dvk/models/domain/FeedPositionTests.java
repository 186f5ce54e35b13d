package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedPositionTests {

  @Test
  void aPositionCoversTheWritersThatHadFinished() {
    var position = FeedPosition.parse("100:110:102,107");

    assertThat(position.covers(99)).isTrue();
    assertThat(position.covers(101)).isTrue();
    assertThat(position.covers(102)).as("in flight").isFalse();
    assertThat(position.covers(107)).as("in flight").isFalse();
    assertThat(position.covers(109)).isTrue();
    assertThat(position.covers(110)).as("not started").isFalse();
  }

  @Test
  void aPositionReadsAndWritesPostgresSnapshotText() {
    assertThat(FeedPosition.parse("100:110:107,102")).hasToString("100:110:102,107");
    assertThat(FeedPosition.parse("5:5:")).hasToString("5:5:");
    assertThat(FeedPosition.parse("5:5:").inFlight()).isEmpty();
  }
}
