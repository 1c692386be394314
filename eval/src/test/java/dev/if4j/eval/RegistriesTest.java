package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistriesTest {
  @Test
  void autoKnowsEveryIdOfEveryRegistryWithTheSameTypes() {
    Registry auto = Registries.byName(Registries.AUTO);
    for (Registry r : List.of(IfEval.registry(), IfBench.registry(), IfEvalG.registry())) {
      for (String id : r.ids()) {
        assertThat(auto.get(id)).as(id + " from " + r.name()).isSameAs(r.get(id));
      }
    }
    assertThat(auto.ids()).hasSize(25 + 58 + 29);
  }

  @Test
  void registriesHaveTheirReferenceSizes() {
    assertThat(Registries.byName("ifeval").ids()).hasSize(25);
    assertThat(Registries.byName("ifbench").ids()).hasSize(25 + 58);
    assertThat(Registries.byName("ifevalg").ids()).hasSize(25 + 29);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Registries.byName("ifevl"))
        .hasMessage("unknown registry 'ifevl'; known: auto, auto-fixed, ifbench, ifbench-fixed, ifeval, ifeval-fixed, ifevalg, ifevalg-fixed");
  }
}
