package org.interfacebot.insights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Links that carry their own permission: the parameters, an expiry and an HMAC-SHA256 of both under
 * the configured secret. Nothing is stored; a changed parameter breaks the signature.
 */
@Component
class SignedLinks {

  enum Check {
    VALID,
    TAMPERED,
    EXPIRED
  }

  private final InsightsProperties properties;
  private final Clock clock;

  SignedLinks(InsightsProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The full URL of {@code path} with {@code parameters}, valid for {@code validFor}. */
  String link(String path, Map<String, String> parameters, Duration validFor) {
    var signed = new LinkedHashMap<>(parameters);
    signed.put("exp", Long.toString(clock.instant().plus(validFor).getEpochSecond()));
    signed.put("sig", signature(path, signed));
    return properties.base()
        + path
        + "?"
        + signed.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
  }

  /**
   * Checks the signature over {@code parameters} (which hold {@code exp} and {@code sig}) and then
   * the expiry: a tampered link is refused whatever its expiry says.
   */
  Check check(String path, Map<String, String> parameters) {
    var signed = new LinkedHashMap<>(parameters);
    String given = signed.remove("sig");
    String exp = signed.get("exp");
    if (given == null || exp == null || !exp.matches("\\d{1,12}")) {
      return Check.TAMPERED;
    }
    byte[] expected = signature(path, signed).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
      return Check.TAMPERED;
    }
    return clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(exp)))
        ? Check.EXPIRED
        : Check.VALID;
  }

  private String signature(String path, Map<String, String> parameters) {
    String payload =
        path
            + "?"
            + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
