package org.interfacebot.issues;

import org.interfacebot.chat.Texts;

/** The end of a chair's confirmation: whether the reporter has been told, or nobody can be. */
public final class ReporterTold {

  private ReporterTold() {}

  public static String of(IssueSummary issue, Texts texts) {
    return texts.get(
        issue.reporterForgotten() ? "issues.reporter.forgotten" : "issues.reporter.told");
  }
}
