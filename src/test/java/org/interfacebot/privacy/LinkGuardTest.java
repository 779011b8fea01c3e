package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.chat.TestTexts;
import org.interfacebot.chat.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkGuardTest {

  private static final Texts TEXTS = TestTexts.enGb();
  private static final List<String> HOSTS = List.of("nhsscotland.sharepoint.com");
  private static final String SITE = "https://nhsscotland.sharepoint.com/sites/interface/";
  private final LinkGuard guard = new LinkGuard(new PatientIdentifierGuard());

  private String refusal(String link) {
    return guard.problem(link, HOSTS, TEXTS).orElseThrow();
  }

  @Test
  void httpsLinksOnAnAllowedHostOrItsSubdomainsPass() {
    assertThat(guard.problem(SITE + "m.docx", HOSTS, TEXTS)).isEmpty();
    assertThat(guard.problem("https://grampian.nhsscotland.sharepoint.com/m", HOSTS, TEXTS))
        .isEmpty();
    assertThat(guard.problem(SITE + "Minutes%2014%20January%202027.docx?web=1", HOSTS, TEXTS))
        .isEmpty();
  }

  @Test
  void otherSchemesAndHostsAreRefused() {
    assertThat(refusal("http://nhsscotland.sharepoint.com/m"))
        .isEqualTo("Links must start with https://, so they open securely.");
    assertThat(refusal("javascript:alert(1)"))
        .isEqualTo("Links must start with https://, so they open securely.");
    assertThat(refusal("https://evil.example.com/nhsscotland.sharepoint.com"))
        .isEqualTo(
            "Links must be to one of the board's sites (nhsscotland.sharepoint.com);"
                + " evil.example.com is not one of them.");
    assertThat(refusal("https://nhsscotland.sharepoint.com.evil.io/m"))
        .contains("nhsscotland.sharepoint.com.evil.io is not one of them");
    assertThat(refusal("not a link at all")).isEqualTo("That isn't a web link I can read.");
    assertThat(refusal("  ")).isEqualTo("That isn't a web link I can read.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user@nhsscotland.sharepoint.com/m",
        "https://ann:secret@nhsscotland.sharepoint.com/m",
        "https://ann:secret@evil.example.com/m",
        "https://nhsscotland.sharepoint.com:pw@evil.example.com/m"
      })
  void aUserNameOrPasswordIsRefusedWithoutRepeatingIt(String link) {
    assertThat(refusal(link))
        .isEqualTo(
            "That link has a user name or password in it (before the @). Please give the link"
                + " without them: I have not kept it.")
        .doesNotContain("secret", "ann", "evil");
  }

  @Test
  void aLinkLongerThanCanBeKeptIsRefused() {
    String padded = SITE + "a".repeat(LinkGuard.LENGTH_LIMIT - SITE.length());
    assertThat(guard.problem(padded, HOSTS, TEXTS)).isEmpty();
    assertThat(refusal(padded + "a"))
        .isEqualTo(
            "That link is longer than 1,000 characters. Please give a shorter one, such as the"
                + " document's sharing link.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SITE + "referral-943-476-5919.docx",
        SITE + "referral%20943%20476%205919.docx",
        SITE + "letter?patient=9434765919",
        SITE + "notes_dob_12-03-1956.docx",
        "https://9434765919.example.com/m"
      })
  void aPatientIdentifierAnywhereInTheLinkIsRefusedWithoutRepeatingIt(String link) {
    assertThat(refusal(link))
        .startsWith("That link seems to contain ")
        .endsWith(
            "Please give a link without anything that could identify a patient (rename the"
                + " document if its name has it): I have not kept the link.")
        .doesNotContain("943", "1956", "example.com");
  }

  @Test
  void onlyALinkWithASchemeAndAHostLooksLikeOne() {
    assertThat(LinkGuard.looksLikeLink("https://evil.example.com/m")).isTrue();
    assertThat(LinkGuard.looksLikeLink("of the ward round are never sent")).isFalse();
    assertThat(LinkGuard.looksLikeLink("status")).isFalse();
  }
}
