package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.interfacebot.meetings.OverdueMinutes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code health} (chairs): work that is stuck rather than silently dropped: votes past their
 * deadline, votes waiting for the chairs, requests for more information long unanswered, minutes
 * not shared a while after their meeting, and messages to Teams not delivered after retries.
 */
@Component
class HealthCommand implements ChatCommand {

  private static final Duration UNDELIVERED_AFTER = Duration.ofMinutes(10);

  private final Groups groups;
  private final Chairs chairs;
  private final TriageRoundRepository rounds;
  private final Issues issues;
  private final JdbcTemplate jdbc;
  private final StuckWork stuck;
  private final MoreInfoWaits waits;
  private final OverdueMinutes overdueMinutes;
  private final Clock clock;
  private final GroupReplies replies;
  private final Texts texts;

  HealthCommand(
      Groups groups,
      Chairs chairs,
      TriageRoundRepository rounds,
      Issues issues,
      JdbcTemplate jdbc,
      StuckWork stuck,
      MoreInfoWaits waits,
      OverdueMinutes overdueMinutes,
      Clock clock,
      GroupReplies replies,
      Texts texts) {
    this.stuck = stuck;
    this.waits = waits;
    this.overdueMinutes = overdueMinutes;
    this.texts = texts;
    this.replies = replies;
    this.groups = groups;
    this.chairs = chairs;
    this.rounds = rounds;
    this.issues = issues;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<String> words() {
    return List.of("health");
  }

  @Override
  public String usage() {
    return texts.get("triage.health.usage");
  }

  @Override
  public String summary() {
    return texts.get("triage.health.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(replies.whichGroup()));
    }
    long groupId = group.get().id();
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(replies.notAChair("triage.what.health")));
    }
    var now = clock.instant();
    var lines = new ArrayList<String>();
    var overdue =
        rounds.findByGroupIdAndState(groupId, RoundState.OPEN).stream()
            .filter(r -> !r.deadline().isAfter(now))
            .map(r -> reference(r.issueId()))
            .toList();
    var awaiting =
        rounds.findByGroupIdAndState(groupId, RoundState.AWAITING_CHAIR).stream()
            .map(r -> reference(r.issueId()))
            .toList();
    Integer undelivered =
        jdbc.queryForObject(
            "select count(*) from event_publication where completion_date is null"
                + " and publication_date < ?",
            Integer.class,
            java.sql.Timestamp.from(now.minus(UNDELIVERED_AFTER)));
    if (!overdue.isEmpty()) {
      lines.add(texts.get("triage.health.overdue", String.join(", ", overdue)));
    }
    if (!awaiting.isEmpty()) {
      lines.add(texts.get("triage.health.awaiting", String.join(", ", awaiting)));
    }
    var waitingForReporter = waits.overdue(groupId);
    if (!waitingForReporter.isEmpty()) {
      lines.add(
          texts.get(
              "triage.health.waiting-for-reporter",
              waits.remindAfterDays(),
              String.join(", ", waitingForReporter)));
    }
    var noGroup = issues.referralsWithoutAGroup(groupId);
    if (!noGroup.isEmpty()) {
      lines.add(texts.get("triage.health.referral-without-group", String.join(", ", noGroup)));
    }
    var cardsNotPosted = stuck.undeliveredCards(groupId).stream().map(this::reference).toList();
    if (!cardsNotPosted.isEmpty()) {
      lines.add(texts.get("triage.health.cards-not-posted", String.join(", ", cardsNotPosted)));
    }
    var minutes = overdueMinutes.of(groupId);
    if (!minutes.isEmpty()) {
      lines.add(
          texts.get(
              "triage.health.minutes-overdue",
              overdueMinutes.remindAfterDays(),
              String.join("; ", minutes)));
    }
    if (undelivered != null && undelivered > 0) {
      lines.add(texts.get("triage.health.undelivered", UNDELIVERED_AFTER.toMinutes(), undelivered));
    }
    return List.of(
        lines.isEmpty()
            ? texts.reply("triage.health.all-well")
            : texts.reply("triage.health.attention", group.get().name(), String.join("\n", lines)));
  }

  private String reference(long issueId) {
    return issues
        .byId(issueId)
        .map(i -> i.reference())
        .orElseGet(() -> texts.get("triage.health.an-issue"));
  }
}
