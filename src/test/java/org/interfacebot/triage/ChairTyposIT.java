package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** A chair's commands with a reference typed a little off: what the chair reads back. */
class ChairTyposIT extends BotConversationTest {

  @Test
  void aReferenceThatCannotBeFoundIsNamedInASentence() {
    String reference = raiseOne();

    assertThat(chair("close IF-42 discuss"))
        .isEqualTo("I can't find an issue with that reference.");
    assertThat(chair("reply IF-42 The pharmacy group will audit clinic letters."))
        .isEqualTo("I can't find an issue with that reference.");
    assertThat(chair("close IF-" + YEAR + "-9999 discuss"))
        .isEqualTo("I can't find IF-" + YEAR + "-9999.");
    assertThat(status(reference)).isEqualTo("OPEN_FOR_TRIAGE");
  }
}
