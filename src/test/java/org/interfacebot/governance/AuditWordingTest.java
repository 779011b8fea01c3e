package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.interfacebot.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** Every kind of audit entry has its words in the bundle (the keys are built from the action). */
class AuditWordingTest {

  @Test
  void everyActionHasItsSentence() throws IOException {
    var bundle = new Properties();
    try (var in = getClass().getResourceAsStream("/i18n/governance.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    assertThat(
            Arrays.stream(AuditAction.values())
                .map(a -> AuditWording.ACTION + a)
                .filter(key -> !bundle.containsKey(key)))
        .isEmpty();
    assertThat(bundle)
        .containsKeys(
            AuditWording.ACTION + "VOTE_CAST.anonymous",
            AuditWording.ACTION + "VOTE_CHANGED.anonymous",
            AuditWording.ACTION + "CLOSED.undecided");
  }
}
