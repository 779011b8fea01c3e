/**
 * Interface Groups: one per Teams team where the bot is installed, with its name and tenant. Later
 * also members, chairs and the group's settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups")
package org.interfacebot.groups;
