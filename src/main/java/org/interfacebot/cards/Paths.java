package org.interfacebot.cards;

import java.util.ArrayList;
import java.util.List;

/** Builds the accumulated paths of member accesses, as adaptive-expressions' Accessor does. */
final class Paths {

  private Paths() {}

  static PathAccess member(Expr instance, String name) {
    List<PathAccess.Step> steps = new ArrayList<>();
    Expr base = unfold(instance, steps);
    steps.add(new PathAccess.Step(name, null));
    return new PathAccess(base, steps, instance + "." + name);
  }

  /** Adds the steps of a member or element chain to {@code steps}; returns what it starts from. */
  private static Expr unfold(Expr expr, List<PathAccess.Step> steps) {
    if (expr instanceof PathAccess path) {
      Expr base = path.base();
      steps.addAll(path.steps());
      return base;
    }
    if (expr instanceof ElementAccess element) {
      Expr base = unfold(element.instance(), steps);
      steps.add(new PathAccess.Step(null, element.index()));
      return base;
    }
    return expr;
  }
}
