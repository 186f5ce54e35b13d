package vn.dvk.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class MessageTests {

  @Test
  void aMessageIsStoredAsItsKeyAndItsArgumentsInOneColumnAndReadBackTheSame() {
    var message = Message.of("recognition.reason.vote", 2, 3);

    var stored = Message.stored(message.key(), message.storedArguments());

    assertThat(message.storedArguments()).isEqualTo("2|3");
    assertThat(stored).isEqualTo(message);
    assertThat(stored.argumentArray()).containsExactly("2", "3");
  }

  @Test
  void aMessageWithoutArgumentsStoresNoneAndNoKeyMeansNoMessage() {
    var message = Message.of("recognition.reason.basis-gone");

    assertThat(message.storedArguments()).isNull();
    assertThat(Message.stored(message.key(), null)).isEqualTo(message);
    assertThat(Message.stored(null, null)).isNull();
  }

  @Test
  void anArgumentHoldingTheSeparatorOrAMissingKeyIsRefused() {
    assertThat(catchThrowable(() -> Message.of("k", "a|b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> Message.of(" "))).isInstanceOf(IllegalArgumentException.class);
  }
}
