package dev.if4j.data.verl;

import dev.if4j.data.Task;
import java.io.Closeable;
import java.io.IOException;

/** Where tasks go: a trainer's file format. Rows are written in the order given. */
public interface TaskSink extends Closeable {
  /**
   * Writes {@code task}; {@code split} ("train", "test", ...) and {@code index} (its position in
   * the split) go where the format keeps them.
   */
  void write(Task task, String split, long index) throws IOException;
}
