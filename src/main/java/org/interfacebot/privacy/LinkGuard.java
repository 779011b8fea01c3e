package org.interfacebot.privacy;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * The one check of every link a person gives the bot (a sense-check's document, a meeting's
 * minutes): https, of a sane length, without a user name or password, without a patient identifier,
 * and on one of the hosts the caller allows. A refusal is a sentence for the person that never
 * repeats the link.
 */
@Component
public class LinkGuard {

  /** Longer links do not fit where they are kept; sharing links are far shorter. */
  public static final int LENGTH_LIMIT = 1000;

  private static final int HOST_LIMIT = 253;

  private final PatientIdentifierGuard identifiers;

  public LinkGuard(PatientIdentifierGuard identifiers) {
    this.identifiers = identifiers;
  }

  /** Whether the text is one link with a scheme and a host, allowed or not. */
  public static boolean looksLikeLink(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(text.strip());
      return uri.getScheme() != null && (uri.getHost() != null || uri.getRawAuthority() != null);
    } catch (URISyntaxException notALink) {
      return false;
    }
  }

  /** Why the link is refused, for the person who gave it; empty when it may be kept and shown. */
  public Optional<String> problem(String link, List<String> allowedHosts, Texts texts) {
    String typed = link == null ? "" : link.strip();
    if (typed.isEmpty()) {
      return Optional.of(texts.get("privacy.link.unreadable"));
    }
    if (typed.length() > LENGTH_LIMIT) {
      return Optional.of(texts.get("privacy.link.too-long", LENGTH_LIMIT));
    }
    URI uri;
    try {
      uri = new URI(typed);
    } catch (URISyntaxException notALink) {
      return Optional.of(texts.get("privacy.link.unreadable"));
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return Optional.of(texts.get("privacy.link.not-https"));
    }
    String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
    if (uri.getRawUserInfo() != null || authority.contains("@")) {
      return Optional.of(texts.get("privacy.link.credentials"));
    }
    var verdict = identifiers.check(readable(typed));
    if (!verdict.clean()) {
      return Optional.of(texts.get("privacy.link.identifier", verdict.kindsInWords(texts)));
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || host.length() > HOST_LIMIT) {
      return Optional.of(texts.get("privacy.link.no-host"));
    }
    boolean allowed =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT).strip())
            .filter(h -> !h.isEmpty())
            .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    return allowed
        ? Optional.empty()
        : Optional.of(texts.get("privacy.link.not-allowed", String.join(", ", allowedHosts), host));
  }

  /**
   * The link as words: percent-escapes decoded and the characters links use between words ({@code _
   * + / ? & = #}) made spaces, so that "dob_12-03-1956" or "CHI%20943%20476%205919" reads as the
   * text it spells.
   */
  private static String readable(String link) {
    String decoded;
    try {
      decoded = URLDecoder.decode(link.replace("+", " "), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      decoded = link;
    }
    return decoded.replaceAll("[_+/?&=#]", " ");
  }
}
