package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.interfacebot.issues.Category;

/** A meeting of the group: one theme, a date and time, a place, later its minutes. */
@Entity
@Table(name = "meeting")
final class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category theme;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(length = 500)
  private String place;

  @Column(name = "minutes_url", length = 2000)
  private String minutesUrl;

  @Column(name = "minutes_at")
  private Instant minutesAt;

  /** When the agenda was frozen (the meeting had been held); null while it is live. */
  @Column(name = "agenda_frozen_at")
  private Instant agendaFrozenAt;

  @Column(name = "reminded_week", nullable = false)
  private boolean remindedWeek;

  @Column(name = "reminded_day", nullable = false)
  private boolean remindedDay;

  @Column(name = "minutes_reminded", nullable = false)
  private boolean minutesReminded;

  protected Meeting() {}

  Meeting(long groupId, Category theme, Instant startsAt, String place) {
    this.groupId = groupId;
    this.theme = theme;
    this.startsAt = startsAt;
    this.place = place;
  }

  /** A new theme or time for the meeting; a blank place keeps the one it had. */
  void reschedule(Category newTheme, Instant newStartsAt, String newPlace) {
    this.theme = newTheme;
    this.startsAt = newStartsAt;
    if (newPlace != null && !newPlace.isBlank()) {
      this.place = newPlace;
    }
  }

  void minutes(String url, Instant at) {
    this.minutesUrl = url;
    this.minutesAt = at;
  }

  /** Moved back into the future: its agenda is live again. */
  void agendaThawed() {
    this.agendaFrozenAt = null;
  }

  void remindedWeek() {
    this.remindedWeek = true;
  }

  void remindedDay() {
    this.remindedDay = true;
  }

  void minutesReminded() {
    this.minutesReminded = true;
  }

  Long id() {
    return id;
  }

  long groupId() {
    return groupId;
  }

  Category theme() {
    return theme;
  }

  Instant startsAt() {
    return startsAt;
  }

  String place() {
    return place;
  }

  String minutesUrl() {
    return minutesUrl;
  }

  /** When its minutes were shared last; null before they are. */
  Instant minutesAt() {
    return minutesAt;
  }

  /**
   * Which sharing of the minutes this is, as a card can carry it: to the millisecond, which any
   * database keeps, so that it reads the same however the meeting was loaded; empty before.
   */
  String sharing() {
    return minutesAt == null ? "" : minutesAt.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  Instant agendaFrozenAt() {
    return agendaFrozenAt;
  }

  boolean isRemindedWeek() {
    return remindedWeek;
  }

  boolean isRemindedDay() {
    return remindedDay;
  }

  boolean isMinutesReminded() {
    return minutesReminded;
  }
}
