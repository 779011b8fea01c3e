package org.interfacebot.chat;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every word the bot says, read from the message bundles under {@code i18n/} (en-GB by default). A
 * board changes the wording by editing a bundle; a translation is a bundle with a locale suffix and
 * {@code interface-bot.locale} set to it.
 *
 * <p>Every bundle value goes through {@link java.text.MessageFormat}: {@code {0}} is the first
 * argument, and a literal apostrophe is written twice ({@code don''t}). {@code TextsTest} fails the
 * build on a lone apostrophe or a key used in code that no bundle defines.
 */
@Component
public class Texts {

  private final MessageSource messages;
  private final Locale locale;

  public Texts(MessageSource messages, @Value("${interface-bot.locale:en-GB}") String locale) {
    this.messages = messages;
    this.locale = Locale.forLanguageTag(locale);
  }

  /** The text for {@code key} with its arguments filled in. */
  public String get(String key, Object... args) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException missing) {
      throw new IllegalStateException("No text in the message bundles for key " + key, missing);
    }
  }

  /** The text for {@code key} as a reply. */
  public Reply reply(String key, Object... args) {
    return Reply.text(get(key, args));
  }

  /** The words shown for a value such as a status or a choice. */
  public String label(Label value) {
    return get(value.labelKey());
  }

  /** The person's name as Teams gives it, or the bundle's word for someone unnamed. */
  public String name(Person person) {
    String name = person.name();
    return name == null || name.isBlank() ? get("chat.person.unnamed") : name;
  }

  public Locale locale() {
    return locale;
  }
}
