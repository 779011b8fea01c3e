package org.interfacebot.meetings;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interfacebot.chat.Texts;

/**
 * Checks a minutes link: https only, and only hosts the board allows. Returns a reason to refuse.
 */
final class MinutesLink {

  private MinutesLink() {}

  /** Whether the text is one link with a scheme and a host, allowed or not. */
  static boolean isLink(String text) {
    try {
      URI uri = new URI(text.strip());
      return !text.isBlank() && uri.getScheme() != null && uri.getHost() != null;
    } catch (java.net.URISyntaxException notALink) {
      return false;
    }
  }

  static Optional<String> problem(String link, List<String> allowedHosts, Texts texts) {
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (java.net.URISyntaxException | NullPointerException notALink) {
      return Optional.of(texts.get("meetings.link.unreadable"));
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return Optional.of(texts.get("meetings.link.not-https"));
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getUserInfo() != null || host.isEmpty()) {
      return Optional.of(texts.get("meetings.link.no-host"));
    }
    boolean allowed =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT).strip())
            .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    return allowed
        ? Optional.empty()
        : Optional.of(
            texts.get("meetings.link.not-allowed", String.join(", ", allowedHosts), host));
  }
}
