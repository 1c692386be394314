package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.text.PyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedConstraintTest {
  private static List<Registry> registries() {
    List<Registry> out = new ArrayList<>();
    for (Registry r : List.of(IfEval.registry(), IfBench.registry(), IfEvalG.registry())) {
      out.add(r);
      out.add(Fixes.fixed(r));
    }
    return out;
  }

  /**
   * An instance of {@code t}: its arguments drawn as prompt synthesis draws them, where some must be
   * given (a prompt to repeat...), every argument set to a value of its type, which echoes the
   * prompt where the type wants that.
   */
  private static Constraint build(ConstraintType t) {
    try {
      return t.create(BuildContext.drawingFrom(Args.of(t.id(), Map.of()), new PyRandom(0)));
    } catch (ArgumentException drawnIsNotEnough) {
      Map<String, Object> given = new java.util.LinkedHashMap<>();
      for (ArgSpec a : t.args()) {
        given.put(a.name(), switch (a.type()) {
          case INT -> 2L;
          case NUMBER -> 0.5;
          case BOOLEAN -> true;
          case STRING_LIST -> List.of("repeat");
          case STRING, ANY -> "Repeat this request.";
        });
      }
      return t.create(BuildContext.drawingFrom(Args.of(t.id(), given), new PyRandom(0)));
    }
  }

  /** The inherited args() answers "no arguments": only a type that declares none may keep it. */
  @Test
  void everyTypeWithArgumentsReportsThem() throws NoSuchMethodException {
    List<String> forgotten = new ArrayList<>();
    int checked = 0;
    for (Registry r : registries()) {
      for (ConstraintType t : r.types()) {
        Constraint c = build(t);
        if (!(c instanceof TypedConstraint)) continue;
        checked++;
        boolean inherits = c.getClass().getMethod("args").getDeclaringClass() == TypedConstraint.class;
        if (inherits && !t.args().isEmpty()) forgotten.add(r.name() + " " + t.id());
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(forgotten).as("types that declare arguments but inherit the empty args()").isEmpty();
  }

  @Test
  void theIdIsTheTypes() {
    for (Registry r : registries()) {
      for (ConstraintType t : r.types()) {
        Constraint c = build(t);
        assertThat(c.id()).isEqualTo(t.id());
      }
    }
  }

  @Test
  void aFactoryOfTypeHandsEachConstraintTheTypeBuildingIt() {
    ConstraintType fr = sharedClass("fr:x");
    ConstraintType ja = sharedClass("ja:x");
    assertThat(fr.create(Args.of("fr:x", Map.of())).id()).isEqualTo("fr:x");
    assertThat(ja.create(Args.of("ja:x", Map.of())).id()).isEqualTo("ja:x");
  }

  private static ConstraintType sharedClass(String id) {
    return ConstraintType.define(id).factoryOfType((type, ctx) -> new TypedConstraint(type) {
      @Override
      public String describe() {
        return id;
      }

      @Override
      public Verdict check(dev.if4j.text.TextView response) {
        return Verdict.of(true);
      }
    });
  }
}
