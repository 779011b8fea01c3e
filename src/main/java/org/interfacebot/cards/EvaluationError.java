package org.interfacebot.cards;

/**
 * An expression evaluated to an error, as adaptive-expressions reports one: a string binding then
 * shows the expression's source text, a whole binding makes the expansion fail.
 */
final class EvaluationError extends RuntimeException {

  EvaluationError(String message) {
    super(message, null, false, false);
  }
}
