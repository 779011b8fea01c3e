package org.interfacebot.shadowing;

import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Texts;
import org.interfacebot.governance.PersonalRecords;
import org.interfacebot.governance.RetentionCutoffs;
import org.springframework.stereotype.Component;

/** Shadowing offers, requests and matches, in {@code my data} and {@code forget me}. */
@Component
class ShadowingRecords implements PersonalRecords {

  private final Shadowing shadowing;
  private final ListingRemovals removals;
  private final Texts texts;

  ShadowingRecords(Shadowing shadowing, ListingRemovals removals, Texts texts) {
    this.shadowing = shadowing;
    this.removals = removals;
    this.texts = texts;
  }

  @Override
  public List<String> heldFor(String personKey) {
    int listed = shadowing.listingsOf(personKey).size();
    return listed == 0
        ? List.of()
        : List.of(texts.get("shadowing.data.held", listed, shadowing.matchesOf(personKey).size()));
  }

  @Override
  public Optional<String> forget(String personKey) {
    int removed = removals.forget(personKey);
    return removed == 0
        ? Optional.empty()
        : Optional.of(texts.get("shadowing.data.forgotten", removed));
  }

  @Override
  public int applyRetention(RetentionCutoffs cutoffs) {
    return removals.expireListedBefore(cutoffs.shadowingBefore());
  }
}
