package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hazard log is a claim that each control is proven by a test: this keeps the claim true by
 * failing the build when a named test class or method does not exist.
 */
class HazardLogTest {

  private static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");
  private static final Pattern ROW = Pattern.compile("^\\|\\s*(H\\d+)\\s*\\|.*$");
  private static final Pattern TEST = Pattern.compile("`([A-Z]\\w*)#(\\w+)`");

  record Hazard(String id, List<String> tests) {}

  static List<Hazard> hazards(String markdown) {
    var hazards = new ArrayList<Hazard>();
    for (String line : markdown.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String[] cells = line.split("\\|");
      String lastCell = cells[cells.length - 1];
      var tests = new ArrayList<String>();
      Matcher test = TEST.matcher(lastCell);
      while (test.find()) {
        tests.add(test.group(1) + "#" + test.group(2));
      }
      hazards.add(new Hazard(row.group(1), tests));
    }
    return hazards;
  }

  @Test
  void everyHazardNamesTestsThatExist() throws Exception {
    var hazards = hazards(Files.readString(LOG));
    var testClasses = testClassesBySimpleName();

    assertThat(hazards).hasSizeGreaterThanOrEqualTo(7);
    for (Hazard hazard : hazards) {
      assertThat(hazard.tests()).as("tests named by %s", hazard.id()).isNotEmpty();
      for (String test : hazard.tests()) {
        String className = test.substring(0, test.indexOf('#'));
        String method = test.substring(test.indexOf('#') + 1);
        assertThat(testClasses)
            .as("%s names test class %s", hazard.id(), className)
            .containsKey(className);
        Class<?> type = Class.forName(testClasses.get(className));
        assertThat(Arrays.stream(type.getDeclaredMethods()).map(m -> m.getName()))
            .as("%s names test method %s", hazard.id(), test)
            .contains(method);
      }
    }
  }

  @Test
  void aMisspelledTestIsNoticed() {
    var hazards = hazards("| H99 | x | x | x | low | minor | x | `NoSuchIT#nothing` |");

    assertThat(hazards).containsExactly(new Hazard("H99", List.of("NoSuchIT#nothing")));
    assertThat(testClassesBySimpleName()).doesNotContainKey("NoSuchIT");
  }

  private static Map<String, String> testClassesBySimpleName() {
    try {
      Path root =
          Path.of(HazardLogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .map(f -> root.relativize(f).toString())
            .filter(f -> f.endsWith(".class") && !f.contains("$"))
            .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
            .collect(
                Collectors.toMap(
                    name -> name.substring(name.lastIndexOf('.') + 1), name -> name, (a, b) -> a));
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot list the test classes", e);
    }
  }
}
