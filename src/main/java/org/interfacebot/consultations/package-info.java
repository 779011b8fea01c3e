/**
 * Sense-checks: a chair asks the group's members to look at a new process before roll-out; each
 * member answers "Looks good" or "Concerns" until the deadline, then the chairs get a summary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package org.interfacebot.consultations;
