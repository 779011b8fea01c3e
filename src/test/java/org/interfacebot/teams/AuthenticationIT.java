package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** With an app id configured, every request needs a valid token: anything else is a 401. */
@TestPropertySource(
    properties = {
      "interface-bot.bot.app-id=11111111-2222-3333-4444-555555555555",
      "interface-bot.bot.app-password=not-a-real-secret",
      "spring.datasource.url=jdbc:h2:mem:auth;DB_CLOSE_DELAY=-1"
    })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationIT extends BotConversationTest {

  private String message() {
    return activities.personalMessage("gp1", "Dr Morag Fraser", "raise").toString();
  }

  @Test
  void aMissingAuthorizationHeaderIs401() {
    var response = post(message(), null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void aMalformedAuthorizationHeaderIs401Not500() {
    for (String header :
        new String[] {
          "Bearer", "garbage", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "Bearer a b c"
        }) {
      var response = post(message(), header);
      assertThat(response.status()).as(header).isEqualTo(401);
      assertThat(response.body()).as(header).doesNotContain("Exception", "at com.");
    }
  }

  @Test
  void nothingIsStoredForARefusedRequest() {
    post(message(), "Bearer not.a.jwt");
    assertThat(jdbc.queryForObject("select count(*) from conversation_reference", Integer.class))
        .isZero();
    assertThat(connector.sent()).isEmpty();
  }
}
