package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The prompt templates of the LLM steps. Defaults are bundled; a directory given by the user may
 * hold any of the files {@code augment.txt}, {@code funcs.txt}, {@code backtranslate.txt}, {@code
 * nli.txt}, {@code respond.txt}, {@code score.txt} to replace the bundled one.
 *
 * <p>A template names its slots as {@code {name}}. Only the slot names of its kind are replaced, so
 * JSON examples with braces can be written as they are; a value put into a slot is never scanned
 * again, so a query that happens to contain {@code {response}} stays as written.
 */
public final class Prompts {
  /** The kinds of prompt and the slots each must have. */
  public enum Kind {
    AUGMENT("augment", List.of("seeds")),
    FUNCS("funcs", List.of("instruction")),
    BACKTRANSLATE("backtranslate", List.of("functions")),
    NLI("nli", List.of("premise", "hypothesis")),
    RESPOND("respond", List.of("instruction", "query")),
    SCORE("score", List.of("instruction", "query", "response"));

    final String file;
    final List<String> slots;

    Kind(String file, List<String> slots) {
      this.file = file;
      this.slots = slots;
    }

    public String fileName() {
      return file + ".txt";
    }

    public List<String> slots() {
      return slots;
    }
  }

  private final Map<Kind, String> templates;

  private Prompts(Map<Kind, String> templates) {
    this.templates = templates;
  }

  /** The bundled templates. */
  public static Prompts defaults() {
    Map<Kind, String> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) m.put(k, bundled(k));
    return new Prompts(m);
  }

  /** The bundled templates, each replaced by {@code dir/NAME.txt} where that file exists. */
  public static Prompts withOverrides(Path dir) throws IOException {
    if (dir == null) return defaults();
    if (!Files.isDirectory(dir)) throw InputProblemException.atLine(dir.toString(), 0, null,
        "the prompts directory does not exist");
    Map<Kind, String> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      Path f = dir.resolve(k.fileName());
      if (Files.isRegularFile(f)) {
        String t = Files.readString(f, StandardCharsets.UTF_8);
        for (String slot : k.slots) {
          if (!t.contains("{" + slot + "}")) {
            throw InputProblemException.atLine(f.toString(), 0, null, "the template has no {" + slot + "} slot (a "
                + k.file + " prompt needs " + String.join(", ", k.slots.stream().map(s -> "{" + s + "}").toList()) + ")");
          }
        }
        m.put(k, t);
      } else {
        m.put(k, bundled(k));
      }
    }
    return new Prompts(m);
  }

  public String template(Kind kind) {
    return templates.get(kind);
  }

  /** The prompt of {@code kind} with its slots filled; {@code values} alternates slot names and values. */
  public String render(Kind kind, String... values) {
    if (values.length != kind.slots.size() * 2) throw new IllegalArgumentException("slots of " + kind + ": " + kind.slots);
    return fill(templates.get(kind), values);
  }

  static String fill(String template, String... values) {
    StringBuilder out = new StringBuilder(template.length() + 256);
    int i = 0;
    int n = template.length();
    outer:
    while (i < n) {
      char c = template.charAt(i);
      if (c == '{') {
        for (int v = 0; v < values.length; v += 2) {
          String name = values[v];
          int end = i + 1 + name.length();
          if (end < n && template.charAt(end) == '}' && template.startsWith(name, i + 1)) {
            out.append(Objects.requireNonNull(values[v + 1], name));
            i = end + 1;
            continue outer;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String bundled(Kind k) {
    try (InputStream in = Prompts.class.getResourceAsStream("prompts/" + k.fileName())) {
      if (in == null) throw new IllegalStateException("prompt template " + k.fileName() + " missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
