package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/** A function or operator applied to its argument expressions. */
final class Call implements Expr {

  final String name;
  final Builtin function;
  final Expr[] args;

  Call(String name, Builtin function, Expr[] args) {
    this.name = name;
    this.function = function;
    this.args = args;
  }

  @Override
  public JsonNode eval(Scope scope, boolean substitute) {
    return function.body().apply(args, scope, substitute);
  }

  @Override
  public int returnType() {
    return function.returnType();
  }

  @Override
  public String toString() {
    boolean infix = !Character.isLetter(name.charAt(0)) && args.length >= 2;
    StringBuilder text = new StringBuilder(infix ? "" : name).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        text.append(infix ? " " + name + " " : ", ");
      }
      text.append(args[i]);
    }
    return text.append(')').toString();
  }
}
