package org.interfacebot.teams;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

  @Test
  void aCardWhoseIssueIsGoneIsNotTriedAgain() {
    var card = mock(PostedCard.class);
    when(card.id()).thenReturn(7L);
    when(card.subject()).thenReturn(PostedCard.triage(42));
    when(posted.findByStaleTrue()).thenReturn(List.of(card));
    when(cards.groupOf(42)).thenReturn(Optional.empty());

    delivery.refreshStaleCards();

    verify(messenger, never()).update(anyString(), anyString(), any(JsonNode.class));
    verify(posted, never()).markStale(anyString());
  }
}
