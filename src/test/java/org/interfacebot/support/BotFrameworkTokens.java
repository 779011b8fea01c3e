package org.interfacebot.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Stands in for the Bot Framework's token service: an OpenID metadata document and a JWKS with the
 * keys Teams signs with, and tokens signed like Teams' own. The SDK keeps the metadata URL and the
 * keys it fetched in static fields, so there is one of these per JVM and every test that sends a
 * token uses it.
 */
public final class BotFrameworkTokens {

  public static final String ISSUER = "https://api.botframework.com";
  public static final String APP_ID = "11111111-2222-3333-4444-555555555555";

  /** Published and endorsed for Teams. */
  public static final String TEAMS_KEY = "teams-key";

  /** Published, but endorsed only for Web Chat. */
  public static final String WEBCHAT_KEY = "webchat-key";

  private static final BotFrameworkTokens INSTANCE = new BotFrameworkTokens();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final KeyPair teams = rsa();
  private final KeyPair webchat = rsa();
  private final KeyPair stranger = rsa();

  private BotFrameworkTokens() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return switch (request.getPath()) {
              case "/.well-known/openid-configuration" -> json(metadata());
              case "/keys" -> json(keys());
              default -> new MockResponse().setResponseCode(404);
            };
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value for {@code interface-bot.bot.open-id-metadata}. */
  public static String metadataUrl() {
    return INSTANCE.server.url("/.well-known/openid-configuration").toString();
  }

  /** A token as Teams sends it for an activity from {@code serviceUrl}, valid for an hour. */
  public static String valid(String serviceUrl) {
    return signed(serviceUrl, UnaryOperator.identity());
  }

  /** A Teams token with some of its claims changed. */
  public static String signed(String serviceUrl, UnaryOperator<JWTCreator.Builder> change) {
    return "Bearer "
        + change.apply(claims(serviceUrl).withKeyId(TEAMS_KEY)).sign(rs256(INSTANCE.teams));
  }

  /** Signed with a key that is published but not endorsed for Teams. */
  public static String signedWithWebChatKey(String serviceUrl) {
    return "Bearer " + claims(serviceUrl).withKeyId(WEBCHAT_KEY).sign(rs256(INSTANCE.webchat));
  }

  /** Signed with a key nobody published, under the id of Teams' key. */
  public static String signedByAStranger(String serviceUrl) {
    return "Bearer " + claims(serviceUrl).withKeyId(TEAMS_KEY).sign(rs256(INSTANCE.stranger));
  }

  /** The claims of a valid token with {@code alg: none} and no signature. */
  public static String unsigned(String serviceUrl) {
    return "Bearer " + claims(serviceUrl).withKeyId(TEAMS_KEY).sign(Algorithm.none());
  }

  private static JWTCreator.Builder claims(String serviceUrl) {
    Instant now = Instant.now();
    return JWT.create()
        .withIssuer(ISSUER)
        .withAudience(APP_ID)
        .withClaim("serviceurl", serviceUrl)
        .withNotBefore(now.minusSeconds(60))
        .withIssuedAt(now.minusSeconds(60))
        .withExpiresAt(now.plusSeconds(3600));
  }

  private static Algorithm rs256(KeyPair pair) {
    return Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
  }

  private String metadata() {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("issuer", ISSUER);
    doc.put("jwks_uri", server.url("/keys").toString());
    doc.putArray("id_token_signing_alg_values_supported").add("RS256");
    return doc.toString();
  }

  private String keys() {
    ObjectNode doc = JSON.createObjectNode();
    var keys = doc.putArray("keys");
    keys.add(jwk(TEAMS_KEY, teams, "msteams"));
    keys.add(jwk(WEBCHAT_KEY, webchat, "webchat"));
    return doc.toString();
  }

  private static ObjectNode jwk(String kid, KeyPair pair, String endorsement) {
    var key = (RSAPublicKey) pair.getPublic();
    ObjectNode jwk = JSON.createObjectNode();
    jwk.put("kty", "RSA").put("use", "sig").put("kid", kid);
    jwk.put("n", base64Url(key.getModulus())).put("e", base64Url(key.getPublicExponent()));
    jwk.putArray("endorsements").add(endorsement);
    return jwk;
  }

  private static String base64Url(BigInteger number) {
    byte[] bytes = number.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static KeyPair rsa() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
