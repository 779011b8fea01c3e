package org.interfacebot.triage;

import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueSummary;

/** The end of a chair's confirmation: whether the reporter has been told, or nobody can be. */
final class ReporterTold {

  private ReporterTold() {}

  static String of(IssueSummary issue, Texts texts) {
    return texts.get(
        issue.reporterForgotten() ? "issues.reporter.forgotten" : "issues.reporter.told");
  }
}
