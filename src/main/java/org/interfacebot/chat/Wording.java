package org.interfacebot.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a reply that names people was worded: its text's key and its arguments, each person among
 * them by key and name. Kept with the posted reply so that it can be worded again without a person
 * who asks to be forgotten ({@link Texts#say(Wording)}).
 */
public record Wording(String key, List<Part> parts) {

  public Wording {
    parts = List.copyOf(parts);
  }

  /** One argument of the text. */
  public sealed interface Part {}

  /** An argument that names nobody, as it was shown. */
  public record Plain(String text) implements Part {}

  /** A person, by the key they are known by and the name shown. */
  public record Named(String personKey, String name) implements Part {}

  /** A person who has since asked to be forgotten: no key, no name. */
  public record Forgotten() implements Part {}

  /** The keys of the people it still names. */
  public Set<String> personKeys() {
    var keys = new LinkedHashSet<String>();
    parts.forEach(
        part -> {
          if (part instanceof Named named) {
            keys.add(named.personKey());
          }
        });
    return keys;
  }

  /** The same wording with the people of these keys left out. */
  public Wording forgetting(Set<String> personKeys) {
    return new Wording(
        key,
        parts.stream()
            .map(
                part ->
                    part instanceof Named named && personKeys.contains(named.personKey())
                        ? new Forgotten()
                        : part)
            .toList());
  }
}
