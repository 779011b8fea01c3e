/**
 * Work shadowing between primary and secondary care: clinicians offer or request a session in 1:1,
 * the bot proposes a match across the interface, and introduces both once both accept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shadowing")
package org.interfacebot.shadowing;
