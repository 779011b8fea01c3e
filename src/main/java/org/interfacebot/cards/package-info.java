/**
 * Adaptive Card templating: a Java engine that expands {@code cards/*.json} templates exactly as
 * Microsoft's adaptivecards-templating does, and the catalogue that loads every card at start-up.
 */
package org.interfacebot.cards;
