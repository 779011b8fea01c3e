/**
 * The bot's conversation API, free of Bot Framework types: what a person said or clicked, who and
 * where they are, and what the bot answers. Feature modules implement its handler interfaces; the
 * {@code teams} module translates Teams activities to and from it, and answers what a turn may ask
 * Teams ({@link org.interfacebot.chat.TeamMembership}).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Chat API",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.interfacebot.chat;
