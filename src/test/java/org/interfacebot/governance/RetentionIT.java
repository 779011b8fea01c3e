package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionIT extends BotConversationTest {

  @Autowired RetentionSchedule schedule;

  private String declined;
  private String open;

  /** gp1's issue is voted on and declined; gp2's stays open for triage. */
  private void oneDeclinedAndOneOpenIssue() {
    installInTeam();
    declined = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    open = raise("gp2", "Dr Ian Gray", "Discharge letters lack medicine changes", "Prescribing");
    awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.cardText().contains(open));
    vote("member1", declined, "decline");
    vote("member2", declined, "decline");
    vote("member1", open, "discuss");
    say(
        activities.channelMention(
            "chair", "Dr Ann Law", "close " + declined + " decline not one for the group"));
    assertThat(issue(declined, "status")).isEqualTo("DECLINED");
  }

  private Object issue(String reference, String column) {
    return jdbc.queryForObject(
        "select " + column + " from issue where reference = ?", Object.class, reference);
  }

  private long id(String reference) {
    return ((Number) issue(reference, "id")).longValue();
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  @Test
  void votersAreUnlinkedAMonthAfterTheVoteClosedAndTalliesStay() {
    oneDeclinedAndOneOpenIssue();

    schedule.run();
    assertThat(count("select count(*) from triage_vote where voter_key like 'gone:%'")).isZero();

    clock.advance(Duration.ofDays(31));
    schedule.run();

    assertThat(
            jdbc.queryForList(
                "select voter_key from triage_vote where issue_id = ?", String.class, id(declined)))
        .hasSize(2)
        .allSatisfy(key -> assertThat(key).startsWith("gone:"));
    assertThat(count("select count(*) from triage_vote where choice = 'DECLINE'")).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select voter_key from triage_vote where issue_id = ?", String.class, id(open)))
        .isEqualTo("aad-member1");
    assertThat(issue(declined, "reporter_key")).isEqualTo("aad-gp1");
  }

  @Test
  void settledIssuesLoseTheirReporterAfterAYearAndAreDeletedAfterSixYears() {
    oneDeclinedAndOneOpenIssue();
    long declinedId = id(declined);
    jdbc.update(
        "insert into issue_note (issue_id, added_at, text) values (?, current_timestamp, 'more')",
        declinedId);
    jdbc.update(
        "insert into issue_support (issue_id, supporter_key, added_at)"
            + " values (?, 'aad-gp3', current_timestamp)",
        declinedId);
    jdbc.update(
        "insert into meeting (group_id, theme, starts_at, agenda_frozen_at)"
            + " select id, 'TEST_RESULTS', current_timestamp, current_timestamp"
            + " from interface_group");
    jdbc.update(
        "insert into meeting_item (meeting_id, issue_id, added) select id, ?, true from meeting",
        declinedId);
    jdbc.update(
        "insert into meeting_agenda_item (meeting_id, issue_id, position)"
            + " select id, ?, 0 from meeting",
        declinedId);

    clock.advance(Duration.ofDays(364));
    schedule.run();
    assertThat(issue(declined, "reporter_key")).isEqualTo("aad-gp1");

    clock.advance(Duration.ofDays(2));
    schedule.run();

    assertThat((String) issue(declined, "reporter_key")).startsWith("gone:");
    assertThat(issue(declined, "reporter_name")).isNull();
    assertThat(issue(declined, "title")).isEqualTo("Results sent to the wrong GP");
    assertThat(issue(open, "reporter_key")).isEqualTo("aad-gp2");
    assertThat(issue(open, "reporter_name")).isEqualTo("Dr Ian Gray");

    clock.advance(Duration.ofDays(6 * 366));
    schedule.run();

    assertThat(count("select count(*) from issue where id = ?", declinedId)).isZero();
    for (String table :
        new String[] {
          "triage_vote",
          "triage_round",
          "issue_note",
          "issue_support",
          "meeting_item",
          "meeting_agenda_item"
        }) {
      assertThat(count("select count(*) from " + table + " where issue_id = ?", declinedId))
          .as(table)
          .isZero();
    }
    assertThat(count("select count(*) from meeting")).isEqualTo(1);
    assertThat(issue(open, "reporter_key")).isEqualTo("aad-gp2");
  }

  @Test
  void theAuditTrailLosesVotersAfterAMonthAndEveryoneAfterAYearButKeepsItsEntries() {
    oneDeclinedAndOneOpenIssue();
    int entries = count("select count(*) from audit_entry");

    clock.advance(Duration.ofDays(31));
    schedule.run();

    assertThat(chair("audit " + declined))
        .contains(": Dr Morag Fraser raised the issue")
        .contains(": A former member voted: Not for the group")
        .contains(": Dr Ann Law closed the vote: Not for the group")
        .doesNotContain("member1", "member2");

    clock.advance(Duration.ofDays(365));
    schedule.run();

    assertThat(count("select count(*) from audit_actor")).isZero();
    assertThat(count("select count(*) from audit_entry")).isGreaterThanOrEqualTo(entries);
    assertThat(chair("audit " + open))
        .contains(": A former member raised the issue")
        .doesNotContain("Ian Gray");
  }

  @Test
  void theChairWhoDecidedIsNoLongerNamedOnTheCardAfterAYearButTheDecisionStays() {
    oneDeclinedAndOneOpenIssue();

    clock.advance(Duration.ofDays(364));
    schedule.run();
    assertThat(cardSeenBy("member1", declined))
        .contains("Decided: Not for the group, by Dr Ann Law");

    clock.advance(Duration.ofDays(2));
    schedule.run();

    assertThat(issue(declined, "status")).isEqualTo("DECLINED");
    assertThat(
            jdbc.queryForMap(
                "select decided_by, decided_by_key, decision from triage_round where issue_id = ?",
                id(declined)))
        .containsEntry("DECIDED_BY", null)
        .containsEntry("DECIDED_BY_KEY", null)
        .containsEntry("DECISION", "DECLINE");
    assertThat(cardSeenBy("member1", declined))
        .contains("Decided: Not for the group, by a chair of the group.")
        .doesNotContain("Ann Law");
  }

  /** The card as Teams shows it to a member when they next look (the refresh invoke's answer). */
  private String cardSeenBy(String member, String reference) {
    return clickInChannel(member, "triage.refresh", Activities.data().put("issue", reference))
        .json()
        .path("value")
        .toString();
  }

  @Test
  void whoAddedTheirExperienceToASettledIssueIsUnlinkedWithItsReporterAfterTwelveMonths() {
    installInTeam();
    String declined =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    awaitSent(
        s -> s.conversationId().equals(Activities.CHANNEL) && s.cardText().contains(declined));
    say(
        activities.channelMention(
            "chair", "Dr Ann Law", "close " + declined + " decline not one for the group"));
    long id = jdbc.queryForObject("select id from issue where reference = ?", Long.class, declined);
    jdbc.update(
        "insert into issue_support (issue_id, supporter_key, comment, added_at)"
            + " values (?, 'aad-gp3', 'Same here', current_timestamp)",
        id);

    clock.advance(Duration.ofDays(366));
    schedule.run();

    assertThat(jdbc.queryForObject("select reporter_key from issue where id = ?", String.class, id))
        .startsWith("gone:");
    assertThat(
            jdbc.queryForObject(
                "select supporter_key from issue_support where issue_id = ?", String.class, id))
        .as(
            "the privacy notice: once an issue is settled, your identity is removed after 12 months")
        .startsWith("gone:");
  }
}
