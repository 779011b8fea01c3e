package org.interfacebot.shadowing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/**
 * {@code shadowing [offer | request | withdraw <number>]} in 1:1: the form to offer or request a
 * session, withdrawing one, or (alone) one's offers, requests and matches.
 */
@Component
class ShadowingCommand implements ChatCommand {

  private final Shadowing shadowing;
  private final ListingRemovals removals;
  private final ShadowingCards cards;
  private final Texts texts;

  ShadowingCommand(
      Shadowing shadowing, ListingRemovals removals, ShadowingCards cards, Texts texts) {
    this.shadowing = shadowing;
    this.removals = removals;
    this.cards = cards;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("shadowing", "shadow");
  }

  @Override
  public String usage() {
    return texts.get("shadowing.command.usage");
  }

  @Override
  public String summary() {
    return texts.get("shadowing.command.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  /** {@code shadowing} with one of the words {@link #handle} knows. */
  @Override
  public boolean isExactly(String text) {
    String[] typed = ChatCommand.normalised(text).split(" ", 2);
    return words().contains(typed[0])
        && (typed.length == 1 || typed[1].matches("list|offer|request|withdraw( #?\\d+)?"));
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String[] words = turn.rest().toLowerCase(Locale.ROOT).split("\\s+", 2);
    return switch (words[0]) {
      case "", "list" -> List.of(Reply.text(list(turn.from().key())));
      case "offer" -> List.of(Reply.card(cards.form(Kind.OFFER)));
      case "request" -> List.of(Reply.card(cards.form(Kind.REQUEST)));
      case "withdraw" -> List.of(withdraw(turn, words.length > 1 ? words[1].strip() : ""));
      default -> List.of(texts.reply("shadowing.unknown", usage()));
    };
  }

  private Reply withdraw(Turn turn, String number) {
    long id;
    try {
      id = Long.parseLong(number.startsWith("#") ? number.substring(1) : number);
    } catch (NumberFormatException notANumber) {
      return texts.reply("shadowing.withdraw.which");
    }
    return removals.withdraw(turn.from().key(), id)
        ? texts.reply("shadowing.withdraw.done", String.valueOf(id))
        : texts.reply("shadowing.withdraw.not-yours");
  }

  private String list(String personKey) {
    var listings = shadowing.listingsOf(personKey);
    if (listings.isEmpty()) {
      return texts.get("shadowing.list.none");
    }
    var lines = new ArrayList<String>();
    for (Kind kind : Kind.values()) {
      var ofKind = listings.stream().filter(l -> l.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        lines.add(
            texts.get(kind == Kind.OFFER ? "shadowing.list.offers" : "shadowing.list.requests"));
        ofKind.forEach(
            l ->
                lines.add(
                    texts.get(
                        "shadowing.list.item",
                        String.valueOf(l.id()),
                        cards.describe(l),
                        l.availability())));
      }
    }
    var matches = shadowing.matchesOf(personKey);
    if (!matches.isEmpty()) {
      lines.add(texts.get("shadowing.list.matches"));
      for (var match : matches) {
        var side = shadowing.sideOf(match.id(), personKey).orElseThrow();
        var other =
            shadowing
                .listing(side == Kind.OFFER ? match.requestId() : match.offerId())
                .orElseThrow();
        lines.add(
            texts.get("shadowing.list.match", cards.describe(other), state(match, side, other)));
      }
    }
    lines.add(texts.get("shadowing.list.withdraw"));
    return String.join("\n\n", lines);
  }

  private String state(ShadowingMatch match, Kind side, Listing other) {
    return switch (match.state()) {
      case AGREED -> texts.get("shadowing.state.agreed", texts.name(other.person()));
      case DECLINED -> texts.get("shadowing.state.declined");
      case PROPOSED ->
          match.acceptedBy(side)
              ? texts.get("shadowing.state.waiting-other")
              : texts.get("shadowing.state.waiting-you");
    };
  }
}
