package org.interfacebot.triage;

import org.interfacebot.groups.ResultsVisibilityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the card everyone shares shows an open vote's results depends on the group's setting: a
 * chair changing it marks each open vote's card for an update, in the change's transaction.
 */
@Component
class SharedViewChanges {

  private final TriageRoundRepository rounds;
  private final ApplicationEventPublisher events;

  SharedViewChanges(TriageRoundRepository rounds, ApplicationEventPublisher events) {
    this.rounds = rounds;
    this.events = events;
  }

  @EventListener
  void on(ResultsVisibilityChanged changed) {
    // A closed vote's card shows its results whatever the setting.
    rounds.findByGroupIdAndState(changed.groupId(), RoundState.OPEN).stream()
        .map(round -> new TriageCardChanged(round.issueId()))
        .forEach(events::publishEvent);
  }
}
