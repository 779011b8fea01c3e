package org.interfacebot.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.Category;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/**
 * {@code theme [replace] Prescribing on 14 January 2027 [at 13:00] [where]}: a chair sets a
 * meeting; {@code replace} gives a day's meeting another theme.
 */
@Component
class ThemeCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final Clock clock;
  private final PatientIdentifierGuard guard;
  private final Texts texts;

  ThemeCommand(
      ChairGate gate, Meetings meetings, Clock clock, PatientIdentifierGuard guard, Texts texts) {
    this.texts = texts;
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
    return texts.get("meetings.theme.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.theme.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  /**
   * A known theme, {@code on} and a date that can be read (even a past one, which {@link #handle}
   * refuses): {@code theme Prescribing on 14 January 2027}, not {@code theme is prescribing}.
   */
  @Override
  public boolean readsArgument(String argument) {
    var typed = Typed.of(argument);
    return typed.isPresent()
        && Category.parse(typed.get().theme(), texts).isPresent()
        && MeetingDates.read(typed.get().when(), clock.instant().atZone(MeetingDates.UK))
            .readable();
  }

  /**
   * {@code [replace] <theme> on <when>}, as typed; empty without {@code on}. {@code text} is all
   * but {@code replace}.
   */
  private record Typed(boolean replace, String text, int on) {

    String theme() {
      return text.substring(0, on);
    }

    String when() {
      return text.substring(on + 4);
    }

    static java.util.Optional<Typed> of(String rest) {
      String text = rest.strip();
      // "theme replace …" is how a chair gives a day's meeting another theme on purpose.
      boolean replace = text.toLowerCase(Locale.ROOT).startsWith("replace ");
      if (replace) {
        text = text.substring("replace ".length()).strip();
      }
      // The first " on ": a place may have one of its own ("Room 4 on level 2", "on Teams").
      int on = text.toLowerCase(Locale.ROOT).indexOf(" on ");
      return on < 0
          ? java.util.Optional.empty()
          : java.util.Optional.of(new Typed(replace, text, on));
    }
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var g = gate.chair(turn, "meetings.what.set-theme");
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    var typed = Typed.of(turn.rest());
    if (typed.isEmpty()) {
      return List.of(texts.reply("meetings.theme.how", usage()));
    }
    boolean replace = typed.get().replace();
    var theme = Category.parse(typed.get().theme(), texts);
    if (theme.isEmpty()) {
      return List.of(
          texts.reply(
              "meetings.theme.unknown",
              String.join(
                  ", ", java.util.Arrays.stream(Category.values()).map(texts::label).toList())));
    }
    var now = clock.instant().atZone(MeetingDates.UK);
    var read = MeetingDates.read(typed.get().when(), now);
    if (read.noTimeToday()) {
      // The day's meeting still to come keeps its time, as on any other day; without one there is
      // no time to give it, and 13:00 has passed.
      var today =
          meetings
              .onDay(g.group().id(), now.toLocalDate())
              .filter(m -> m.startsAt().isAfter(now.toInstant()));
      if (today.isEmpty()) {
        return List.of(noTimeToday(theme.get(), now));
      }
      read = read.accepted();
    }
    if (read.problem() != null) {
      return List.of(Reply.text(MeetingDates.refusal(read, texts)));
    }
    if (read.rest().length() > 500) {
      return List.of(texts.reply("meetings.theme.place-too-long"));
    }
    var verdict = guard.check(read.rest());
    if (!verdict.clean()) {
      return List.of(Reply.text(verdict.explanation(texts.get("meetings.field.place"), texts)));
    }
    Meeting meeting;
    try {
      meeting = meetings.schedule(g.group().id(), theme.get(), read, turn.from(), replace);
    } catch (DayHasAnotherMeeting taken) {
      return List.of(
          texts.reply(
              "meetings.theme.taken",
              texts.label(taken.existing().theme()),
              MeetingDates.show(taken.existing().startsAt().atZone(MeetingDates.UK), texts),
              texts.label(theme.get()),
              typed.get().text()));
    }
    return List.of(
        texts.reply(
            "meetings.theme.set",
            texts.inSentence(theme.get()),
            MeetingDates.show(meeting.startsAt().atZone(MeetingDates.UK), texts),
            meetings.agenda(meeting).size()));
  }

  /** Asks for today's time, with the next full hour as the example (or refuses after 23:00). */
  private Reply noTimeToday(Category theme, java.time.ZonedDateTime now) {
    var example = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
    if (!example.toLocalDate().equals(now.toLocalDate())) {
      return Reply.text(
          MeetingDates.refusal(new MeetingDates.Read(null, "", "meetings.date.past"), texts));
    }
    return texts.reply(
        "meetings.theme.no-time-today",
        MeetingDates.DEFAULT_TIME.toString(),
        texts.label(theme),
        now.format(
            java.time.format.DateTimeFormatter.ofPattern(texts.get("meetings.date.day-pattern"))),
        example.toLocalTime().toString());
  }
}
