/**
 * Interface issues: raising one in a guided 1:1 conversation, its reference (IF-2027-0042), its
 * status and what the reporter is told. Publishes {@link org.interfacebot.issues.IssueRaised}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Issues")
package org.interfacebot.issues;
