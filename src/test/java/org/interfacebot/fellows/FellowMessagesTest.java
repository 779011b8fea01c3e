package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.TestTexts;
import org.interfacebot.issues.Category;
import org.interfacebot.issues.Direction;
import org.interfacebot.issues.Frequency;
import org.interfacebot.issues.Impact;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.Source;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Who a progress update is from, and whether its reporter is sent it. */
class FellowMessagesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final Person FORMER = new Person("29:a", "aad-a", "Dr A");
  private static final Person CURRENT = new Person("29:b", "aad-b", "Dr B");

  private final Fellows fellows = mock(Fellows.class);
  private final Issues issues = mock(Issues.class);
  private final FellowMessages messages = new FellowMessages(fellows, issues, TestTexts.enGb());

  private FellowMessages.Progress progressBy(Person author, String reporterKey) {
    var assignment = new Assignment(7, 1);
    assignment.assign(CURRENT, "aad-chair", NOW);
    when(fellows.assignment(3)).thenReturn(Optional.of(assignment));
    var update = new ProgressUpdate(3, author, "Audit started.", NOW);
    when(fellows.update(5)).thenReturn(Optional.of(update));
    when(issues.byId(7)).thenReturn(Optional.of(issue(reporterKey)));
    return messages.progress(5).orElseThrow();
  }

  private static IssueSummary issue(String reporterKey) {
    return new IssueSummary(
        7,
        1,
        "IF-2026-0001",
        "Letters late",
        "Discharge letters arrive late.",
        Category.values()[0],
        Direction.values()[0],
        Source.values()[0],
        Impact.values()[0],
        Frequency.values()[0],
        null,
        IssueStatus.ACCEPTED,
        reporterKey,
        null,
        NOW);
  }

  @Test
  void anUpdateByTheFormerFellowStillNamesThem() {
    assertThat(progressBy(FORMER, "aad-gp1").channelText())
        .isEqualTo("Progress on **IF-2026-0001** (Letters late) from Dr A: Audit started.");
  }

  @Test
  void aFellowWhoRaisedTheIssueIsNotSentTheirOwnUpdate() {
    assertThat(progressBy(CURRENT, "aad-b").reporterKey()).isEmpty();
    assertThat(progressBy(CURRENT, "aad-gp1").reporterKey()).contains("aad-gp1");
  }

  @Test
  void anUpdateStoredWithoutItsAuthorIsFromAnEarlierFellow() {
    var update = new ProgressUpdate(3, CURRENT, "Audit started.", NOW);
    ReflectionTestUtils.setField(update, "authorKey", null);
    ReflectionTestUtils.setField(update, "authorName", null);
    var assignment = new Assignment(7, 1);
    assignment.assign(CURRENT, "aad-chair", NOW);
    when(fellows.assignment(3)).thenReturn(Optional.of(assignment));
    when(fellows.update(5)).thenReturn(Optional.of(update));
    when(issues.byId(7)).thenReturn(Optional.of(issue("aad-gp1")));
    assertThat(messages.progress(5).orElseThrow().channelText())
        .isEqualTo(
            "Progress on **IF-2026-0001** (Letters late) from an earlier fellow of the issue:"
                + " Audit started.");
  }
}
