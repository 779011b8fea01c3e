package org.interfacebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PleasantryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hi                                        | GREETING
          Hello!                                    | GREETING
          good morning                              | GREETING
          good morning there interface bot          | GREETING
          Good morning there, Interface Bot!        | GREETING
          hello, hope you are well                  | GREETING
          Hi there, how's it going today?           | GREETING
          hey everyone, good afternoon              | GREETING
          hiya 👋                                   | GREETING
          thanks                                    | THANKS
          thank you very much interface bot         | THANKS
          Cheers, thanks for your help!             | THANKS
          hi, thanks so much, have a lovely day     | THANKS
          """)
  void aMessageOfOnlyGreetingsAndCourtesiesIsAPleasantry(String text, Pleasantry expected) {
    assertThat(Pleasantry.of(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hi, the discharge letters from ward 5 never list stopped medicines",
        "good morning, referrals to cardiology keep bouncing back",
        "hello 943 476 5919",
        "thanks but the letter never came",
        "how are you", // courteous, but no greeting: not greeted as one
        "raise",
        "my issues",
        "",
        "  !!  ",
      })
  void anyOtherWordMakesItSomethingElse(String text) {
    assertThat(Pleasantry.of(text)).isEmpty();
  }
}
