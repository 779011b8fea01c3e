/**
 * Keeps patient identifiers out of the bot: free text is checked for NHS numbers, CHI numbers and
 * dates of birth before it is stored, posted or logged, and a rejection is explained to the user
 * without ever echoing the text back.
 */
package org.interfacebot.privacy;
