package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTextTest {

  @Test
  void oneLetterWrongMissedAddedOrTwoSwappedIsOneSlip() {
    assertThat(HelpText.oneSlipApart("hlep", "help")).isTrue();
    assertThat(HelpText.oneSlipApart("stauts", "status")).isTrue();
    assertThat(HelpText.oneSlipApart("agend", "agenda")).isTrue();
    assertThat(HelpText.oneSlipApart("agendaa", "agenda")).isTrue();
    assertThat(HelpText.oneSlipApart("chsirs", "chairs")).isTrue();
  }

  @Test
  void theSameWordOrTwoSlipsIsNot() {
    assertThat(HelpText.oneSlipApart("help", "help")).isFalse();
    assertThat(HelpText.oneSlipApart("hpel", "help")).isFalse();
    assertThat(HelpText.oneSlipApart("dance", "raise")).isFalse();
    assertThat(HelpText.oneSlipApart("stat", "status")).isFalse();
  }
}
