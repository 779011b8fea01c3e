package org.interfacebot.meetings;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a minutes link: https only, and only hosts the board allows. Returns a reason to refuse.
 */
final class MinutesLink {

  private MinutesLink() {}

  static Optional<String> problem(String link, List<String> allowedHosts) {
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (java.net.URISyntaxException | NullPointerException notALink) {
      return Optional.of("That isn't a web link I can read.");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return Optional.of("Minutes links must start with https://, so they open securely.");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getUserInfo() != null || host.isEmpty()) {
      return Optional.of("That link has no proper host name.");
    }
    boolean allowed =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT).strip())
            .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    return allowed
        ? Optional.empty()
        : Optional.of(
            "Minutes must be on one of the board's sites (%s); %s is not one of them."
                .formatted(String.join(", ", allowedHosts), host));
  }
}
