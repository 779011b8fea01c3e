package org.interfacebot.chat;

/**
 * A value shown to people by a word from the bundles, such as an issue's status or a triage choice:
 * {@code Texts.label(value)} is the text of its {@link #labelKey()}. {@code TextsTest} checks that
 * every constant of every such enum has its text.
 */
public interface Label {

  /** The bundle key of the words shown for this value, e.g. {@code issues.status.open}. */
  String labelKey();
}
