/**
 * What the group learns from its issues: {@code stats} (counts by theme, status and month, the
 * median time to a triage decision, and a chart served as a signed, expiring PNG), {@code export}
 * (a chair's CSV of the group's issues behind a signed link that expires within the hour) and the
 * weekly digest in the group's channel, which {@code teams} posts on {@link
 * org.interfacebot.insights.DigestDue}. A read-only reporting view: it reads the issue, triage and
 * meeting tables with SQL and writes only its own table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.interfacebot.insights;
