package org.interfacebot.issues;

import java.time.Instant;

/** An issue being raised, step by step; kept in the conversation's dialog memory. */
record RaiseDraft(
    String draftId,
    Step step,
    Long groupId,
    String title,
    String description,
    Category category,
    Instant startedAt) {

  enum Step {
    GROUP,
    TITLE,
    DESCRIPTION,
    CATEGORY,
    CONFIRM
  }

  RaiseDraft at(Step next) {
    return new RaiseDraft(draftId, next, groupId, title, description, category, startedAt);
  }

  RaiseDraft withGroup(long id) {
    return new RaiseDraft(draftId, step, id, title, description, category, startedAt);
  }

  RaiseDraft withTitle(String text) {
    return new RaiseDraft(draftId, step, groupId, text, description, category, startedAt);
  }

  RaiseDraft withDescription(String text) {
    return new RaiseDraft(draftId, step, groupId, title, text, category, startedAt);
  }

  RaiseDraft withCategory(Category chosen) {
    return new RaiseDraft(draftId, step, groupId, title, description, chosen, startedAt);
  }
}
