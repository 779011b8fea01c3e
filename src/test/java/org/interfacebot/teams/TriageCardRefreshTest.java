package org.interfacebot.teams;

import static org.interfacebot.teams.TeamsRetryTest.answered;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.support.TestClock;
import org.interfacebot.triage.TriageCards;
import org.junit.jupiter.api.Test;

/**
 * A card marked for an update whose issue retention has deleted since is left alone: before, the
 * sweep failed on it every second, marking it for another try each time, for ever. An update Teams
 * throttles waits, without holding the sweep, for as long as Teams asked.
 */
class TriageCardRefreshTest {

  private final Groups groups = mock(Groups.class);
  private final TriageCards cards = mock(TriageCards.class);
  private final ProactiveMessenger messenger = mock(ProactiveMessenger.class);
  private final PostedCardRepository posted = mock(PostedCardRepository.class);
  private final TestClock clock = new TestClock();
  private final TriageCardDelivery delivery =
      new TriageCardDelivery(groups, cards, messenger, posted, clock);

  private PostedCard staleCardOf(long issueId) {
    var card = mock(PostedCard.class);
    when(card.id()).thenReturn(7L);
    when(card.subject()).thenReturn(PostedCard.triage(issueId));
    when(card.activityId()).thenReturn("activity-1");
    when(card.conversationId()).thenReturn("channel-1");
    when(posted.findByStaleTrue()).thenReturn(List.of(card));
    return card;
  }

  @Test
  void aCardWhoseIssueIsGoneIsNotTriedAgain() {
    staleCardOf(42);
    when(cards.groupOf(42)).thenReturn(Optional.empty());

    delivery.refreshStaleCards();

    verify(messenger, never()).updateOnce(anyString(), any(), anyString(), any(JsonNode.class));
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
        .updateOnce(anyString(), any(), anyString(), any(JsonNode.class));

    delivery.refreshStaleCards();
    verify(posted, never()).markStale(anyString());

    delivery.refreshStaleCards();
    verify(posted).markStale(PostedCard.triage(42));
  }

  @Test
  void aThrottledUpdateStaysStaleAndItsConversationIsLeftAloneForTheRetryAfter() {
    staleCardOf(42);
    when(cards.groupOf(42)).thenReturn(Optional.of(3L));
    when(groups.byId(3)).thenReturn(Optional.of(new GroupInfo(3, "team-1", "tenant", "Group")));
    doThrow(answered(429, "30")).when(messenger).updateOnce(anyString(), any(), anyString(), any());

    delivery.refreshStaleCards();
    verify(posted).markStale(PostedCard.triage(42));
    clock.advance(Duration.ofSeconds(29));
    delivery.refreshStaleCards();
    verify(messenger, times(1)).updateOnce(anyString(), any(), anyString(), any());

    clock.advance(Duration.ofSeconds(1));
    delivery.refreshStaleCards();
    verify(messenger, times(2)).updateOnce(anyString(), any(), anyString(), any());
  }
}
