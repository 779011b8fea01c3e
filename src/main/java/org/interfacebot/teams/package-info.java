/**
 * The only module that knows Microsoft Teams and the Bot Framework SDK: the {@code /api/messages}
 * endpoint, translating activities to the chat API and back, dispatching commands and card actions,
 * proactive posts from stored conversation references, and the database-backed bot state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package org.interfacebot.teams;
