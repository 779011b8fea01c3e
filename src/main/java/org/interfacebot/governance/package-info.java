/**
 * Information governance: what the bot holds about a person ({@code my data}), removing their
 * identity on request ({@code forget me}), and retention of closed issues and of who voted how.
 * Uses the other modules' public APIs; the Teams side is reached through {@link
 * org.interfacebot.governance.PersonalConversations} and {@link
 * org.interfacebot.governance.ChairForgotten}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.interfacebot.governance;
