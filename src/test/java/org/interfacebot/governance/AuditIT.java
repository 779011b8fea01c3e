package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code audit IF-…}: who did what, for chairs only, never naming an anonymous reporter or vote.
 */
class AuditIT extends BotConversationTest {

  private String gp(String user, String name, String text) {
    return say(activities.personalMessage(user, name, text)).get(0).text();
  }

  /** When the n-th entry (oldest first) about the reference was written, as chairs see it. */
  private String when(String reference, int n) {
    var at =
        jdbc.queryForList(
            "select at from audit_entry where reference = ? order by at, id",
            Timestamp.class,
            reference);
    return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK)
        .withZone(java.time.ZoneId.of("Europe/London"))
        .format(at.get(n).toInstant())
        .replace("Sept", "Sep");
  }

  private String raiseAnonymously(String user, String name, String title) {
    say(activities.personalMessage(user, name, "raise"));
    say(activities.personalMessage(user, name, title));
    for (String answer : USUAL_ANSWERS.subList(0, 7)) {
      say(activities.personalMessage(user, name, answer));
    }
    var confirm = say(activities.personalMessage(user, name, "no"));
    var response = submit(user, name, draftIdOf(confirm.get(0)));
    return org.interfacebot.support.CardText.of(response.json().path("value"))
        .lines()
        .findFirst()
        .orElse("")
        .replace("Raised: ", "");
  }

  @Test
  void aChairSeesWhoRaisedVotedChangedAndClosedInTimeOrderWithUkTimes() {
    String reference = raiseOne();
    clock.advance(Duration.ofHours(2));
    vote("member1", reference, "discuss");
    clock.advance(Duration.ofHours(3));
    vote("member1", reference, "refer");
    clock.advance(Duration.ofDays(1));
    chair("close " + reference + " discuss");

    String trail = chair("audit " + reference);

    assertThat(trail)
        .isEqualTo(
            "Audit trail of "
                + reference
                + ", oldest first (UK time):\n\n- "
                + when(reference, 0)
                + ": Dr Morag Fraser raised the issue\n- "
                + when(reference, 1)
                + ": member1 voted: Discuss at group\n- "
                + when(reference, 2)
                + ": member1 changed their vote to: Refer to operational group\n- "
                + when(reference, 3)
                + ": Dr Ann Law closed the vote: Discuss at group");
  }

  @Test
  void theTrailNeverNamesAnAnonymousReporterNorSaysHowAnAnonymousVoterVoted() {
    installInTeam();
    chair("settings anonymous on");
    String reference = raiseAnonymously("gp2", "Dr Ali Khan", "Referral bounced");
    vote("member1", reference, "decline");
    vote("member1", reference, "refer");
    vote("member2", reference, "decline");

    String trail = chair("audit " + reference);

    assertThat(trail)
        .contains(": Anonymous reporter raised the issue")
        .contains(": A vote was cast (the group votes anonymously)")
        .contains(": A vote was changed (the group votes anonymously)")
        .doesNotContain("Ali Khan", "gp2", "member1", "member2", "Decline", "Refer");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entry where reference = ? and detail is not null",
                Integer.class,
                reference))
        .isZero();
    assertThat(
            jdbc.queryForList(
                "select a.person_key from audit_actor a join audit_entry e on e.id = a.entry_id"
                    + " where e.reference = ?",
                String.class,
                reference))
        .isEmpty();
  }

  @Test
  void onlyChairsMayReadTheTrailInTheChannelOrIn1to1() {
    String reference = raiseOne();

    assertThat(say(activities.channelMention("member1", "Dr Member One", "audit " + reference)))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.text())
                    .isEqualTo(
                        "Only a chair of the group can read the audit trail. Type `chairs` to see"
                            + " who they are."));
    assertThat(gp("gp1", "Dr Morag Fraser", "audit " + reference))
        .isEqualTo(
            "Only a chair of the group can read the audit trail. Type `chairs` to see who they"
                + " are.");
    assertThat(gp("chair", "Dr Ann Law", "audit " + reference))
        .startsWith("Audit trail of " + reference + ", oldest first (UK time):")
        .contains("Dr Morag Fraser raised the issue");
  }

  @Test
  void anUnknownReferenceGetsAClearAnswer() {
    raiseOne();

    assertThat(chair("audit IF-2020-0999"))
        .isEqualTo("I can't find an issue IF-2020-0999 in this group.");
    assertThat(chair("audit <script>"))
        .isEqualTo("I can't find an issue with that reference in this group.");
    // In 1:1 there is no "this group": the chair's one group is named.
    assertThat(gp("chair", "Dr Ann Law", "audit IF-2020-0999"))
        .isEqualTo("I can't find an issue IF-2020-0999 in Grampian Interface Group.");
    // With two groups in the organisation, the chair looked in both.
    say(
        org.interfacebot.support.Activities.inTeam(
            activities.installInTeam("chair2"),
            "19:team-highland-interface@thread.tacv2",
            "Highland Interface Group"));
    assertThat(gp("chair", "Dr Ann Law", "audit IF-2020-0999"))
        .isEqualTo(
            "I can't find an issue IF-2020-0999 in any of your organisation's Interface Groups.");
  }

  @Test
  void chairChangesAreInTheGroupsTrail() {
    installInTeam();
    var add = activities.channelMention("chair", "Dr Ann Law", "chair add <at>member2</at>");
    add.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>member2</at>")
        .putObject("mentioned")
        .put("id", "29:member2")
        .put("name", "member2");
    say(add);
    clock.advance(Duration.ofMinutes(5));
    var remove = activities.channelMention("chair", "Dr Ann Law", "chair remove <at>member2</at>");
    remove.set("entities", add.get("entities"));
    say(remove);

    String trail = chair("audit");

    assertThat(trail)
        .startsWith(
            "Audit trail of Grampian Interface Group: chairs, meetings and data removals, oldest"
                + " first (UK time):")
        .contains(": Interface Bot appointed ")
        .contains(": Dr Ann Law appointed member2 as a chair\n- ")
        .endsWith(": Dr Ann Law removed member2 as a chair");
    assertThat(say(activities.channelMention("member1", "Member One", "audit")).get(0).text())
        .startsWith("Only a chair of the group can read the audit trail.");
  }

  @Test
  void forgetMeUnlinksThePersonFromTheTrailAndIsItselfAuditedWithoutNamingThem() {
    String reference = raiseOne();
    vote("gp1", reference, "discuss");

    gp("gp1", "Dr Morag Fraser", "forget me");
    gp("gp1", "Dr Morag Fraser", "yes");
    String trail = chair("audit " + reference);

    assertThat(trail)
        .contains(": A former member raised the issue")
        .contains(": A former member voted: Discuss at group")
        .contains(": A person's identity was removed at their request (data removal)")
        .doesNotContain("Morag", "gp1");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_actor where person_key = 'aad-gp1'", Integer.class))
        .isZero();
    assertThat(chair("audit")).contains("A person's identity was removed at their request");
  }

  @Test
  void aForgottenChairsPastEntriesShowAFormerMemberNeitherTheirNameNorTheirId() {
    String reference = raiseOne();
    say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member2", "Dr Una Moir"));
    say(activities.channelMention("member2", "Dr Una Moir", "close " + reference + " discuss"));
    assertThat(chair("audit " + reference))
        .contains(": Dr Una Moir closed the vote: Discuss at group");

    gp("member2", "Dr Una Moir", "forget me");
    gp("member2", "Dr Una Moir", "yes");

    assertThat(chair("audit " + reference))
        .contains(": A former member closed the vote: Discuss at group")
        .doesNotContain("Una", "member2", "aad-", ":  closed", ": closed");
    assertThat(chair("audit"))
        .contains(": Dr Ann Law appointed a former member as a chair")
        .doesNotContain("Una", "member2", "aad-", "appointed  as");
  }

  @Test
  void entriesCannotBeChangedOrDeletedInTheDatabase() {
    String reference = raiseOne();

    List<String> refused = new java.util.ArrayList<>();
    for (String sql :
        List.of(
            "update audit_entry set action = 'CLOSED' where reference = '" + reference + "'",
            "delete from audit_entry where reference = '" + reference + "'")) {
      try {
        jdbc.update(sql);
      } catch (org.springframework.dao.DataAccessException expected) {
        refused.add(sql.split(" ")[0]);
      }
    }

    assertThat(refused).containsExactly("update", "delete");
    assertThat(
            jdbc.queryForObject(
                "select action from audit_entry where reference = ?", String.class, reference))
        .isEqualTo("RAISED");
  }
}
