package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.BuildContext;
import dev.if4j.text.PyFloat;
import java.math.BigInteger;

/**
 * A numeric argument as the reference holds it: a Python {@code int} or a Python {@code float}.
 *
 * <p>IFBench's own rows give most counts as JSON floats ({@code "N": 5.0}); the reference never
 * converts them, so its descriptions print {@code 5.0} and its comparisons mix ints and floats.
 * Keeping the kind the row gave (rather than reading every number as a long) is what makes the
 * descriptions and {@code get_instruction_args} come out as the reference's. Comparisons with a
 * count are exact either way: a count is an {@code int}, which a double holds exactly.
 *
 * <p>Integers beyond a long are clamped for comparison (no count comes near them) but printed as
 * given.
 */
record NumberArg(long asLong, double asDouble, boolean isFloat, Number given) {

  /** The spec of a numeric argument: any JSON number, as the reference takes any. */
  static ArgSpec spec(String name, String doc) {
    return new ArgSpec(name, ArgType.NUMBER, doc);
  }

  /** An int the constraint drew or computed. */
  static NumberArg ofInt(long v) {
    return new NumberArg(v, v, false, v);
  }

  /** A float the constraint computed. */
  static NumberArg ofFloat(double v) {
    return new NumberArg((long) v, v, true, v);
  }

  /** The argument {@code key} as given, or {@code null} when absent. */
  static NumberArg given(BuildContext ctx, String key) {
    Object raw = ctx.args().raw(key);
    if (raw == null) return null;
    if (raw instanceof Double d) return ofFloat(d);
    if (raw instanceof Long l) return ofInt(l);
    if (raw instanceof BigInteger b) {
      long clamped = b.bitLength() < 64 ? b.longValue() : b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
      return new NumberArg(clamped, b.doubleValue(), false, b);
    }
    if (raw instanceof Number n) return ofFloat(n.doubleValue());
    throw ctx.args().invalid(key, "expected a number");
  }

  /**
   * The argument {@code key}, or {@code random.randint(low, high)} when it is absent or negative:
   * the reference's {@code if x is None or x < 0} rule.
   */
  static NumberArg givenOrDraw(BuildContext ctx, String key, int low, int high) {
    NumberArg n = given(ctx, key);
    return n == null || n.isNegative() ? ofInt(ctx.randint(low, high)) : n;
  }

  /** The value as a double (what a comparison with a float ratio sees). */
  double value() {
    return asDouble;
  }

  /** {@code x < 0} (false for NaN, as in Python). */
  boolean isNegative() {
    return isFloat ? asDouble < 0 : asLong < 0;
  }

  /** {@code count >= x}. */
  boolean countAtLeast(long count) {
    return isFloat ? count >= asDouble : count >= asLong;
  }

  /** {@code count <= x}. */
  boolean countAtMost(long count) {
    return isFloat ? count <= asDouble : count <= asLong;
  }

  /** {@code count == x}. */
  boolean countEquals(long count) {
    return isFloat ? count == asDouble : count == asLong;
  }

  /** The value as {@code get_instruction_args} returns it (a Long, or a Double for a float). */
  Object json() {
    return given instanceof BigInteger ? given : isFloat ? (Object) asDouble : (Object) asLong;
  }

  /** {@code str(x)}, as {@code str.format} prints it in a description. */
  @Override
  public String toString() {
    return isFloat ? PyFloat.str(asDouble) : given.toString();
  }
}
