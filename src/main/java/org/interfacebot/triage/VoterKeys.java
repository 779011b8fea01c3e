package org.interfacebot.triage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a voter is kept with their vote. In a group that votes anonymously, only a keyed hash is
 * stored: it keeps one vote per member (and lets them change it) but nobody, the chair included,
 * can read from the database who chose what.
 */
@Component
class VoterKeys {

  private static final String ANONYMOUS = "anon:";
  private final SecretKeySpec secret;

  VoterKeys(@Value("${interface-bot.triage.voter-secret}") String secret) {
    this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String stored(String personKey, boolean anonymous) {
    return anonymous ? ANONYMOUS + hash(personKey) : personKey;
  }

  /** Whether a stored key is a voter's keyed hash, so that their choice is not theirs to show. */
  static boolean hidden(String storedKey) {
    return storedKey.startsWith(ANONYMOUS);
  }

  private String hash(String personKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return HexFormat.of().formatHex(mac.doFinal(personKey.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is not available", impossible);
    }
  }
}
