package dev.if4j.data.verl;

import static com.jerolba.carpet.model.FieldTypes.BOOLEAN;
import static com.jerolba.carpet.model.FieldTypes.DOUBLE;
import static com.jerolba.carpet.model.FieldTypes.LIST;
import static com.jerolba.carpet.model.FieldTypes.LONG;
import static com.jerolba.carpet.model.FieldTypes.STRING;
import static com.jerolba.carpet.model.FieldTypes.writeRecordModel;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.io.FileSystemOutputFile;
import com.jerolba.carpet.model.FieldType;
import com.jerolba.carpet.model.WriteRecordModelType;
import dev.if4j.data.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * verl rows as Parquet, through Carpet (parquet-mr). The schema is built at run time, because the
 * {@code kwargs} struct has one column per argument of the registries ({@link KwargsSchema}):
 *
 * <pre>
 * data_source: string
 * prompt: list&lt;struct&lt;role: string, content: string&gt;&gt;
 * ability: string
 * reward_model: struct&lt;style: string, ground_truth: struct&lt;instruction_id_list: list&lt;string&gt;, kwargs: list&lt;struct&lt;...&gt;&gt;&gt;&gt;
 * extra_info: struct&lt;key: int64 or string, split: string, index: int64, instruction_id_list, kwargs, prompt: string&gt;
 * </pre>
 *
 * <p>Rows are buffered one row group at a time (at most {@link #ROW_GROUP_BYTES}), so memory stays
 * bounded on any number of rows. The file's bytes depend only on the rows: parquet-mr writes no
 * time stamp.
 */
public final class VerlParquetSink implements TaskSink {
  /** Row-group size: small enough for a bounded heap, large enough for readers. */
  public static final long ROW_GROUP_BYTES = 32L << 20;

  /** The row as the model's accessors see it. */
  private record Row(Task task, String split, long index, String userMessage, Object key,
      List<KwargsRow> kwargs) {}

  /** One kwargs entry, already fitted to the schema's columns. */
  private record KwargsRow(Object[] values) {}

  private record Message(String role, String content) {}

  private final KwargsSchema schema;
  private final VerlOptions options;
  private final CarpetWriter<Row> writer;

  public VerlParquetSink(Path file, KwargsSchema schema, VerlOptions options) throws IOException {
    this.schema = schema;
    this.options = options;
    this.writer = new CarpetWriter.Builder<>(new FileSystemOutputFile(file.toFile()), Row.class)
        .withWriteRecordModel(model(schema, options))
        .withRowGroupSize(ROW_GROUP_BYTES)
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static WriteRecordModelType<Row> model(KwargsSchema schema, VerlOptions options) {
    WriteRecordModelType<KwargsRow> kw = writeRecordModel(KwargsRow.class);
    List<KwargsSchema.Column> cols = schema.columns();
    for (int i = 0; i < cols.size(); i++) {
      int at = i;
      FieldType type = switch (cols.get(i).kind()) {
        case LONG -> LONG;
        case DOUBLE -> DOUBLE;
        case STRING -> STRING;
        case BOOLEAN -> BOOLEAN;
        case STRING_LIST -> LIST.ofType(STRING);
      };
      kw.withField(cols.get(i).name(), type, k -> k.values()[at]);
    }
    FieldType kwList = LIST.ofType(kw);
    FieldType ids = LIST.ofType(STRING);
    WriteRecordModelType<Message> message = writeRecordModel(Message.class)
        .withField("role", STRING, Message::role)
        .withField("content", STRING, Message::content);
    WriteRecordModelType<Row> groundTruth = writeRecordModel(Row.class)
        .withField("instruction_id_list", ids, r -> r.task().instructionIds())
        .withField("kwargs", kwList, Row::kwargs);
    WriteRecordModelType<Row> rewardModel = writeRecordModel(Row.class)
        .withField("style", STRING, r -> "rule")
        .withField("ground_truth", groundTruth, r -> r);
    WriteRecordModelType<Row> extraInfo = writeRecordModel(Row.class)
        .withField("key", options.integerKeys() ? LONG : STRING, Row::key)
        .withField("split", STRING, Row::split)
        .withField("index", LONG, r -> r.index())
        .withField("instruction_id_list", ids, r -> r.task().instructionIds())
        .withField("kwargs", kwList, Row::kwargs)
        .withField("prompt", STRING, r -> r.task().prompt());
    return writeRecordModel(Row.class)
        .withField("data_source", STRING, r -> options.dataSource())
        .withField("prompt", LIST.ofType(message), r -> List.of(new Message("user", r.userMessage())))
        .withField("ability", STRING, r -> options.ability())
        .withField("reward_model", rewardModel, r -> r)
        .withField("extra_info", extraInfo, r -> r);
  }

  @Override
  public void write(Task task, String split, long index) throws IOException {
    List<KwargsRow> kwargs = new ArrayList<>(task.kwargs().size());
    List<KwargsSchema.Column> cols = schema.columns();
    for (int i = 0; i < task.kwargs().size(); i++) {
      Map<String, Object> m = task.kwargs().get(i);
      String id = task.instructionIds().get(i);
      Object[] values = new Object[cols.size()];
      for (Map.Entry<String, Object> e : m.entrySet()) schema.fit(id, e.getKey(), e.getValue());
      for (int c = 0; c < cols.size(); c++) {
        Object v = m.get(cols.get(c).name());
        values[c] = v == null ? null : schema.fit(id, cols.get(c).name(), v);
      }
      kwargs.add(new KwargsRow(values));
    }
    writer.write(new Row(task, split, index, options.userMessage(task.prompt()), VerlRows.key(task, options), kwargs));
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
