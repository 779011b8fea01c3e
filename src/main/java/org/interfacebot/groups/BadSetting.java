package org.interfacebot.groups;

/** A typed settings change the bot cannot apply; {@code key} words why, with {@code args}. */
final class BadSetting extends IllegalArgumentException {

  private final String key;
  private final transient Object[] args;

  BadSetting(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args;
  }

  String key() {
    return key;
  }

  Object[] args() {
    return args.clone();
  }
}
