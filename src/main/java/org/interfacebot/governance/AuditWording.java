package org.interfacebot.governance;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditLine;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.Category;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.triage.TriageChoice;
import org.springframework.stereotype.Component;

/**
 * One audit entry in words. A vote in a group that votes anonymously is never linked to anyone and
 * holds no choice, so it can only say that a vote was cast or changed.
 */
@Component
class AuditWording {

  /** The bundle keys of the actions start with this, then the {@link AuditAction}'s name. */
  static final String ACTION = "governance.audit.";

  private final Texts texts;

  AuditWording(Texts texts) {
    this.texts = texts;
  }

  String of(AuditLine line) {
    String who = who(line.actor(), line.actorName());
    String whom = person(line.subjectName());
    AuditAction action = line.action();
    String sentence =
        switch (action) {
          case VOTE_CAST, VOTE_CHANGED ->
              line.actor() == Actor.Kind.ANONYMOUS_VOTER || line.detail() == null
                  ? texts.get(ACTION + action + ".anonymous")
                  : texts.get(ACTION + action, who, choice(line.detail()));
          case CLOSED ->
              "undecided".equals(line.detail())
                  ? texts.get("governance.audit.CLOSED.undecided")
                  : texts.get("governance.audit.CLOSED", who, choice(line.detail()));
          case THEME, MEETING_CANCELLED -> theme(ACTION + action, who, line.detail());
          case MINUTES ->
              texts.get(
                  "governance.audit.MINUTES",
                  who,
                  AuditCommand.when(instant(line.detail()), texts));
          case OUTCOME -> texts.get("governance.audit.OUTCOME", who, status(line.detail()));
          case CHAIR_ADDED, CHAIR_REMOVED -> texts.get(ACTION + action, who, whom);
          case RAISED, DATA_REMOVED, GROUP_NAMED, REPLY_RECORDED -> texts.get(ACTION + action, who);
        };
    // A sentence opens with the bundle's words ("a former member ...") or a person's name, kept as
    // is.
    boolean named =
        line.actor() == Actor.Kind.PERSON
            && line.actorName() != null
            && !line.actorName().isBlank();
    return sentence.isEmpty() || named
        ? sentence
        : sentence.substring(0, 1).toUpperCase(Locale.UK) + sentence.substring(1);
  }

  private String who(Actor.Kind kind, String name) {
    return switch (kind) {
      case PERSON -> person(name);
      case ANONYMOUS_REPORTER -> texts.get("governance.audit.actor.anonymous-reporter");
      case ANONYMOUS_VOTER -> texts.get("governance.audit.actor.anonymous-voter");
      case BOT -> texts.get("governance.audit.actor.bot");
    };
  }

  /** A linked person's name; null when no longer linked, empty when Teams has not named them. */
  private String person(String name) {
    if (name == null) {
      return former();
    }
    return name.isBlank() ? texts.get("governance.audit.actor.unnamed") : name;
  }

  private String former() {
    return texts.get("governance.audit.actor.former");
  }

  private String theme(String key, String who, String detail) {
    int at = detail == null ? -1 : detail.indexOf('@');
    if (at < 0) {
      return texts.get(key, who, "", "");
    }
    String label =
        Arrays.stream(Category.values())
            .filter(c -> c.name().equals(detail.substring(0, at)))
            .map(texts::label)
            .findFirst()
            .orElse(detail.substring(0, at));
    return texts.get(key, who, label, AuditCommand.when(instant(detail.substring(at + 1)), texts));
  }

  private String choice(String code) {
    return TriageChoice.fromCode(code).map(texts::label).orElse(code);
  }

  private String status(String name) {
    return Arrays.stream(IssueStatus.values())
        .filter(s -> s.name().equals(name))
        .map(texts::label)
        .findFirst()
        .orElse(name);
  }

  private static Instant instant(String text) {
    return Instant.parse(text);
  }
}
