package org.interfacebot.teams;

import static org.interfacebot.teams.TeamsRetryTest.answered;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.triage.TriageCards;
import org.junit.jupiter.api.Test;

/**
 * A card marked for an update whose issue retention has deleted since is left alone: before, the
 * sweep failed on it every second, marking it for another try each time, for ever.
 */
class TriageCardRefreshTest {

  private final Groups groups = mock(Groups.class);
  private final TriageCards cards = mock(TriageCards.class);
  private final ProactiveMessenger messenger = mock(ProactiveMessenger.class);
  private final PostedCardRepository posted = mock(PostedCardRepository.class);
  private final TriageCardDelivery delivery =
      new TriageCardDelivery(groups, cards, messenger, posted, Clock.systemUTC());

  private PostedCard staleCardOf(long issueId) {
    var card = mock(PostedCard.class);
    when(card.id()).thenReturn(7L);
    when(card.subject()).thenReturn(PostedCard.triage(issueId));
    when(card.activityId()).thenReturn("activity-1");
    when(posted.findByStaleTrue()).thenReturn(List.of(card));
    return card;
  }

  @Test
  void aCardWhoseIssueIsGoneIsNotTriedAgain() {
    staleCardOf(42);
    when(cards.groupOf(42)).thenReturn(Optional.empty());

    delivery.refreshStaleCards();

    verify(messenger, never()).update(anyString(), anyString(), any(JsonNode.class));
    verify(posted, never()).markStale(anyString());
  }

  /** A card deleted in Teams (404) would be refused again; Teams being down is tried again. */
  @Test
  void aCardTeamsRefusesForGoodIsNotTriedAgainButOneTeamsCouldNotTakeIs() {
    staleCardOf(42);
    when(cards.groupOf(42)).thenReturn(Optional.of(3L));
    when(groups.byId(3)).thenReturn(Optional.of(new GroupInfo(3, "team-1", "tenant", "Group")));
    var card = mock(JsonNode.class);
    when(cards.triageCard(42)).thenReturn(card);
    doThrow(answered(404, null))
        .doThrow(answered(503, null))
        .when(messenger)
        .update(anyString(), anyString(), any(JsonNode.class));

    delivery.refreshStaleCards();
    verify(posted, never()).markStale(anyString());

    delivery.refreshStaleCards();
    verify(posted).markStale(PostedCard.triage(42));
  }
}
