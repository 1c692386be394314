package dev.if4j.cli;

import dev.if4j.data.verl.ParquetRows;
import dev.if4j.text.io.JsonlLines;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file of rows: JSONL, or Parquet (verl's rows, lighteval's details) read row by row as
 * JSON lines, so that every command reads either as it is. In errors about a Parquet file the
 * line number is the row number, and the name says so.
 */
final class InputFiles {
  private InputFiles() {}

  static JsonlLines open(Path file) throws IOException {
    if (ParquetRows.isParquet(file)) {
      return new JsonlLines(file + " (Parquet; lines are rows)", ParquetRows.asJsonLines(file));
    }
    return JsonlLines.open(file);
  }
}
