package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled expression. {@code substitute} says whether a missing property reads as its own {@code
 * ${path}} text (the reference's nullSubstitution) or as undefined. {@link #toString()} prints the
 * expression as adaptive-expressions does, for the text of a failed binding.
 */
interface Expr {

  /** Returns the value, Java null for undefined; throws {@link EvaluationError}. */
  JsonNode eval(Scope scope, boolean substitute);

  /** Adaptive-expressions' return type class, for parse-time argument checks. */
  default int returnType() {
    return ReturnType.OBJECT;
  }
}
