package org.interfacebot.issues;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds open issues like a draft: same group and theme, and enough words in common, so that a
 * reporter can add their experience to an existing issue instead of raising a duplicate.
 */
@Component
class SimilarIssues {

  static final int MOST = 3;
  private static final double ENOUGH_IN_COMMON = 0.2;
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "the",
          "and",
          "for",
          "with",
          "are",
          "was",
          "were",
          "not",
          "but",
          "from",
          "have",
          "has",
          "that",
          "this",
          "they",
          "their",
          "there",
          "when",
          "what",
          "which",
          "who",
          "into",
          "our",
          "out",
          "patients",
          "patient",
          "been",
          "being",
          "can",
          "cannot",
          "does",
          "doesn",
          "don",
          "get",
          "gets",
          "got",
          "its",
          "just",
          "more",
          "than",
          "then",
          "them",
          "very",
          "will",
          "would",
          "should",
          "could",
          "after",
          "before",
          "about",
          "also",
          "only",
          "some",
          "any");

  private final IssueRepository issues;

  SimilarIssues(IssueRepository issues) {
    this.issues = issues;
  }

  /** Open issues of the draft's group and theme like it, raised by others than {@code person}. */
  @Transactional(readOnly = true)
  List<IssueSummary> to(RaiseDraft draft, String person) {
    if (draft.groupId() == null || draft.answer(Question.CATEGORY).isEmpty()) {
      return List.of();
    }
    Set<String> words =
        words(draft.answer(Question.TITLE) + " " + draft.answer(Question.DESCRIPTION));
    return issues
        .findByGroupIdAndCategoryAndStatusIn(draft.groupId(), draft.category(), IssueStatus.open())
        .stream()
        .map(Issue::summary)
        .filter(i -> !i.reporterKey().equals(person))
        .map(i -> new Scored(i, overlap(words, words(i.title() + " " + i.description()))))
        .filter(s -> s.score() >= ENOUGH_IN_COMMON)
        .sorted(Comparator.comparingDouble(Scored::score).reversed())
        .limit(MOST)
        .map(Scored::issue)
        .toList();
  }

  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !COMMON_WORDS.contains(w))
        .map(SimilarIssues::stem)
        .collect(Collectors.toSet());
  }

  /** Jaccard similarity of two word sets. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return (double) both.size() / either.size();
  }

  /** A light stem so that "letters" matches "letter" and "discharged" matches "discharge". */
  private static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && (word.endsWith("ed") || word.endsWith("es"))) {
      return word.substring(0, word.length() - 2).replaceAll("e$", "");
    }
    if (word.length() > 3 && word.endsWith("s")) {
      return word.substring(0, word.length() - 1).replaceAll("e$", "");
    }
    return word.replaceAll("e$", "");
  }

  private record Scored(IssueSummary issue, double score) {}
}
