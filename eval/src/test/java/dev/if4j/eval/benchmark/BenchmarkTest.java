package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkTest {
  @Test
  void itsOwnRegistryWithFixesOrAtAnotherVersionIsStillItsOwn() {
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifeval")).isTrue();
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifeval-fixed")).isTrue();
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifeval+ratio-needs-sentences")).isTrue();
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifeval@v1")).isTrue();
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifevalg")).isFalse();
    assertThat(Benchmark.IFEVAL.ownsRegistry("ifbench")).isFalse();
    assertThat(Benchmark.IFBENCH.ownsRegistry("ifeval")).isFalse();
  }
}
