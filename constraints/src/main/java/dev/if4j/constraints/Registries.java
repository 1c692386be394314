package dev.if4j.constraints;

import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.constraints.lmevalml.LmevalMl;
import dev.if4j.constraints.mifeval.Mifeval;
import dev.if4j.constraints.multiif.MultiIf;
import dev.if4j.constraints.versions.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The registries {@code --registry} can name. */
public final class Registries {
  private Registries() {}

  /** The name of the default registry: every id of every registry (see {@link #union()}). */
  public static final String AUTO = "auto";

  private static final Map<String, Supplier<Registry>> KNOWN = Map.of(
      IfEval.NAME, IfEval::registry,
      IfBench.NAME, IfBench::registry,
      IfEvalG.NAME, IfEvalG::registry,
      MultiIf.NAME, MultiIf::registry,
      Mifeval.NAME, Mifeval::registry,
      LmevalMl.SPANISH, LmevalMl::spanish,
      LmevalMl.CATALAN, LmevalMl::catalan,
      AUTO, Registries::union);

  /**
   * The default registry: every instruction id of every registry. The classic ids behave identically in
   * Google's IFEval, IFBench's re-export and IFEvalG's copy (audited; see ClassicDifferences), and
   * the new ids of IFBench and IFEvalG are disjoint, so each row is judged as its own registry
   * would judge it. M-IFEval's ids carry a language prefix and join them, but for its {@code es:}
   * ids (see {@link #ambiguous}); Multi-IF's are Google's ids judged otherwise, so they stay out.
   */
  private static Registry union() {
    return Union.REGISTRY;
  }

  /**
   * Built on first use only; IFBench's, IFEvalG's and M-IFEval's own ids are added when a row first needs one
   * (or the whole list is asked for): a run of IFEval rows never builds those registries.
   */
  private static final class Union {
    static final Registry REGISTRY = IfEval.registry().withMoreOnDemand(AUTO, Registries::newIds);
  }

  private static List<ConstraintType> newIds() {
    List<ConstraintType> out = new ArrayList<>();
    for (Registry r : List.of(IfBench.registry(), IfEvalG.registry(), Mifeval.registry())) {
      for (ConstraintType t : r.types()) {
        if (!IfEval.registry().contains(t.id()) && !ambiguous(t.id())) out.add(t);
      }
    }
    return out;
  }

  /**
   * An id two benchmarks judge differently: M-IFEval's and lm-eval's {@code es:} ids share names,
   * not semantics, so neither is in {@code auto} and such a row needs {@code --registry}.
   */
  private static boolean ambiguous(String id) {
    return LmevalMl.spanish().contains(id) || LmevalMl.catalan().contains(id);
  }

  /** The names, sorted: each faithful registry and its fixed flavour ({@code ifeval-fixed}). */
  public static List<String> names() {
    return KNOWN.keySet().stream().flatMap(n -> Stream.of(n, n + Fixes.FIXED_SUFFIX))
        .sorted().toList();
  }

  /**
   * The registry called {@code name}; an unknown name is an error listing the known ones. {@code
   * name@version} is an upstream version of a registry ({@link Versions}): {@code ifbench@8a66c06},
   * {@code ifbench@2025-07-paper}.
   */
  public static Registry byName(String name) {
    if (Fixes.isFixedName(name) && (KNOWN.containsKey(Fixes.faithfulName(name))
        || Versions.isVersioned(Fixes.faithfulName(name)))) {
      return Fixes.fixed(byName(Fixes.faithfulName(name)));
    }
    if (Versions.isVersioned(name)) return Versions.registry(name);
    Supplier<Registry> r = KNOWN.get(name);
    if (r == null) {
      throw new IllegalArgumentException("unknown registry '" + name + "'; known: " + String.join(", ", names()));
    }
    return r.get();
  }
}
