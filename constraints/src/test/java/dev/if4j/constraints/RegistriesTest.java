package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.constraints.mifeval.Mifeval;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistriesTest {
  @Test
  void autoKnowsEveryIdOfEveryRegistryWithTheSameTypes() {
    Registry auto = Registries.byName(Registries.AUTO);
    for (Registry r : List.of(IfEval.registry(), IfBench.registry(), IfEvalG.registry(), Mifeval.registry())) {
      for (String id : r.ids()) {
        // M-IFEval's and lm-eval's es: ids share names, not semantics: neither is in auto.
        if (id.startsWith("es:")) {
          assertThat(auto.contains(id)).as(id).isFalse();
        } else {
          assertThat(auto.get(id)).as(id + " from " + r.name()).isSameAs(r.get(id));
        }
      }
    }
    long spanish = Mifeval.registry().ids().stream().filter(id -> id.startsWith("es:")).count();
    assertThat(auto.ids()).hasSize(25 + 58 + 29 + Mifeval.registry().ids().size() - (int) spanish);
  }

  @Test
  void registriesHaveTheirReferenceSizes() {
    assertThat(Registries.byName("ifeval").ids()).hasSize(25);
    assertThat(Registries.byName("ifbench").ids()).hasSize(25 + 58);
    assertThat(Registries.byName("ifevalg").ids()).hasSize(25 + 29);
    // M-IFEval en, es (number_sentences refused: trained spaCy), fr, ja; lm-eval's copies: 30 ids each.
    assertThat(Registries.byName("mifeval").ids()).hasSize(25 + 29 + 30 + 33);
    assertThat(Registries.byName("lmeval-es").ids()).hasSize(29).allMatch(id -> id.startsWith("es:"));
    assertThat(Registries.byName("lmeval-ca").ids()).hasSize(29).allMatch(id -> id.startsWith("ca:"));
    assertThat(Registries.byName("mifeval-fixed").ids()).hasSize(25 + 29 + 30 + 33);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Registries.byName("ifevl"))
        .hasMessage("unknown registry 'ifevl'; known: auto, auto-fixed, ifbench, ifbench-fixed, ifeval, ifeval-fixed, ifevalg, ifevalg-fixed,"
            + " lmeval-ca, lmeval-ca-fixed, lmeval-es, lmeval-es-fixed, mifeval, mifeval-fixed, multiif, multiif-fixed");
  }

  @Test
  void aVersionIsNamedByCommitOrAliasAndBuiltFromItsNeighbour() {
    assertThat(Registries.byName("ifbench@2025-07-paper").name()).isEqualTo("ifbench@8a66c06");
    assertThat(Registries.byName("ifbench@8a66c069755e98b8d0871829751da9fd7b6ce8f0").name())
        .isEqualTo("ifbench@8a66c06");
    assertThat(Registries.byName("ifbench@leaderboard-2025-11").name()).isEqualTo("ifbench@c62b347");
    assertThat(Registries.byName("ifevalg@if-rlvr-paper").name()).isEqualTo("ifevalg@2a088f7dc");
    assertThat(Registries.byName("ifeval@45e9105-provisional").name()).isEqualTo("ifeval@45e9105");
    // A version's fixed flavour: its checkers, every fix that applies.
    Registry fixed = Registries.byName("ifbench@2025-07-paper-fixed");
    assertThat(fixed.name()).isEqualTo("ifbench@8a66c06-fixed");
    assertThat(fixed.fixes()).contains("ratio-needs-sentences");
    assertThat(Stamp.of(fixed, ResourceStore.offline(Path.of("."))).upstream())
        .containsExactly("ifbench@8a66c06 (allenai/IFBench, 2025-07-02)");
    // The pinned version is the plain registry.
    assertThat(Registries.byName("ifbench@0.2.0")).isSameAs(Registries.byName("ifbench"));
    // Only what changed is overridden: an untouched checker is the pinned one's type.
    assertThat(Registries.byName("ifbench@8a66c06").get("format:line_indent"))
        .isSameAs(Registries.byName("ifbench").get("format:line_indent"));
    assertThat(Registries.byName("ifbench@8a66c06").get("count:pronouns"))
        .isNotSameAs(Registries.byName("ifbench").get("count:pronouns"));
  }

  @Test
  void aVersionRefusesTheIdsItLackedNamingTheVersionThatAddedThem() {
    Registry paper = Registries.byName("ifbench@8a66c06");
    assertThat(paper.ids()).hasSize(58);
    assertThat(paper.contains("punctuation:no_comma")).isFalse();
    assertThatThrownBy(() -> paper.get("punctuation:no_comma"))
        .isInstanceOf(UnknownInstructionException.class)
        .hasMessageContaining("not in registry ifbench@8a66c06")
        .hasMessageContaining("b281f8d").hasMessageContaining("ifbench@db69a6f (0.2.0)");
  }

  @Test
  void anUnknownVersionListsTheKnownOnes() {
    assertThatThrownBy(() -> Registries.byName("ifbench@2024"))
        .hasMessageContaining("unknown version '2024' of ifbench")
        .hasMessageContaining("8a66c06 (2025-07-paper");
    assertThatThrownBy(() -> Registries.byName("nope@8a66c06")).hasMessageContaining("unknown registry 'nope'");
  }

  @Test
  void theStampNamesTheUpstreamVersions() {
    ResourceStore store = ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources"));
    assertThat(Stamp.of(Registries.byName("ifbench@c62b347"), store).upstream())
        .containsExactly("ifbench@c62b347 (allenai/IFBench, 2025-11-11)");
    assertThat(Stamp.of(Registries.byName("ifbench"), store).upstream())
        .containsExactly("ifbench@db69a6f (allenai/IFBench, 2026-08-19)");
    assertThat(Stamp.of(Registries.byName("auto"), store).upstream()).hasSize(3);
    assertThat(Stamp.of(Registries.byName("ifbench@8e6a9be"), store).toMap().get("upstream"))
        .isEqualTo(List.of("ifbench@8e6a9be (allenai/IFBench, 2026-01-04)"));
  }
}
