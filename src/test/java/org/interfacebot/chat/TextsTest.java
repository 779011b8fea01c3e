package org.interfacebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The message bundles: every key the code asks for exists, and every value formats cleanly. */
class TextsTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "(?:texts\\.(?:get|reply)|notAChair|gate\\.chair\\(turn,)\\(?\\s*\"([a-z0-9.\\-]+)\"\\s*[,)]");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyBundleIsListedInTheConfiguration() throws IOException {
    String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
    Matcher basename = Pattern.compile("basename: (\\S+)").matcher(yaml);
    assertThat(basename.find()).isTrue();
    Set<String> configured = new TreeSet<>(Arrays.asList(basename.group(1).split(",")));
    try (Stream<Path> files = Files.list(BUNDLES)) {
      Set<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("[a-z-]+\\.properties"))
              .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(configured).isEqualTo(present);
    }
  }

  @Test
  void everyValueFormatsWithoutLosingAnApostrophe() {
    List<String> bad = new ArrayList<>();
    bundle()
        .forEach(
            (key, value) -> {
              String text = value.toString();
              if (LONE_APOSTROPHE.matcher(text).find()) {
                bad.add(key + " has a lone apostrophe (write it twice)");
              }
              try {
                new MessageFormat(text);
              } catch (IllegalArgumentException broken) {
                bad.add(key + ": " + broken.getMessage());
              }
            });
    assertThat(bad).isEmpty();
  }

  @Test
  void everyKeyTheCodeAsksForIsInABundle() throws IOException {
    Properties bundle = bundle();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
        while (key.find()) {
          if (!bundle.containsKey(key.group(1))) {
            missing.add(source.getFileName() + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyLabelOfEveryEnumIsInABundle() throws ClassNotFoundException {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Label.class));
    Properties bundle = bundle();
    List<String> enums = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (var definition : scanner.findCandidateComponents("org.interfacebot")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      if (type.isEnum()) {
        enums.add(type.getSimpleName());
        for (Object constant : type.getEnumConstants()) {
          String key = ((Label) constant).labelKey();
          if (!bundle.containsKey(key)) {
            missing.add(type.getSimpleName() + "." + constant + ": " + key);
          }
        }
      }
    }
    assertThat(enums)
        .contains("IssueStatus", "Category", "TriageChoice", "ResultsVisibility", "IdentifierKind");
    assertThat(missing).isEmpty();
  }

  /** A literal where a person reads it: a reply, a refusal, a proactive message, a problem. */
  private static final Pattern HARD_CODED =
      Pattern.compile(
          "(?:(?:Reply\\.text|new CardActionRefused|sendActivity|MessageFactory\\.text"
              + "|Checked\\.refused|Optional\\.of)\\(|messenger\\.say\\([^,()]+,)\\s*\"[^\"]*[A-Za-z]{2}");

  @Test
  void noReplyIsWrittenInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher literal = HARD_CODED.matcher(Files.readString(source));
        while (literal.find()) {
          found.add(source.getFileName() + ": " + literal.group());
        }
      }
    }
    assertThat(found).as("put user-facing text in the bundles and use Texts").isEmpty();
  }

  private static Properties bundle() {
    Properties all = new Properties();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          Properties one = new Properties();
          one.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          all.putAll(one);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
