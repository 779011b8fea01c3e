package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.interfacebot.support.BotFrameworkTokens;
import org.junit.jupiter.api.Test;

/**
 * With an app id configured, every request needs a valid token from Teams: anything else is 401.
 */
class AuthenticationIT extends AuthenticatedBotTest {

  private String message() {
    return activities.personalMessage("gp1", "Dr Morag Fraser", "help").toString();
  }

  private String serviceUrl() {
    return connector.serviceUrl();
  }

  private void assertRefused(String what, String authorization) {
    var response = post(message(), authorization);
    assertThat(response.status()).as(what).isEqualTo(401);
    assertThat(response.body())
        .as(what)
        .contains("Unauthorized")
        .doesNotContain("Exception", "at com.", "at org.", "at java.");
  }

  @Test
  void aValidTeamsTokenIsAcceptedAndTheBotAnswers() {
    var activity = activities.personalMessage("gp1", "Dr Morag Fraser", "help");

    var response = postSigned(activity);

    assertThat(response.status()).isBetween(200, 299);
    assertThat(connector.sent())
        .filteredOn(s -> activity.path("id").asText().equals(s.replyToId()))
        .isNotEmpty();
  }

  @Test
  void aMissingAuthorizationHeaderIs401() {
    assertRefused("no header", null);
  }

  @Test
  void aMalformedAuthorizationHeaderIs401Not500() {
    for (String header :
        new String[] {
          "Bearer",
          "garbage",
          "Bearer not.a.jwt",
          "Basic dXNlcjpwYXNz",
          "Bearer a b c",
          "Bearer ...",
          "Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln",
          "Bearer " + "A".repeat(5000)
        }) {
      assertRefused(header.length() > 40 ? header.substring(0, 40) : header, header);
    }
  }

  @Test
  void anUnsignedTokenIs401() {
    assertRefused("alg none", BotFrameworkTokens.unsigned(serviceUrl()));
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() {
    assertRefused("stranger's key", BotFrameworkTokens.signedByAStranger(serviceUrl()));
    assertRefused(
        "unknown key id",
        BotFrameworkTokens.signed(serviceUrl(), claims -> claims.withKeyId("no-such-key")));
  }

  @Test
  void aTokenForAnotherBotIs401() {
    assertRefused(
        "wrong audience",
        BotFrameworkTokens.signed(
            serviceUrl(), claims -> claims.withAudience("99999999-0000-0000-0000-000000000000")));
  }

  @Test
  void aTokenFromAnotherIssuerIs401() {
    assertRefused(
        "wrong issuer",
        BotFrameworkTokens.signed(
            serviceUrl(), claims -> claims.withIssuer("https://login.example.org")));
  }

  @Test
  void anExpiredTokenIs401() {
    assertRefused(
        "expired",
        BotFrameworkTokens.signed(
            serviceUrl(),
            claims ->
                claims
                    .withNotBefore(Instant.now().minusSeconds(7200))
                    .withIssuedAt(Instant.now().minusSeconds(7200))
                    .withExpiresAt(Instant.now().minusSeconds(3600))));
  }

  @Test
  void aTokenForAnotherServiceUrlIs401() {
    assertRefused(
        "other serviceurl",
        BotFrameworkTokens.signed(
            serviceUrl(), claims -> claims.withClaim("serviceurl", "https://evil.example.org/")));
    assertRefused(
        "no serviceurl",
        BotFrameworkTokens.signed(
            serviceUrl(), claims -> claims.withPayload(Map.of("serviceurl", ""))));
  }

  @Test
  void aKeyNotEndorsedForTeamsIs401() {
    assertRefused("webchat key", BotFrameworkTokens.signedWithWebChatKey(serviceUrl()));
  }

  @Test
  void nothingIsStoredOrSentForARefusedRequest() {
    post(message(), "Bearer not.a.jwt");
    post(message(), BotFrameworkTokens.signedByAStranger(serviceUrl()));
    post(message(), BotFrameworkTokens.unsigned(serviceUrl()));

    assertThat(jdbc.queryForObject("select count(*) from conversation_reference", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
    assertThat(connector.sent()).isEmpty();
  }
}
