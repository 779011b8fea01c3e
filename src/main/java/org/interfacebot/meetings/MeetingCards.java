package org.interfacebot.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting cards: announcement (and reminders) with the agenda, and the minutes with outcomes.
 */
@Service
public class MeetingCards {

  private final Meetings meetings;
  private final CardCatalogue cards;
  private final Texts texts;
  private final Undiscussed undiscussed;
  private final Clock clock;

  MeetingCards(
      Meetings meetings, CardCatalogue cards, Texts texts, Undiscussed undiscussed, Clock clock) {
    this.undiscussed = undiscussed;
    this.clock = clock;
    this.texts = texts;
    this.meetings = meetings;
    this.cards = cards;
  }

  @Transactional(readOnly = true)
  public Optional<JsonNode> announcement(long meetingId, String headline) {
    return meetings.byId(meetingId).map(m -> announcement(m, headline));
  }

  /**
   * A reminder's card, with how soon the meeting is worded when it is sent (Teams may have held the
   * reminder up): none once the meeting has started, or is gone.
   */
  @Transactional(readOnly = true)
  public Optional<JsonNode> reminder(long meetingId, UnaryOperator<String> headline) {
    Instant now = clock.instant();
    return meetings
        .byId(meetingId)
        .filter(m -> m.startsAt().isAfter(now))
        .map(m -> announcement(m, headline.apply(MeetingSchedule.howSoon(now, m, texts))));
  }

  private JsonNode announcement(Meeting m, String headline) {
    var agenda =
        meetings.agenda(m).stream().map(i -> new Item(i.reference(), i.title(), "")).toList();
    return cards.render(
        "meetings-announcement",
        new Announcement(
            headline, texts.label(m.theme()), when(m), m.place() == null ? "" : m.place(), agenda));
  }

  /** The minutes card: for the group's channel, or with an Acknowledge button for a network's. */
  @Transactional(readOnly = true)
  public JsonNode minutes(long meetingId, boolean forNetwork) {
    Meeting m = meetings.byId(meetingId).orElseThrow();
    return cards.render(
        "meetings-minutes",
        new Minutes(
            texts.label(m.theme()),
            when(m),
            m.minutesUrl(),
            outcomes(m),
            forNetwork,
            m.id(),
            // Which sharing the card shows: an Acknowledge pressed on minutes since corrected is
            // refused rather than counted for the corrected ones.
            m.sharing()));
  }

  /** What each reporter of an agenda issue is told when the minutes are out. */
  @Transactional(readOnly = true)
  public List<ReporterOutcome> reporterOutcomes(long meetingId) {
    Meeting m = meetings.byId(meetingId).orElseThrow();
    return meetings.agenda(m).stream()
        .map(
            i ->
                new ReporterOutcome(
                    i.reference(),
                    i.reporterKey(),
                    texts.get(
                        "meetings.minutes.to-reporter",
                        texts.inSentence(m.theme()),
                        i.reference(),
                        i.title(),
                        meetings.outcomeOf(m, i.id()).orElseGet(() -> undiscussed.toReporter(m, i)),
                        m.minutesUrl())))
        .toList();
  }

  private List<Item> outcomes(Meeting m) {
    return meetings.agenda(m).stream()
        .map(
            i ->
                new Item(
                    i.reference(),
                    i.title(),
                    meetings
                        .outcomeOf(m, i.id())
                        .orElseGet(() -> texts.get("meetings.minutes.no-outcome"))))
        .toList();
  }

  private String when(Meeting m) {
    return MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts);
  }

  public record ReporterOutcome(String reference, String reporterKey, String message) {}

  record Item(String reference, String title, String outcome) {}

  record Announcement(
      String headline, String theme, String when, String place, List<Item> agenda) {}

  record Minutes(
      String theme,
      String when,
      String minutesUrl,
      List<Item> outcomes,
      boolean acknowledge,
      long meetingId,
      String shared) {}
}
