package org.interfacebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class UkDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void readsTheWaysUkCliniciansWriteADay() {
    for (String typed :
        new String[] {
          "14/09/2027", "14/9/2027", "2027-09-14", "14 September 2027", "14 sept 2027"
        }) {
      assertThat(UkDates.day(typed, TODAY)).as(typed).contains(LocalDate.of(2027, 9, 14));
    }
  }

  @Test
  void septemberShortenedToThreeLettersIsReadLikeEveryOtherMonth() {
    assertThat(UkDates.day("14 Sep 2027", TODAY)).contains(LocalDate.of(2027, 9, 14));
    assertThat(UkDates.day("14 sep", TODAY)).contains(LocalDate.of(2027, 9, 14));
    assertThat(UkDates.day("3 Aug 2027", TODAY)).contains(LocalDate.of(2027, 8, 3));
  }

  @Test
  void aDayWithoutAYearIsTheNextSuchDayAndNonsenseIsNoDay() {
    assertThat(UkDates.day("6 December", TODAY)).contains(TODAY);
    assertThat(UkDates.day("5 Dec", TODAY)).contains(LocalDate.of(2027, 12, 5));
    assertThat(UkDates.day("31/02/2027", TODAY)).isEmpty();
    assertThat(UkDates.day("septic", TODAY)).isEmpty();
  }

  /** As the bot writes a meeting's date (Tuesday 14 September 2027) and calendars do. */
  @Test
  void theDayOfTheWeekFirstAndADayWrittenFourteenthAreRead() {
    for (String typed :
        new String[] {
          "Tuesday 14 September 2027",
          "tuesday, 14/09/2027",
          "Tue 14 Sep",
          "Tues 14th Sept 2027",
          "14th September 2027"
        }) {
      assertThat(UkDates.day(typed, TODAY)).as(typed).contains(LocalDate.of(2027, 9, 14));
    }
    assertThat(UkDates.day("1st Jan 2027", TODAY)).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aDayOfTheWeekThatIsNotTheDatesIsNoDay() {
    assertThat(UkDates.day("Friday 14 September 2027", TODAY)).isEmpty();
    assertThat(UkDates.day("Tuesday", TODAY)).isEmpty();
    assertThat(UkDates.day("Mo 14 September 2027", TODAY)).isEmpty();
  }

  /** For a day that has been (minutes for 14 Jan), the day of the week is the past day's. */
  @Test
  void aPastDayWithoutAYearIsTheLastSuchDayAndItsDayOfTheWeekIsThatDays() {
    LocalDate february = LocalDate.of(2027, 2, 20);
    assertThat(UkDates.pastDay("14 Jan", february)).contains(LocalDate.of(2027, 1, 14));
    assertThat(UkDates.pastDay("Thursday 14 Jan", february)).contains(LocalDate.of(2027, 1, 14));
    assertThat(UkDates.pastDay("20 Feb", february)).contains(february);
    assertThat(UkDates.pastDay("3 Mar", february)).contains(LocalDate.of(2026, 3, 3));
    assertThat(UkDates.pastDay("14/01/2028", february)).contains(LocalDate.of(2028, 1, 14));
  }

  /** 29 February in a year without one is no day (it was read as 28 February), and says why. */
  @Test
  void twentyNinthFebruaryInAYearWithoutOneIsNoDay() {
    for (String typed : new String[] {"29 February 2027", "29/02/2027", "29 Feb", "Sun 29 Feb"}) {
      assertThat(UkDates.day(typed, TODAY)).as(typed).isEmpty();
      assertThat(UkDates.noSuchDay(typed, TODAY))
          .as(typed)
          .hasValueSatisfying(
              d -> {
                assertThat(d.leapDay()).isTrue();
                assertThat(d.month()).isEqualTo(YearMonth.of(2027, 2));
              });
    }
    assertThat(UkDates.pastDay("29 Feb", TODAY)).isEmpty();
    assertThat(UkDates.day("29 Feb 2028", TODAY)).contains(LocalDate.of(2028, 2, 29));
    assertThat(UkDates.day("29 Feb", LocalDate.of(2027, 12, 1)))
        .contains(LocalDate.of(2028, 2, 29));
    assertThat(UkDates.noSuchDay("29 Feb 2028", TODAY)).isEmpty();
    assertThat(UkDates.noSuchDay("28 Feb 2027", TODAY)).isEmpty();
    assertThat(UkDates.noSuchDay("29 February 2027 Seminar", TODAY)).isEmpty();
  }

  /** A day past its month's end is no day, and says which (it was only "couldn't read that"). */
  @Test
  void aDayPastItsMonthsEndIsNoDayAndSaysWhich() {
    for (String typed : new String[] {"31/04/2027", "31 April 2027", "31st Apr", "Fri 31 April"}) {
      assertThat(UkDates.day(typed, TODAY)).as(typed).isEmpty();
      assertThat(UkDates.noSuchDay(typed, TODAY))
          .as(typed)
          .contains(new UkDates.NoSuchDay(31, YearMonth.of(2027, 4)));
    }
    assertThat(UkDates.noSuchDay("30/02/2028", TODAY))
        .contains(new UkDates.NoSuchDay(30, YearMonth.of(2028, 2)));
    assertThat(UkDates.noSuchDay("31 June", LocalDate.of(2027, 6, 20)))
        .contains(new UkDates.NoSuchDay(31, YearMonth.of(2027, 6)));
    assertThat(UkDates.noSuchDay("30 April 2027", TODAY)).isEmpty();
    assertThat(UkDates.noSuchDay("32/01/2027", TODAY)).isEmpty();
    assertThat(UkDates.noSuchDay("31/13/2027", TODAY)).isEmpty();
    assertThat(UkDates.noSuchDay("31 April 2027 Seminar", TODAY)).isEmpty();
  }
}
