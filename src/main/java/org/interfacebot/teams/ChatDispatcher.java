package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.ChatDialog;
import org.interfacebot.chat.FreeText;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/**
 * Decides who answers a turn: an active dialog, a command by its first word, or a card action by
 * its verb. {@code help} and {@code cancel} work everywhere, also in the middle of a dialog (there
 * as the whole message, so that a sentence starting with either is an answer), and a whole command
 * typed in the middle of a dialog is the dialog's to refuse.
 */
@Component
class ChatDispatcher {

  private final Map<String, ChatCommand> commands;
  private final Map<String, ChatDialog> dialogs;
  private final Map<String, CardAction> actions;
  private final List<FreeText> freeText;
  private final HelpText help;
  private final Texts texts;

  ChatDispatcher(
      List<ChatCommand> commands,
      List<ChatDialog> dialogs,
      List<CardAction> actions,
      List<FreeText> freeText,
      HelpText help,
      Texts texts) {
    this.texts = texts;
    this.freeText = freeText;
    this.commands =
        commands.stream()
            .flatMap(c -> c.words().stream().map(w -> Map.entry(w, c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    this.dialogs = index(dialogs, ChatDialog::name);
    this.actions = index(actions, CardAction::verb);
    this.help = help;
  }

  private static <T> Map<String, T> index(List<T> handlers, Function<T, String> key) {
    return handlers.stream().collect(Collectors.toUnmodifiableMap(key, h -> h));
  }

  /**
   * A dialog's answer or a command refused with a message for the person before anything changed
   * (an issue reference two of their groups share, a draft that cannot be submitted) gets that
   * message, as a card action would.
   */
  List<Reply> message(Turn typed) {
    String text = typed.text().isBlank() ? typed.value().path("answer").asText("") : typed.text();
    var dialog = typed.memory().activeDialog().map(dialogs::get);
    var alone = dialog.isEmpty() ? commandAlone(text) : Optional.<String>empty();
    Turn turn = alone.map(typed::withText).orElse(typed);
    String answer = alone.orElse(text);
    // Read without the full stop a phone adds ("Raise.", "Help.", "My issues."); handed on as
    // typed.
    String bare = ChatCommand.bare(answer);
    String word = firstWord(bare);
    // In a dialog only the word itself: "help needed with discharge letters" is an answer.
    if (word.equals("help") && (dialog.isEmpty() || bare.equals("help"))) {
      var replies = new ArrayList<>(help.forPlace(turn.place().where()));
      dialog.ifPresent(d -> replies.add(Reply.text(d.help(turn))));
      return replies;
    }
    if (bare.equals("cancel")) {
      turn.memory().clear();
      return List.of(
          Reply.text(
              dialog
                  .map(ChatDialog::cancelled)
                  .orElseGet(() -> texts.get("teams.nothing-to-cancel"))));
    }
    if (dialog.isPresent()) {
      try {
        return commandInstead(turn, bare)
            .flatMap(command -> dialog.get().commandTyped(turn, command))
            .orElseGet(() -> dialog.get().answer(turn, answer));
      } catch (CardActionRefused refused) {
        return List.of(Reply.text(refused.getMessage()));
      }
    }
    ChatCommand command = command(bare);
    if (command == null || command.mayBeASentence(answer)) {
      var offered = freeText(turn, answer, command != null);
      if (offered.isPresent() || command == null) {
        return offered.orElseGet(() -> help.unknown(turn.place().where(), answer));
      }
    }
    if (!command.where().contains(turn.place().where())) {
      return List.of(Reply.text(help.wrongPlace(command)));
    }
    try {
      return command.handle(turn);
    } catch (CardActionRefused refused) {
      return List.of(Reply.text(refused.getMessage()));
    }
  }

  CardAction.Result action(Turn turn, String verb, JsonNode data) {
    CardAction action = actions.get(verb == null ? "" : verb);
    if (action == null) {
      throw new CardActionRefused(texts.get("teams.unknown-button"));
    }
    return action.handle(turn, data);
  }

  /**
   * A whole command with nothing after it but a question mark or full stop ({@code chairs?}, {@code
   * Agenda.}), as the command alone. Only then: punctuation at the end of an argument (a reason, an
   * outcome) is the person's own and is kept.
   */
  private Optional<String> commandAlone(String text) {
    String typed = text.strip();
    String alone = typed.replaceAll("[.!?]+$", "").strip();
    if (alone.equals(typed) || alone.isEmpty()) {
      return Optional.empty();
    }
    String words = ChatCommand.normalised(alone);
    ChatCommand command = command(words);
    boolean bare =
        words.equals("help")
            || (command != null
                && (command.words().contains(words)
                    || ChatCommand.normalised(command.usage()).equals(words)));
    return bare ? Optional.of(alone) : Optional.empty();
  }

  /** What the first free-text handler that takes the text answers. */
  private Optional<List<Reply>> freeText(Turn turn, String text, boolean startsWithCommand) {
    return freeText.stream()
        .filter(handler -> !startsWithCommand || handler.takesSentencesStartingWithACommand())
        .map(handler -> handler.offer(turn, text))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private ChatCommand command(String text) {
    return commands.getOrDefault(firstTwoWords(text), commands.get(firstWord(text)));
  }

  /** A whole command that works here, typed where a dialog expects an answer ({@code bare}). */
  private Optional<ChatCommand> commandInstead(Turn turn, String bare) {
    return Optional.ofNullable(command(bare))
        .filter(c -> c.where().contains(turn.place().where()) && c.isExactly(bare));
  }

  /** Two-word commands ({@code my data}) win over the one-word command they start with. */
  private static String firstTwoWords(String text) {
    return String.join(
        " ",
        java.util.Arrays.stream(text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
            .limit(2)
            .toList());
  }

  private static String firstWord(String text) {
    return Turn.firstWordOf(text);
  }
}
