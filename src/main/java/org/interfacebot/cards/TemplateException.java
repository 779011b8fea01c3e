package org.interfacebot.cards;

/** A template could not be parsed, or could not be expanded where the reference engine throws. */
public class TemplateException extends RuntimeException {

  public TemplateException(String message) {
    super(message);
  }

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
