package dev.if4j.constraints.iffunctions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Items converted in order up to the first one whose conversion raises. A Python loop that stops
 * early ({@code all}, {@code any}) raises on a bad item only when it gets that far; converting the
 * items before it lets a checker search for them all at once and still raise exactly when the
 * reference does.
 */
final class Converted<T> {
  private final List<T> values;
  private final ReferenceRaises failure;

  private Converted(List<T> values, ReferenceRaises failure) {
    this.values = values;
    this.failure = failure;
  }

  static <T> Converted<T> upToFirstFailure(List<Object> items, Function<Object, T> convert) {
    List<T> values = new ArrayList<>(items.size());
    for (Object item : items) {
      try {
        values.add(convert.apply(item));
      } catch (ReferenceRaises e) {
        return new Converted<>(values, e);
      }
    }
    return new Converted<>(values, null);
  }

  /** The converted items, those before the first failure. */
  List<T> values() {
    return values;
  }

  /** Raises what the first failing item raised, if any did. */
  void rethrow() {
    if (failure != null) throw failure;
  }
}
