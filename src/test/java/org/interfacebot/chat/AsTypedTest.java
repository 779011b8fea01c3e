package org.interfacebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsTypedTest {

  private static final String ZWSP = "\u200B";

  @Test
  void linkAndTagMarkupIsMadeInertAndTheTextReadsAsTyped() {
    assertThat(AsTyped.shown("see [guidance](https://elsewhere.example)"))
        .isEqualTo("see [guidance]" + ZWSP + "(https://elsewhere.example)");
    assertThat(AsTyped.shown("[guidance][1] and [1]: https://x.example"))
        .isEqualTo("[guidance]" + ZWSP + "[1] and [1]" + ZWSP + ": https://x.example");
    assertThat(AsTyped.shown("![x](https://x.example/a.png) <a href=\"y\">z</a> <IMG src=y>"))
        .isEqualTo(
            "![x]"
                + ZWSP
                + "(https://x.example/a.png) <"
                + ZWSP
                + "a href=\"y\">z</a> <"
                + ZWSP
                + "IMG src=y>");
  }

  @Test
  void ordinaryTextIsUnchangedAndShowingTwiceChangesNothingMore() {
    String plain = "eGFR <30 [see notes] (page 2), `update IF-2027-0042 <what has happened>`";
    assertThat(AsTyped.shown(plain)).isEqualTo(plain);
    String once = AsTyped.shown("[a](b) <i>");
    assertThat(AsTyped.shown(once)).isEqualTo(once);
    assertThat(once.replace(ZWSP, "")).isEqualTo("[a](b) <i>");
  }
}
