package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.interfacebot.chat.Person;
import org.interfacebot.groups.Groups;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceNumbersIT extends BotConversationTest {

  @Autowired IssueIntake intake;
  @Autowired Groups groups;

  @Test
  void concurrentRaisesGetConsecutiveReferencesWithNoDuplicatesOrGaps() throws Exception {
    long groupId = groups.register("team-a", "tenant", "Group A").group().id();
    List<Callable<String>> raises = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      var draft = draft(groupId, "Title " + i);
      var reporter = new Person("29:u" + i, null, "User");
      raises.add(() -> intake.raise(draft, reporter).reference());
    }
    List<String> references = new ArrayList<>();
    var pool = Executors.newFixedThreadPool(6);
    try {
      for (var future : pool.invokeAll(raises)) {
        references.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    assertThat(references)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 24).mapToObj(n -> "IF-%d-%04d".formatted(year, n)).toList());
  }

  @Test
  void eachGroupHasItsOwnSequence() {
    long a = groups.register("team-a", "tenant", "Group A").group().id();
    long b = groups.register("team-b", "tenant", "Group B").group().id();
    var person = new Person("29:u", null, "User");

    String first = intake.raise(draft(a), person).reference();
    String second = intake.raise(draft(b), person).reference();

    assertThat(first).endsWith("-0001");
    assertThat(second).endsWith("-0001");
  }

  private static RaiseDraft draft(long groupId) {
    return draft(groupId, "T");
  }

  static RaiseDraft draft(long groupId, String title) {
    return RaiseDraft.start(UUID.randomUUID().toString(), Instant.now())
        .withGroup(groupId)
        .with(Question.TITLE, title)
        .with(Question.DESCRIPTION, "D")
        .with(Question.CATEGORY, "OTHER")
        .with(Question.DIRECTION, "BOTH")
        .with(Question.SOURCE, "OTHER")
        .with(Question.IMPACT, "LOW")
        .with(Question.FREQUENCY, "ONCE")
        .with(Question.SUGGESTION, "")
        .with(Question.SHOW_NAME, "YES")
        .at(RaiseDraft.Stage.CONFIRM);
  }
}
