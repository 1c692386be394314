package dev.if4j.constraints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** if4j's version, from the Maven project version (a filtered resource). */
public final class Version {
  private Version() {}

  private static final String VERSION = load();

  /** E.g. {@code 0.1.0}; {@code unknown} when run from classes that Maven did not filter. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) return "unknown";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
