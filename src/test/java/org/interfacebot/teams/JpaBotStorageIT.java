package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletionException;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JpaBotStorageIT extends BotConversationTest {

  @Autowired JpaBotStorage storage;

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String key) {
    return (Map<String, Object>) storage.read(new String[] {key}).join().get(key);
  }

  @Test
  void stateIsKeptAsPlainJsonAndReadBackWithAnETag() {
    storage.write(Map.of("conv/1", Map.of("dialog", Map.of("step", "TITLE")))).join();

    Map<String, Object> state = read("conv/1");

    assertThat(state).containsEntry("dialog", Map.of("step", "TITLE")).containsKey("eTag");
    assertThat(jdbc.queryForObject("select content from bot_state", String.class))
        .isEqualTo("{\"dialog\":{\"step\":\"TITLE\"}}");
  }

  @Test
  void aWriteWithAStaleETagFailsAndChangesNothing() {
    storage.write(Map.of("conv/2", Map.of("n", 1))).join();
    Map<String, Object> first = read("conv/2");
    Map<String, Object> second = read("conv/2");

    storage.write(Map.of("conv/2", Map.of("n", 2, "eTag", first.get("eTag")))).join();

    assertThatThrownBy(
            () ->
                storage.write(Map.of("conv/2", Map.of("n", 3, "eTag", second.get("eTag")))).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(JpaBotStorage.StateConflict.class);
    assertThat(read("conv/2")).containsEntry("n", 2);
  }

  @Test
  void aWildcardETagAlwaysWrites() {
    storage.write(Map.of("conv/3", Map.of("n", 1))).join();
    storage.write(Map.of("conv/3", Map.of("n", 5, "eTag", "*"))).join();
    assertThat(read("conv/3")).containsEntry("n", 5);
  }

  @Test
  void deletedEntriesAreGone() {
    storage.write(Map.of("conv/4", Map.of("n", 1))).join();
    storage.delete(new String[] {"conv/4"}).join();
    assertThat(storage.read(new String[] {"conv/4"}).join()).isEmpty();
  }
}
