package org.interfacebot.teams;

import com.microsoft.bot.schema.Activity;
import java.util.function.Function;
import java.util.function.Supplier;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Members;
import org.springframework.stereotype.Component;

/**
 * A message to each chair of a group in 1:1, once each: a chair in the team through the team, a
 * chair by configuration only through their own chat with the bot; one with neither is skipped.
 */
@Component
class ChairMessages {

  private final Chairs chairs;
  private final Members members;
  private final ConversationReferences references;
  private final ProactiveMessenger messenger;
  private final SentMessages sent;

  ChairMessages(
      Chairs chairs,
      Members members,
      ConversationReferences references,
      ProactiveMessenger messenger,
      SentMessages sent) {
    this.chairs = chairs;
    this.members = members;
    this.references = references;
    this.messenger = messenger;
    this.sent = sent;
  }

  /** Sends {@code message} to each chair, recorded as sent under {@code onceKey} of their key. */
  void toEachChair(GroupInfo group, Function<String, String> onceKey, Supplier<Activity> message) {
    var everyMember = members.all(group.id());
    for (String chair : chairs.keys(group.id())) {
      var member = everyMember.stream().filter(m -> m.key().equals(chair)).findFirst();
      String personal = ConversationReferences.personalKey(chair);
      if (member.isEmpty() && references.find(personal).isEmpty()) {
        continue;
      }
      sent.once(
          onceKey.apply(chair),
          () -> {
            if (member.isPresent()) {
              messenger.sendToMember(member.get(), group.teamId(), message.get());
            } else {
              messenger.send(personal, message.get());
            }
          });
    }
  }
}
