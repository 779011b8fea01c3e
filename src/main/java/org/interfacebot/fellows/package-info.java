/**
 * Clinical development fellows: a chair hands an accepted issue to a fellow for improvement work;
 * the fellow's progress updates reach the group's channel and the reporter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fellows")
package org.interfacebot.fellows;
