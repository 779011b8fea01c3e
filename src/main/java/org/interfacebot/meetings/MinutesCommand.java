package org.interfacebot.meetings;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.privacy.LinkGuard;
import org.springframework.stereotype.Component;

/** {@code minutes <link> [for <date>]}: a chair shares a meeting's minutes. */
@Component
class MinutesCommand implements ChatCommand {

  /** Punctuation at the end of what was typed: a link or a day never ends with it. */
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.,;:!?]+$");

  private final ChairGate gate;
  private final Meetings meetings;
  private final MeetingsSettings settings;
  private final Clock clock;
  private final MinutesStatus status;
  private final Texts texts;
  private final LinkGuard links;
  private final Undiscussed undiscussed;

  MinutesCommand(
      ChairGate gate,
      Meetings meetings,
      MeetingsSettings settings,
      Clock clock,
      MinutesStatus status,
      Texts texts,
      LinkGuard links,
      Undiscussed undiscussed) {
    this.undiscussed = undiscussed;
    this.texts = texts;
    this.links = links;
    this.status = status;
    this.gate = gate;
    this.meetings = meetings;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public List<String> words() {
    return List.of("minutes");
  }

  @Override
  public String usage() {
    return texts.get("meetings.minutes.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.minutes.summary");
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
   * {@code minutes status}, or a link (whatever its host: {@link #handle} refuses the wrong one),
   * not {@code minutes of the ward round are never sent}.
   */
  @Override
  public boolean readsArgument(String argument) {
    return argument.strip().equalsIgnoreCase("status")
        || LinkGuard.looksLikeLink(linkAndDay(argument)[0]);
  }

  /**
   * The link and, when given, the day after {@code for}, each without the full stop (or other
   * punctuation) a sentence ends with: kept with the link, it would break it for everyone sent it.
   */
  private static String[] linkAndDay(String rest) {
    String[] parts = rest.split("(?i)\\s+for\\s+", 2);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = SENTENCE_END.matcher(parts[i].strip()).replaceFirst("");
    }
    return parts;
  }

  @Override
  public List<Reply> handle(Turn turn) {
    boolean asksStatus = turn.rest().equalsIgnoreCase("status");
    var g =
        gate.chair(
            turn, asksStatus ? "meetings.what.see-minutes-status" : "meetings.what.share-minutes");
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    if (asksStatus) {
      return List.of(Reply.text(status.of(g.group().id())));
    }
    String[] parts = linkAndDay(turn.rest());
    String link = parts[0];
    if (link.isEmpty()) {
      return List.of(texts.reply("meetings.minutes.give-link", usage()));
    }
    var problem = links.problem(link, settings.minutesHosts(), texts);
    if (problem.isPresent()) {
      return List.of(texts.reply("meetings.minutes.not-shared", problem.get()));
    }
    Optional<Meeting> meeting;
    if (parts.length > 1) {
      // A day that cannot be read is not a day without a meeting: each is said as it is.
      var day =
          MeetingDates.pastDay(parts[1], clock.instant().atZone(MeetingDates.UK).toLocalDate());
      if (day.isEmpty()) {
        return List.of(
            texts.reply(
                "meetings.minutes.not-shared", texts.get("meetings.minutes.unreadable-day")));
      }
      meeting = meetings.onDay(g.group().id(), day.get());
      if (meeting.isEmpty()) {
        return List.of(
            texts.reply(
                "meetings.minutes.no-meeting-on",
                DateTimeFormatter.ofPattern(
                        texts.get("meetings.date.day-name-pattern"), texts.locale())
                    .format(day.get())));
      }
    } else {
      meeting = meetings.latest(g.group().id());
    }
    if (meeting.isEmpty()) {
      return List.of(texts.reply("meetings.minutes.no-meeting"));
    }
    if (meeting.get().startsAt().isAfter(clock.instant())) {
      return List.of(
          texts.reply(
              "meetings.minutes.not-shared",
              texts.get(
                  "meetings.minutes.not-held",
                  texts.inSentence(meeting.get().theme()),
                  MeetingDates.show(meeting.get().startsAt().atZone(MeetingDates.UK), texts))));
    }
    meetings.minutes(meeting.get(), link, turn.from());
    // The day named: without "for", the minutes go to the latest meeting held, which the chair
    // can check here.
    String shared =
        texts.get(
            "meetings.minutes.shared",
            texts.inSentence(meeting.get().theme()),
            MeetingDates.show(meeting.get().startsAt().atZone(MeetingDates.UK), texts));
    // Read again: sharing the minutes froze the agenda.
    var missed = undiscussed.of(meetings.byId(meeting.get().id()).orElseThrow());
    if (!missed.isEmpty()) {
      shared +=
          " "
              + texts.get(
                  "meetings.minutes.undiscussed",
                  String.join(", ", missed.stream().map(IssueSummary::reference).toList()),
                  missed.size());
    }
    return List.of(Reply.text(shared));
  }
}
