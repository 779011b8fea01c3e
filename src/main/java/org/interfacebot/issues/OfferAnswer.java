package org.interfacebot.issues;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an answer to "Shall I start raising one?" accepts: "yes" and what follows it ("yes
 * please", "yes, go ahead"), or only the words people type for yes ("ok", "sure", "yeah", "y", "go
 * ahead", "ok please"). Anything else turns the offer down, "yesterday the same happened again" and
 * "no thanks" included.
 */
final class OfferAnswer {

  private static final Pattern YES = Pattern.compile("yes\\b");

  /** Words that say yes on their own. */
  private static final Set<String> ACCEPTING =
      Set.of("y", "yeah", "yep", "yup", "sure", "ok", "okay", "go", "please");

  /** Words that may go with them: "go ahead", "please do", "ok, start it". */
  private static final Set<String> WITH =
      Set.of("ahead", "do", "it", "one", "start", "thanks", "thank", "you");

  private OfferAnswer() {}

  /** {@code word}: the answer in lower case, as {@link org.interfacebot.chat.ChatCommand#bare}. */
  static boolean accepts(String word) {
    if (YES.matcher(word).lookingAt()) {
      return true;
    }
    String[] words = word.replaceAll("[,.!]", " ").strip().split("\\s+");
    return Arrays.stream(words).anyMatch(ACCEPTING::contains)
        && Arrays.stream(words).allMatch(w -> ACCEPTING.contains(w) || WITH.contains(w));
  }
}
