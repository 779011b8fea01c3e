package org.interfacebot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The bundles as application.yml configures them, for tests that build objects without Spring. */
public final class TestTexts {

  private TestTexts() {}

  public static Texts enGb() {
    return in("en-GB");
  }

  /** The bundles in another locale, as with {@code interface-bot.locale} set to {@code tag}. */
  public static Texts in(String tag) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return new Texts(source, tag);
  }

  static String[] basenames() {
    try {
      String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
      Matcher basename = Pattern.compile("basename: (\\S+)").matcher(yaml);
      if (!basename.find()) {
        throw new IllegalStateException("application.yml has no spring.messages.basename");
      }
      return basename.group(1).split(",");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
