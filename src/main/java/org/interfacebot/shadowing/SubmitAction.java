package org.interfacebot.shadowing;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** The offer or request form, sent: every field checked, then a match proposed if one fits. */
@Component
class SubmitAction implements CardAction {

  static final int FIELD_LIMIT = 200;
  static final int AVAILABILITY_LIMIT = 500;

  private final Shadowing shadowing;
  private final ShadowingCards cards;
  private final PatientIdentifierGuard guard;
  private final Texts texts;

  SubmitAction(
      Shadowing shadowing, ShadowingCards cards, PatientIdentifierGuard guard, Texts texts) {
    this.shadowing = shadowing;
    this.cards = cards;
    this.guard = guard;
    this.texts = texts;
  }

  @Override
  public String verb() {
    return "shadowing.submit";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    if (!turn.place().personal()) {
      throw refused("shadowing.refused.personal-only");
    }
    Kind kind =
        switch (data.path("kind").asText("")) {
          case "offer" -> Kind.OFFER;
          case "request" -> Kind.REQUEST;
          default -> throw refused("shadowing.refused.unknown-form");
        };
    String role = field(data, "role", FIELD_LIMIT, true, "shadowing.field.role");
    String specialty = field(data, "specialty", FIELD_LIMIT, false, "shadowing.field.specialty");
    String availability =
        field(data, "availability", AVAILABILITY_LIMIT, true, "shadowing.field.availability");
    Care care =
        Care.fromCode(data.path("care").asText(""))
            .orElseThrow(() -> refused("shadowing.refused.care"));
    var details = new Listing.Details(role, specialty, care, availability);
    String formId = data.path("form").asText("");
    formId = formId.isEmpty() || formId.length() > Listing.FORM_ID_LIMIT ? null : formId;
    Shadowing.Added added;
    try {
      added = shadowing.add(kind, turn.place().tenantId(), turn.from(), details, formId);
    } catch (DataIntegrityViolationException savedMeanwhile) {
      // Save clicked twice at once: the other click saved it; this one finds that listing.
      added = shadowing.add(kind, turn.place().tenantId(), turn.from(), details, formId);
    }
    String what = texts.get(kind == Kind.OFFER ? "shadowing.an-offer" : "shadowing.a-request");
    return Result.replaceWith(
        cards.notice(
            texts.get("shadowing.saved.title"),
            texts.get(
                added.matched() ? "shadowing.saved.matched" : "shadowing.saved.waiting",
                what,
                String.valueOf(added.listingId()))));
  }

  private String field(JsonNode data, String name, int limit, boolean required, String labelKey) {
    String value = data.path(name).asText("").strip();
    String label = texts.get(labelKey);
    if (value.isEmpty()) {
      if (required) {
        throw refused("shadowing.refused.missing", label);
      }
      return null;
    }
    if (value.length() > limit) {
      throw refused("shadowing.refused.too-long", label, limit);
    }
    var verdict = guard.check(value);
    if (!verdict.clean()) {
      throw new CardActionRefused(verdict.explanation(label, texts));
    }
    return value;
  }

  private CardActionRefused refused(String key, Object... args) {
    return new CardActionRefused(texts.get(key, args));
  }
}
