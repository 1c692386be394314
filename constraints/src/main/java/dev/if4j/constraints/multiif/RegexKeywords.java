package dev.if4j.constraints.multiif;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IncludeKeywords;
import dev.if4j.constraints.ifeval.KeywordFrequency;
import dev.if4j.constraints.versions.Overrides;
import dev.if4j.text.PyRepr;
import java.util.List;
import java.util.Optional;

/**
 * Where Multi-IF's keyword checkers meet a keyword that is no valid Python regular expression
 * ({@link PyRegexSyntax}; the reference hands keywords to {@code re}): {@code keywords:frequency}
 * catches the error and is not followed; {@code keywords:existence} raises, which aborts Multi-IF's
 * evaluation, so if4j marks it {@link Verdict#referenceRaises}. Valid keywords are judged by Google's
 * checkers (matched literally, see {@link KeywordFrequency}).
 */
final class RegexKeywords {
  private RegexKeywords() {}

  static final ConstraintType FREQUENCY = Overrides.sameArgs(KeywordFrequency.TYPE, ctx -> {
    Constraint c = KeywordFrequency.TYPE.create(ctx);
    String keyword = (String) c.args().get("keyword");
    return PyRegexSyntax.error(keyword)
        .<Constraint>map(error -> new FixedVerdict(c, Verdict.notFollowed(() -> "keyword " + PyRepr.repr(keyword)
            + " is not a valid regular expression (" + error + "): Multi-IF counts it as not followed")))
        .orElse(c);
  });

  static final ConstraintType EXISTENCE = Overrides.sameArgs(IncludeKeywords.TYPE, ctx -> {
    Constraint c = IncludeKeywords.TYPE.create(ctx);
    @SuppressWarnings("unchecked")
    List<String> keywords = (List<String>) c.args().get("keywords");
    for (String k : keywords) {
      Optional<String> error = PyRegexSyntax.error(k);
      if (error.isPresent()) {
        return new FixedVerdict(c, Verdict.referenceRaises("re.error: " + error.get() + " (keyword " + PyRepr.repr(k) + ")"));
      }
    }
    return c;
  });
}
