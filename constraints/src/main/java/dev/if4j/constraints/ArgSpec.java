package dev.if4j.constraints;

import java.util.Objects;

/** One argument a constraint type accepts: its name, JSON type and what it means. */
public record ArgSpec(String name, ArgType type, String doc) {
  public ArgSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(doc);
  }

  public static ArgSpec integer(String name, String doc) {
    return new ArgSpec(name, ArgType.INT, doc);
  }

  public static ArgSpec string(String name, String doc) {
    return new ArgSpec(name, ArgType.STRING, doc);
  }

  public static ArgSpec stringList(String name, String doc) {
    return new ArgSpec(name, ArgType.STRING_LIST, doc);
  }
}
