package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.interfacebot.chat.DialogMemory;
import org.junit.jupiter.api.Test;

class RaiseDraftTest {

  @Test
  void aDraftWithNoAnswersYetSurvivesBeingStored() throws Exception {
    var memory = new DialogMemory(null);
    var draft = RaiseDraft.start("d0", Instant.parse("2026-11-27T10:15:30Z")).withGroup(1);
    memory.write("raise", draft);
    var json = new ObjectMapper();
    Map<?, ?> stored = json.readValue(json.writeValueAsString(memory.snapshot()), Map.class);

    assertThat(new DialogMemory(json.valueToTree(stored)).read(RaiseDraft.class)).isEqualTo(draft);
  }

  @Test
  void aDraftSurvivesBeingStoredAsPlainJson() throws Exception {
    var memory = new DialogMemory(null);
    var draft =
        RaiseDraft.start("d1", Instant.parse("2026-11-27T10:15:30.123456Z"))
            .withGroup(7)
            .with(Question.TITLE, "A title")
            .with(Question.CATEGORY, "OUTPATIENTS")
            .asking(Question.DIRECTION);
    memory.write("raise", draft);
    var json = new ObjectMapper();
    Map<?, ?> stored = json.readValue(json.writeValueAsString(memory.snapshot()), Map.class);

    RaiseDraft read = new DialogMemory(json.valueToTree(stored)).read(RaiseDraft.class);

    assertThat(read).isEqualTo(draft);
    assertThat(read.firstUnansweredFrom(Question.TITLE)).contains(Question.DESCRIPTION);
  }
}
