package org.interfacebot.meetings;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.Category;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The group's meetings, their agendas and outcomes. */
@Service
public class Meetings {

  private final MeetingRepository meetings;
  private final MeetingItemRepository items;
  private final Agendas agendas;
  private final IssueProgress progress;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Networks networks;
  private final AuditTrail audit;
  private final Texts texts;
  private final ComingAgendas coming;
  private final OffTheAgenda offTheAgenda;
  private final org.interfacebot.groups.Groups groups;

  Meetings(
      MeetingRepository meetings,
      MeetingItemRepository items,
      Agendas agendas,
      IssueProgress progress,
      ApplicationEventPublisher events,
      Clock clock,
      Networks networks,
      AuditTrail audit,
      Texts texts,
      ComingAgendas coming,
      OffTheAgenda offTheAgenda,
      org.interfacebot.groups.Groups groups) {
    this.groups = groups;
    this.coming = coming;
    this.offTheAgenda = offTheAgenda;
    this.texts = texts;
    this.networks = networks;
    this.audit = audit;
    this.meetings = meetings;
    this.items = items;
    this.agendas = agendas;
    this.progress = progress;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Sets the theme of the group's meeting on that day (creating it if there is none) and announces
   * it. A day holds one meeting: the same theme again moves its time (when one is given) and place;
   * another theme replaces it only when {@code replace} is set, and the reporters whose issues come
   * off its agenda are told.
   *
   * @throws DayHasAnotherMeeting when the day has a meeting of another theme and {@code replace} is
   *     not set
   */
  @Transactional
  Meeting schedule(
      long groupId, Category theme, MeetingDates.Read read, Person chair, boolean replace) {
    groups.takeTurns(groupId); // a second chair, or an acceptance, then sees this one's meeting
    var existing = lockedOnDay(groupId, read.when().toLocalDate());
    if (existing.isPresent() && existing.get().theme() != theme && !replace) {
      throw new DayHasAnotherMeeting(existing.get());
    }
    ZonedDateTime when =
        existing
            .filter(m -> !read.timeGiven())
            .map(m -> m.startsAt().atZone(MeetingDates.UK))
            .orElse(read.when());
    List<IssueSummary> before = List.of();
    // An issue new to this meeting's agenda whose reporter heard of another meeting (one held
    // without getting to it, or a later one) is told of this one.
    var wasOn =
        existing.map(m -> agenda(m).stream().map(IssueSummary::id).toList()).orElse(List.of());
    // Reporters already told of this meeting are told again when it moves.
    boolean moved = existing.isPresent() && !existing.get().startsAt().equals(when.toInstant());
    Meeting meeting;
    if (existing.isPresent()) {
      meeting = existing.get();
      ZonedDateTime was = meeting.startsAt().atZone(MeetingDates.UK);
      if (meeting.theme() != theme) {
        before = agenda(meeting);
        // The chairs' additions and removals were for the old theme; recorded outcomes stay.
        items.deleteAll(
            items.findByMeetingId(meeting.id()).stream().filter(i -> i.outcome() == null).toList());
      }
      meeting.reschedule(theme, when.toInstant(), read.rest());
      if (meeting.minutesUrl() == null && when.toInstant().isAfter(clock.instant())) {
        agendas.thaw(meeting);
      }
      var after = agenda(meeting).stream().map(IssueSummary::id).toList();
      before.stream()
          .filter(i -> !after.contains(i.id()))
          .forEach(i -> offTheAgenda.replaced(meeting, i, was));
    } else {
      meeting = meetings.save(new Meeting(groupId, theme, when.toInstant(), read.rest()));
    }
    String scheduled =
        texts.get(
            "meetings.scheduled-to-reporter",
            texts.inSentence(theme),
            MeetingDates.show(when, texts));
    // An issue also on an earlier coming meeting's agenda is for that one: its reporter was told
    // of it, and hears nothing of this one moving.
    var earlier = coming.onEarlier(meeting);
    for (IssueSummary issue : agenda(meeting)) {
      // Only an accepted issue waits for a meeting: one a chair added while it is still in
      // triage, or one with an outcome, keeps its status.
      if (issue.status() == IssueStatus.ACCEPTED) {
        progress.moveTo(issue.id(), IssueStatus.SCHEDULED, scheduled);
      } else if ((moved || !wasOn.contains(issue.id()))
          && issue.status() == IssueStatus.SCHEDULED
          && !earlier.contains(issue.id())) {
        progress.tell(issue.id(), scheduled);
      }
    }
    events.publishEvent(new MeetingAnnounced(meeting.id(), groupId));
    audit.record(
        groupId,
        null,
        AuditAction.THEME,
        Actor.person(chair),
        theme.name() + "@" + when.toInstant());
    return meeting;
  }

  @Transactional(readOnly = true)
  List<Meeting> upcoming(long groupId) {
    return meetings.findByGroupIdAndStartsAtAfterOrderByStartsAt(groupId, clock.instant());
  }

  /** The last three meetings that have started, latest first. */
  @Transactional(readOnly = true)
  List<Meeting> held(long groupId) {
    return meetings.findFirst3ByGroupIdAndStartsAtLessThanEqualOrderByStartsAtDesc(
        groupId, clock.instant());
  }

  @Transactional(readOnly = true)
  Optional<Meeting> next(long groupId) {
    return upcoming(groupId).stream().findFirst();
  }

  /** The latest meeting that has started: the one minutes and outcomes are usually for. */
  @Transactional(readOnly = true)
  Optional<Meeting> latest(long groupId) {
    return meetings.findFirstByGroupIdAndStartsAtBeforeOrderByStartsAtDesc(
        groupId, clock.instant());
  }

  /**
   * The meeting an outcome for the issue belongs to: of the meetings whose agenda holds it, the
   * latest that has started, else the next to come. A meeting whose minutes were shared counts only
   * for an outcome it already has for the issue (a correction, for minutes shared again); for any
   * other issue it is over and done. Held meetings are frozen first, so that an issue accepted
   * after a meeting goes to the next one, not to the one it missed.
   */
  @Transactional
  Optional<Meeting> holding(long groupId, long issueId) {
    agendas.freezeHeld();
    var now = clock.instant();
    var holding =
        meetings.findByGroupIdOrderByStartsAt(groupId).stream()
            .filter(m -> m.minutesUrl() == null || outcomeOf(m, issueId).isPresent())
            .filter(m -> agenda(m).stream().anyMatch(i -> i.id() == issueId))
            .toList();
    return holding.stream()
        .filter(m -> m.startsAt().isBefore(now))
        .reduce((earlier, later) -> later)
        .or(() -> holding.stream().filter(m -> !m.startsAt().isBefore(now)).findFirst());
  }

  /** The meeting whose minutes were shared last, whichever day it was held. */
  @Transactional(readOnly = true)
  Optional<Meeting> lastMinutes(long groupId) {
    return meetings.findFirstByGroupIdAndMinutesAtNotNullOrderByMinutesAtDesc(groupId);
  }

  /**
   * A meeting's agenda: for a coming meeting, accepted issues of its theme, oldest first, with the
   * issues chairs added and without those they removed (issues with an outcome stay on it); for a
   * held one, the agenda as it was frozen.
   */
  @Transactional(readOnly = true)
  public List<IssueSummary> agenda(Meeting meeting) {
    return agendas.of(meeting);
  }

  @Transactional
  void setOnAgenda(Meeting meeting, IssueSummary issue, boolean on) {
    items
        .findByMeetingIdAndIssueId(meeting.id(), issue.id())
        .ifPresentOrElse(
            item -> item.set(on), () -> items.save(new MeetingItem(meeting.id(), issue.id(), on)));
  }

  /** Records an issue's outcome at a meeting and moves the issue on (the reporter is told). */
  @Transactional
  void outcome(Meeting meeting, IssueSummary issue, IssueStatus status, String text, Person chair) {
    var item =
        items
            .findByMeetingIdAndIssueId(meeting.id(), issue.id())
            .orElseGet(() -> items.save(new MeetingItem(meeting.id(), issue.id(), true)));
    item.set(true);
    item.outcome(text);
    String note = texts.get("meetings.outcome.to-reporter", text);
    if (issue.status() == status) {
      // A corrected outcome: the status stays, so moving it would tell the reporter nothing.
      progress.tell(issue.id(), note);
    } else {
      progress.moveTo(issue.id(), status, note);
    }
    audit.record(
        issue.groupId(),
        issue.reference(),
        AuditAction.OUTCOME,
        Actor.person(chair),
        status.name());
  }

  @Transactional(readOnly = true)
  Optional<String> outcomeOf(Meeting meeting, long issueId) {
    return items.findByMeetingIdAndIssueId(meeting.id(), issueId).map(MeetingItem::outcome);
  }

  @Transactional
  void minutes(Meeting meeting, String url, Person chair) {
    // At the latest now: the minutes, the reporters told and the networks get the frozen agenda.
    agendas.freezeIfHeld(meeting.id());
    Meeting stored = meetings.findById(meeting.id()).orElseThrow();
    var at = clock.instant();
    stored.minutes(url, at);
    String day = stored.startsAt().toString();
    audit.record(stored.groupId(), null, AuditAction.MINUTES, Actor.person(chair), day);
    agenda(stored)
        .forEach(
            i ->
                audit.record(
                    i.groupId(), i.reference(), AuditAction.MINUTES, Actor.person(chair), day));
    events.publishEvent(new MinutesShared(stored.id(), stored.groupId(), at));
    networks.cascade(stored);
  }

  @Transactional(readOnly = true)
  Optional<Meeting> byId(long meetingId) {
    return meetings.findById(meetingId);
  }

  @Transactional(readOnly = true)
  Optional<Meeting> onDay(long groupId, java.time.LocalDate day) {
    var start = day.atStartOfDay(MeetingDates.UK).toInstant();
    var end = day.plusDays(1).atStartOfDay(MeetingDates.UK).toInstant();
    return meetings.findByStartsAtAfterAndStartsAtBefore(start.minusSeconds(1), end).stream()
        .filter(m -> m.groupId() == groupId)
        .findFirst();
  }

  /** The day's meeting, locked (as the sweep locks it): its flags are not written back stale. */
  private Optional<Meeting> lockedOnDay(long groupId, java.time.LocalDate day) {
    var start = day.atStartOfDay(MeetingDates.UK).toInstant().minusSeconds(1);
    var end = day.plusDays(1).atStartOfDay(MeetingDates.UK).toInstant();
    return meetings.onDay(groupId, start, end).stream()
        .flatMap(id -> meetings.lock(id).stream())
        .filter(m -> m.startsAt().isAfter(start) && m.startsAt().isBefore(end))
        .findFirst();
  }

  /**
   * {@code forget me}: clears the person's name from minutes acknowledgements; returns how many.
   */
  @Transactional
  public int forgetAcknowledger(String personKey) {
    return networks.forgetAcknowledger(personKey);
  }

  /** Removes issues about to be deleted from every agenda, frozen or live; the meetings stay. */
  @Transactional
  public void forgetIssues(java.util.Collection<Long> issueIds) {
    if (!issueIds.isEmpty()) {
      agendas.forgetIssues(issueIds);
    }
  }
}
