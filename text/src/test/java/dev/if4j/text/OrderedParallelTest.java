package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
  private static OrderedParallel.Source<Integer> source(List<Integer> items) {
    Iterator<Integer> it = items.iterator();
    return () -> it.hasNext() ? it.next() : null;
  }

  private static int slowSquare(int i) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return i * i;
  }

  @Test
  void resultsComeInInputOrderWhateverOrderTheyFinishIn() throws Exception {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    for (int threads : new int[] {1, 4}) {
      List<Integer> out = new ArrayList<>();
      OrderedParallel.run(source(items), OrderedParallelTest::slowSquare, out::add, threads, 8);
      assertThat(out).isEqualTo(items.stream().map(i -> i * i).toList());
    }
  }

  @Test
  void anExceptionOfTheWorkEndsTheRunAfterTheResultsBeforeIt() {
    List<Integer> out = new ArrayList<>();
    assertThatThrownBy(() -> OrderedParallel.run(source(IntStream.range(0, 100).boxed().toList()), i -> {
      if (i == 50) throw new IllegalStateException("item 50");
      return slowSquare(i);
    }, out::add, 4, 8)).isInstanceOf(IllegalStateException.class).hasMessage("item 50");
    assertThat(out).isEqualTo(IntStream.range(0, 50).map(i -> i * i).boxed().toList());
  }
}
