/**
 * The group's meetings: one theme each, the agenda built from accepted issues of that theme,
 * reminders, the minutes link (from allowed hosts only) and each issue's outcome.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.interfacebot.meetings;
