package org.interfacebot.governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * The privacy notice: what is collected, why, who sees it, for how long (from the retention policy)
 * and whom to ask. Shown at a person's first 1:1 conversation and by {@code privacy}.
 */
@Component
public class PrivacyNotice {

  private final CardCatalogue cards;
  private final NoticeData data;

  PrivacyNotice(
      CardCatalogue cards, RetentionPolicy retention, PrivacyContact contact, Texts texts) {
    this.cards = cards;
    this.data =
        new NoticeData(
            spoken(retention.anonymiseIssuesAfter(), texts),
            spoken(retention.deleteIssuesAfter(), texts),
            spoken(retention.keepVotersFor(), texts),
            spoken(retention.keepShadowingFor(), texts),
            contact.contact().isBlank()
                ? texts.get("governance.privacy.default-contact")
                : contact.contact());
  }

  public JsonNode card() {
    return cards.render("governance-privacy", data);
  }

  /** A period as people say it: 30 days, 12 months, 6 years. */
  static String spoken(Duration period, Texts texts) {
    long days = period.toDays();
    if (days >= 730) {
      return texts.get("governance.period.years", days / 365);
    }
    if (days >= 60) {
      return texts.get("governance.period.months", Math.round(days / 30.44));
    }
    return texts.get("governance.period.days", days);
  }

  record NoticeData(
      String anonymiseAfter,
      String deleteAfter,
      String votersKeptFor,
      String shadowingKeptFor,
      String contact) {}
}
