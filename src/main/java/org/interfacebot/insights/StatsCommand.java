package org.interfacebot.insights;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Membership;

/**
 * {@code stats [this month | last month | last 3 months | 2026 | all]}: the group's figures as a
 * card with a chart. Anyone in the group's channel may ask; in a 1:1 chat, chairs and members of
 * the (one) group of the tenant ({@link Membership#confirmed}: a member missing from the list is
 * looked up in Teams). Read only.
 */
@org.springframework.stereotype.Component
class StatsCommand implements ChatCommand {

  private final Groups groups;
  private final Membership membership;
  private final StatsCards cards;
  private final Texts texts;
  private final Clock clock;

  StatsCommand(Groups groups, Membership membership, StatsCards cards, Texts texts, Clock clock) {
    this.groups = groups;
    this.membership = membership;
    this.cards = cards;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public List<String> words() {
    return List.of("stats", "statistics");
  }

  @Override
  public String usage() {
    return texts.get("insights.stats.usage");
  }

  @Override
  public String summary() {
    return texts.get("insights.stats.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  /** A period {@link Period#parse} reads: {@code stats 2026}, not {@code stats are not kept}. */
  @Override
  public boolean readsArgument(String argument) {
    return Period.parse(argument, clock.instant()).isPresent();
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(texts.reply("groups.which-group"));
    }
    long groupId = group.get().id();
    // Someone in the team but not on the member list is looked up in Teams, as for votes.
    if (turn.place().personal() && !membership.chairOrMember(groupId, turn)) {
      return List.of(texts.reply("insights.stats.not-a-member"));
    }
    var period = Period.parse(turn.rest(), clock.instant());
    if (period.isEmpty()) {
      return List.of(texts.reply("insights.stats.bad-period"));
    }
    return List.of(Reply.card(cards.card(group.get(), period.get())));
  }
}
