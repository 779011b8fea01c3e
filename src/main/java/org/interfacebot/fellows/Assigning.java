package org.interfacebot.fellows;

import org.interfacebot.chat.Person;
import org.interfacebot.issues.IssueStatus;

/**
 * What an {@code assign} did: nothing when the issue was already the fellow's, a first assignment,
 * a new fellow in place of {@code former} (null unless replaced), or nothing because the issue,
 * once locked, was no longer assignable ({@code status}, null otherwise, says what it had become),
 * or nothing because the fellow was no longer on the group's member list (they left the team or
 * said {@code forget me} meanwhile).
 */
record Assigning(Change change, Person former, IssueStatus status) {

  Assigning(Change change, Person former) {
    this(change, former, null);
  }

  static Assigning notAssignable(IssueStatus status) {
    return new Assigning(Change.NOT_ASSIGNABLE, null, status);
  }

  static Assigning noLongerAMember() {
    return new Assigning(Change.NO_LONGER_A_MEMBER, null);
  }

  enum Change {
    UNCHANGED,
    ASSIGNED,
    REPLACED,
    NOT_ASSIGNABLE,
    NO_LONGER_A_MEMBER
  }
}
