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

  private static final String IN_SENTENCE = ".in-sentence";

  private final MessageSource messages;
  private final Locale locale;

  public Texts(MessageSource messages, @Value("${interface-bot.locale:en-GB}") String locale) {
    this.messages = messages;
    this.locale = Locale.forLanguageTag(locale);
  }

  /**
   * The text for {@code key} with its arguments filled in. Text arguments are shown as typed
   * ({@link AsTyped}): a title or a comment that holds markdown link syntax reads as written, not
   * as a link.
   */
  public String get(String key, Object... args) {
    Object[] shown = args == null ? null : new Object[args.length];
    for (int i = 0; shown != null && i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? AsTyped.shown(text) : args[i];
    }
    try {
      return messages.getMessage(key, shown, locale);
    } catch (NoSuchMessageException missing) {
      throw new IllegalStateException("No text in the message bundles for key " + key, missing);
    }
  }

  /** The text for {@code key} as a reply. */
  public Reply reply(String key, Object... args) {
    return Reply.text(get(key, args));
  }

  /**
   * The text for {@code key} as a reply that names people: each {@link Person} among the arguments
   * is shown by name ({@link #name(Person)}) and kept by key in its {@link Wording}.
   */
  public Reply naming(String key, Object... args) {
    var parts =
        java.util.Arrays.stream(args)
            .map(
                arg ->
                    arg instanceof Person person
                        ? (Wording.Part) new Wording.Named(person.key(), name(person))
                        : new Wording.Plain(String.valueOf(arg)))
            .toList();
    var wording = new Wording(key, parts);
    return new Reply.Naming(say(wording), wording);
  }

  /**
   * The text of a wording: each person by name, and someone who asked to be forgotten as such. A
   * forgotten person who is its first word begins with a capital.
   */
  public String say(Wording wording) {
    Object[] args = wording.parts().stream().map(this::shown).toArray();
    String text = get(wording.key(), args);
    String forgotten = get("chat.person.forgotten");
    return text.startsWith(forgotten)
        ? Character.toUpperCase(text.charAt(0)) + text.substring(1)
        : text;
  }

  private String shown(Wording.Part part) {
    if (part instanceof Wording.Plain plain) {
      return plain.text();
    }
    return part instanceof Wording.Named named ? named.name() : get("chat.person.forgotten");
  }

  /** The words shown for a value such as a status or a choice. */
  public String label(Label value) {
    return get(value.labelKey());
  }

  /**
   * The words shown for a value, in lower case for the middle of a sentence ("the prescribing
   * meeting"), except words written all in capitals, which are abbreviations: "IT and digital"
   * stays as it is, not "it and digital". A value whose label would not read in the middle of a
   * sentence has its own words there, under its label key followed by {@code .in-sentence}: the
   * theme Other is "the other topics meeting", not "the other meeting".
   */
  public String inSentence(Label value) {
    String own = messages.getMessage(value.labelKey() + IN_SENTENCE, null, null, locale);
    return own != null ? own : inSentence(label(value));
  }

  /** As {@link #inSentence(Label)}, for words already read from the bundle. */
  public String inSentence(String shown) {
    String[] words = shown.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean abbreviation =
          word.codePoints().filter(Character::isLetter).count() > 1
              && word.equals(word.toUpperCase(locale));
      if (!abbreviation) {
        words[i] = word.toLowerCase(locale);
      }
    }
    return String.join(" ", words);
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
