package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The bot serves its own board's tenant only (here {@link Activities#TENANT}, the configured
 * MicrosoftAppTenantId). Teams' request is authentic, so it is acknowledged, but nothing happens.
 */
@ExtendWith(OutputCaptureExtension.class)
class TenantAllowlistIT extends AuthenticatedBotTest {

  private static final String ELSEWHERE = "tenant-other-board";

  private static ObjectNode fromElsewhere(ObjectNode activity) {
    ((ObjectNode) activity.get("conversation")).put("tenantId", ELSEWHERE);
    ((ObjectNode) activity.path("channelData").path("tenant")).put("id", ELSEWHERE);
    return activity;
  }

  @Test
  void aMessageFromAnotherTenantIsAcknowledgedButNotAnsweredOrStored(CapturedOutput output) {
    var activity =
        fromElsewhere(activities.personalMessage("gp9", "Dr Elsewhere", "raise QUOKKA-TEXT-1"));

    var response = postSigned(activity);

    assertThat(response.status()).isBetween(200, 299);
    assertThat(connector.sent()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from conversation_reference", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
    assertThat(output)
        .contains("Refused an activity from tenant " + ELSEWHERE)
        .doesNotContain("QUOKKA-TEXT-1", "gp9", "Dr Elsewhere");
  }

  @Test
  void aCardClickFromAnotherTenantChangesNothing() {
    var click =
        fromElsewhere(
            activities.invoke(
                Activities.CHANNEL,
                "channel",
                "gp9",
                "Dr Elsewhere",
                "triage.vote",
                Activities.data().put("reference", "IF-2026-0001").put("vote", "discuss")));

    var response = postSigned(click);

    assertThat(response.status()).isEqualTo(200);
    assertThat(connector.sent()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
  }

  @Test
  void aTeamInstallFromAnotherTenantIsNotRemembered() {
    postSigned(fromElsewhere(activities.installInTeam("chair")));

    assertThat(jdbc.queryForObject("select count(*) from interface_group", Integer.class)).isZero();
    assertThat(connector.sent()).isEmpty();
  }

  @Test
  void theBoardsOwnTenantIsServed() {
    var activity = activities.personalMessage("gp1", "Dr Morag Fraser", "help");

    assertThat(postSigned(activity).status()).isBetween(200, 299);
    assertThat(connector.sent()).isNotEmpty();
  }
}
