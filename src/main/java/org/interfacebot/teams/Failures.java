package org.interfacebot.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Describes a failure for the log without its message, which may quote what a user wrote: the root
 * exception's type and where in our code it happened.
 */
final class Failures {

  private Failures() {}

  static Throwable root(Throwable failure) {
    Throwable root = failure;
    while ((root instanceof CompletionException || root instanceof ExecutionException)
        && root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * True when Teams could not take a request now but may later: 429, a 5xx, or no answer at all.
   * Anything else (a 4xx such as the bot having been removed) would fail again.
   */
  static boolean teamsUnavailable(Throwable failure) {
    Throwable root = root(failure);
    if (root instanceof ErrorResponseException error) {
      int status = status(error);
      return status == 0 || status == 429 || status >= 500;
    }
    for (Throwable cause = root; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when Teams refused the request for good: a 4xx such as 403 (the bot blocked or removed
   * from the conversation), 404 or 413, which would be refused again. Not 401 (the bot's own
   * credentials, which can be put right), 408 or 429.
   */
  static boolean refusedByTeams(Throwable failure) {
    if (root(failure) instanceof ErrorResponseException error) {
      int status = status(error);
      return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    }
    return false;
  }

  /** The HTTP status Teams answered with, or 0 when there was no answer. */
  static int status(ErrorResponseException error) {
    return error.response() == null ? 0 : error.response().code();
  }

  /** What Teams answered, for the log: "HTTP 413", or the failure's type when it did not answer. */
  static String answer(Throwable failure) {
    Throwable root = root(failure);
    return root instanceof ErrorResponseException error
        ? "HTTP " + status(error)
        : root.getClass().getSimpleName();
  }

  static String describe(Throwable failure) {
    Throwable root = root(failure);
    String where =
        Arrays.stream(root.getStackTrace())
            .filter(frame -> frame.getClassName().startsWith("org.interfacebot"))
            .findFirst()
            .map(
                frame ->
                    " at "
                        + frame.getClassName()
                        + "."
                        + frame.getMethodName()
                        + ":"
                        + frame.getLineNumber())
            .orElse("");
    return root.getClass().getName() + where;
  }
}
