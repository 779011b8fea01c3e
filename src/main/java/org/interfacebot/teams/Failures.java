package org.interfacebot.teams;

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
