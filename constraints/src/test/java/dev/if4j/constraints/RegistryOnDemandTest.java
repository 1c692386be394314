package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Registry#withMoreOnDemand}: the registry's own ids are looked up without making the rest;
 * everything else sees the whole table, made once, in order.
 */
class RegistryOnDemandTest {
  private final AtomicInteger made = new AtomicInteger();

  /** IFBench's own types (those IFEval lacks), counting how often they are asked for. */
  private Supplier<Collection<ConstraintType>> ifBenchOwn() {
    return () -> {
      made.incrementAndGet();
      List<ConstraintType> out = new ArrayList<>();
      for (ConstraintType t : IfBench.registry().types()) {
        if (!IfEval.registry().contains(t.id())) out.add(t);
      }
      return out;
    };
  }

  @Test
  void ownIdsAreLookedUpWithoutMakingTheRest() {
    Registry union = IfEval.registry().withMoreOnDemand("union", ifBenchOwn());
    for (String id : IfEval.registry().ids()) {
      assertThat(union.get(id)).isSameAs(IfEval.registry().get(id));
      assertThat(union.contains(id)).isTrue();
    }
    assertThat(made).hasValue(0);
    assertThat(union.name()).isEqualTo("union");
  }

  @Test
  void anythingElseSeesTheWholeTableMadeOnce() {
    Registry union = IfEval.registry().withMoreOnDemand("union", ifBenchOwn());
    assertThat(union.get("count:pronouns")).isSameAs(IfBench.registry().get("count:pronouns"));
    assertThat(union.contains("words:alphabet")).isTrue();
    assertThat(union.ids()).hasSize(25 + 58).startsWith(IfEval.registry().ids().toArray(String[]::new));
    assertThat(union.types()).hasSize(25 + 58);
    assertThatThrownBy(() -> union.get("count:pronoun")).isInstanceOf(UnknownInstructionException.class)
        .hasMessageContaining("count:pronouns");
    assertThat(made).hasValue(1);
    // Its flavours and fixed forms see the whole table too.
    assertThat(union.withFixes("union-fixed", List.of()).ids()).isEqualTo(union.ids());
  }

  @Test
  void anIdTheRegistryHasIsRefusedWhenTheRestIsMade() {
    Registry clash = IfEval.registry().withMoreOnDemand("clash", () -> List.of(IfEval.registry().get("punctuation:no_comma")));
    assertThat(clash.get("punctuation:no_comma")).isSameAs(IfEval.registry().get("punctuation:no_comma"));
    assertThatThrownBy(clash::ids).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("punctuation:no_comma is already in ifeval");
  }
}
