package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class BadRequestIT extends BotConversationTest {

  @Test
  void malformedJsonGets400WithoutAStackTrace() {
    var response = post("{\"type\": \"message\", ", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .contains("not a valid Bot Framework activity")
        .doesNotContain("Exception", "at org.", "at com.");
  }

  @Test
  void jsonThatIsNotAnActivityGets400() {
    assertThat(post("[1,2,3]", null).status()).isEqualTo(400);
    assertThat(post("{\"text\":\"no type\"}", null).status()).isEqualTo(400);
    assertThat(post("", null).status()).isEqualTo(400);
  }
}
