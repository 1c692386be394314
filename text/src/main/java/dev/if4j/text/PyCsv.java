package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code csv.reader(io.StringIO(text), delimiter=d)} as CPython 3.11 reads it: the {@code excel}
 * dialect (quote character {@code "}, doubled quotes inside quoted fields, no escape character, no
 * skipping of initial spaces, {@code strict=False}) with a chosen delimiter.
 *
 * <p>Checkers that count CSV rows and fields depend on the reader's lenient corners, so these are
 * reproduced rather than "fixed":
 *
 * <ul>
 *   <li>{@code io.StringIO} hands the reader lines cut at {@code \n} only; a {@code \r} ends a
 *       record, and anything but another line break after it on the same line is an error
 *       ("new-line character seen in unquoted field"), so {@code "a\rb"} does not parse at all.
 *   <li>A blank line is a record with no fields ({@code []}), not a record with one empty field.
 *   <li>A quote in the middle of an unquoted field is an ordinary character ({@code a"b"}); text
 *       after a closing quote is appended to the field ({@code "a"b} reads {@code ab}).
 *   <li>An unclosed quote runs to the end of the input, line breaks included, and the field is kept.
 *   <li>A field longer than {@link #FIELD_LIMIT} code points is an error, whatever its row.
 *   <li>NUL is an ordinary character (it was an error before Python 3.11).
 * </ul>
 *
 * <p>Rows are read one at a time ({@link #reader}) so that a caller that only needs to know
 * whether there are more than N rows can stop early; {@link #readAll} is {@code list(reader)}.
 * Time is linear in the text.
 */
public final class PyCsv {
  private PyCsv() {}

  /** {@code csv.field_size_limit()}'s default: the longest field, in code points. */
  public static final int FIELD_LIMIT = 131072;

  /** Python's {@code csv.Error}: the text is not CSV the reader accepts. */
  public static final class CsvError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CsvError(String message) {
      super(message);
    }
  }

  /** A reader over {@code text} with the excel dialect and {@code delimiter}. */
  public static Reader reader(String text, char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("unusable delimiter " + (int) delimiter);
    }
    return new Reader(Objects.requireNonNull(text), delimiter);
  }

  /** {@code list(csv.reader(io.StringIO(text), delimiter=delimiter))}; throws {@link CsvError}. */
  public static List<List<String>> readAll(String text, char delimiter) {
    Reader r = reader(text, delimiter);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row; (row = r.next()) != null; ) rows.add(row);
    return rows;
  }

  private enum State {
    START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL
  }

  /** Successive records of one text. Not thread-safe. */
  public static final class Reader {
    /** The end of a line, as the C reader signals it (no character of the text has this value). */
    private static final int EOL = -2;

    private final String text;
    private final char delimiter;
    private int pos;
    private int lineNumber;
    private State state;
    private List<String> fields;
    private final StringBuilder field = new StringBuilder();
    private int fieldCodePoints;

    private Reader(String text, char delimiter) {
      this.text = text;
      this.delimiter = delimiter;
    }

    /** How many input lines have been read so far ({@code reader.line_num}). */
    public int lineNumber() {
      return lineNumber;
    }

    /** The next record, or {@code null} when the text is used up; throws {@link CsvError}. */
    public List<String> next() {
      fields = new ArrayList<>();
      field.setLength(0);
      fieldCodePoints = 0;
      state = State.START_RECORD;
      int n = text.length();
      do {
        if (pos >= n) {
          // Input ends inside a quoted field (the only state a record can be left in after an
          // end of line): the field so far is kept, as strict=False does.
          if (fieldCodePoints != 0 || state == State.IN_QUOTED_FIELD) {
            saveField();
            break;
          }
          return null;
        }
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? n : nl + 1;
        lineNumber++;
        for (int i = pos; i < end; i++) process(text.charAt(i));
        pos = end;
        process(EOL);
      } while (state != State.START_RECORD);
      List<String> row = fields;
      fields = null;
      return row;
    }

    private void process(int c) {
      switch (state) {
        case START_RECORD -> {
          if (c == EOL) return; // a blank line: the record [] is returned
          if (c == '\n' || c == '\r') {
            state = State.EAT_CRNL;
            return;
          }
          state = State.START_FIELD;
          startField(c);
        }
        case START_FIELD -> startField(c);
        case IN_FIELD -> {
          if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
          } else if (c == delimiter) {
            saveField();
            state = State.START_FIELD;
          } else {
            addChar((char) c);
          }
        }
        case IN_QUOTED_FIELD -> {
          if (c == EOL) return;
          if (c == '"') state = State.QUOTE_IN_QUOTED_FIELD;
          else addChar((char) c);
        }
        case QUOTE_IN_QUOTED_FIELD -> {
          if (c == '"') {
            addChar('"');
            state = State.IN_QUOTED_FIELD;
          } else if (c == delimiter) {
            saveField();
            state = State.START_FIELD;
          } else if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
          } else {
            addChar((char) c);
            state = State.IN_FIELD;
          }
        }
        case EAT_CRNL -> {
          if (c == '\n' || c == '\r') return;
          if (c == EOL) {
            state = State.START_RECORD;
            return;
          }
          throw new CsvError("new-line character seen in unquoted field - do you need to open"
              + " the file in universal-newline mode?");
        }
      }
    }

    private void startField(int c) {
      if (c == '\n' || c == '\r' || c == EOL) {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
      } else if (c == '"') {
        state = State.IN_QUOTED_FIELD;
      } else if (c == delimiter) {
        saveField();
      } else {
        addChar((char) c);
        state = State.IN_FIELD;
      }
    }

    private void addChar(char c) {
      // The limit counts code points: the low half of a surrogate pair is not a new one.
      int len = field.length();
      boolean continuesPair =
          Character.isLowSurrogate(c) && len > 0 && Character.isHighSurrogate(field.charAt(len - 1));
      if (!continuesPair) {
        if (fieldCodePoints >= FIELD_LIMIT) {
          throw new CsvError("field larger than field limit (" + FIELD_LIMIT + ")");
        }
        fieldCodePoints++;
      }
      field.append(c);
    }

    private void saveField() {
      fields.add(field.toString());
      field.setLength(0);
      fieldCodePoints = 0;
    }
  }
}
