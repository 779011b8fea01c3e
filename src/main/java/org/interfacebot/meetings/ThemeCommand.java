package org.interfacebot.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.Category;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** {@code theme Prescribing on 14 January 2027 [at 13:00] [where]}: a chair sets a meeting. */
@Component
class ThemeCommand implements ChatCommand {

  static final String USAGE = "theme Prescribing on 14 January 2027 at 13:00 Seminar room 2";

  private final ChairGate gate;
  private final Meetings meetings;
  private final Clock clock;
  private final PatientIdentifierGuard guard;

  ThemeCommand(ChairGate gate, Meetings meetings, Clock clock, PatientIdentifierGuard guard) {
    this.gate = gate;
    this.meetings = meetings;
    this.clock = clock;
    this.guard = guard;
  }

  @Override
  public List<String> words() {
    return List.of("theme");
  }

  @Override
  public String usage() {
    return USAGE;
  }

  @Override
  public String summary() {
    return "(chairs) set a meeting's theme, date, time and place; I announce it with its agenda";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var g = gate.chair(turn, "meetings.what.set-theme");
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    String rest = turn.rest();
    int on = rest.toLowerCase(Locale.ROOT).lastIndexOf(" on ");
    if (on < 0) {
      return List.of(Reply.text("Please give the theme and the date: `" + USAGE + "`."));
    }
    var theme = Category.parse(rest.substring(0, on));
    if (theme.isEmpty()) {
      return List.of(
          Reply.text(
              "I don't know that theme. The themes are: "
                  + String.join(
                      ", ",
                      java.util.Arrays.stream(Category.values()).map(Category::label).toList())
                  + "."));
    }
    var read = MeetingDates.read(rest.substring(on + 4), clock.instant().atZone(MeetingDates.UK));
    if (read.problem() != null) {
      return List.of(Reply.text(read.problem()));
    }
    if (read.rest().length() > 500) {
      return List.of(Reply.text("The place is too long; the limit is 500 characters."));
    }
    var verdict = guard.check(read.rest());
    if (!verdict.clean()) {
      return List.of(Reply.text(verdict.explanation("place")));
    }
    var meeting = meetings.schedule(g.group().id(), theme.get(), read.when(), read.rest());
    return List.of(
        Reply.text(
            "The %s meeting is set for %s. I've announced it in the group's channel with its agenda (%d %s)."
                .formatted(
                    theme.get().label().toLowerCase(Locale.UK),
                    MeetingDates.show(read.when()),
                    meetings.agenda(meeting).size(),
                    meetings.agenda(meeting).size() == 1 ? "issue" : "issues")));
  }
}
