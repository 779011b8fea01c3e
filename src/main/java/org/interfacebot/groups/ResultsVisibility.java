package org.interfacebot.groups;

import java.util.Locale;
import org.interfacebot.chat.Label;

/** When members see the triage tallies. */
public enum ResultsVisibility implements Label {
  ALWAYS,
  AFTER_VOTING,
  AFTER_CLOSE;

  @Override
  public String labelKey() {
    return "groups.results." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
