package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.Map;
import java.util.function.Consumer;
import org.interfacebot.chat.DialogMemory;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationMemoryIT extends BotConversationTest {

  @Autowired ConversationMemory memories;

  private static Activity in(String conversationId) {
    var activity = Activity.createMessageActivity();
    activity.setChannelId("msteams");
    activity.setConversation(new ConversationAccount(conversationId));
    return activity;
  }

  @Test
  void aDialogIsKeptAsPlainJsonUnderTheConversationAndReadBack() {
    var first = memories.load(in("conv-1"));
    first.memory().write("raise", Map.of("step", "TITLE"));
    memories.keep(first);

    var again = memories.load(in("conv-1"));

    assertThat(again.memory().activeDialog()).contains("raise");
    assertThat(again.etag()).isNotBlank();
    assertThat(jdbc.queryForMap("select storage_key, content from bot_state"))
        .containsEntry("STORAGE_KEY", "msteams/conversations/conv-1")
        .containsEntry(
            "CONTENT", "{\"dialog\":{\"dialog\":\"raise\",\"data\":{\"step\":\"TITLE\"}}}");
  }

  /**
   * A dialog moved on (n: 1 to 2) by one turn while another turn, which read it at n 1, makes its
   * own {@code change}: that turn is refused and the newer dialog stays.
   */
  private void aStaleTurnIsRefused(String conversation, Consumer<DialogMemory> change) {
    var start = memories.load(in(conversation));
    start.memory().write("raise", Map.of("n", 1));
    memories.keep(start);
    var moving = memories.load(in(conversation));
    var stale = memories.load(in(conversation));

    moving.memory().write("raise", Map.of("n", 2));
    memories.keep(moving);
    change.accept(stale.memory());

    assertThatThrownBy(() -> memories.keep(stale))
        .isInstanceOf(ConversationMemory.StateConflict.class);
    assertThat(jdbc.queryForObject("select content from bot_state", String.class))
        .contains("\"n\":2");
  }

  @Test
  void aTurnThatReadAnOlderVersionDoesNotOverwriteANewerOne() {
    aStaleTurnIsRefused("conv-2", memory -> memory.write("raise", Map.of("n", 3)));
  }

  @Test
  void aFinishedDialogLeavesNoRowAndAnUnchangedOneWritesNothing() {
    var start = memories.load(in("conv-3"));
    memories.keep(start);
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();

    start.memory().write("raise", Map.of("n", 1));
    memories.keep(start);
    var finished = memories.load(in("conv-3"));
    finished.memory().clear();
    memories.keep(finished);

    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
  }

  @Test
  void aDialogFinishedOnAnOlderVersionDoesNotDeleteTheNewerOne() {
    aStaleTurnIsRefused("conv-4", DialogMemory::clear);
  }

  @Test
  void aDialogFinishedAfterItsRowWasDeletedIsNoConflict() {
    var start = memories.load(in("conv-6"));
    start.memory().write("raise", Map.of("n", 1));
    memories.keep(start);
    var finishing = memories.load(in("conv-6"));
    // What "forget me" does in the turn that finishes its own confirmation dialog.
    jdbc.update("delete from bot_state");

    finishing.memory().clear();
    memories.keep(finishing);

    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
  }

  @Test
  void aDialogStartedAndFinishedInOneTurnLeavesAnotherTurnsDialogAlone() {
    var quick = memories.load(in("conv-5"));
    var other = memories.load(in("conv-5"));
    other.memory().write("raise", Map.of("n", 1));
    memories.keep(other);

    quick.memory().write("help", Map.of());
    quick.memory().clear();
    memories.keep(quick);

    assertThat(jdbc.queryForObject("select content from bot_state", String.class))
        .contains("\"raise\"");
  }

  @Test
  void anActivityWithoutAConversationIsRefused() {
    var activity = Activity.createMessageActivity();
    activity.setChannelId("msteams");
    assertThatThrownBy(() -> memories.load(activity)).isInstanceOf(IllegalArgumentException.class);
  }
}
