package dev.if4j.constraints.versions;

import dev.if4j.constraints.Registry;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One upstream commit of a reference checker that if4j reproduces: {@code ifbench@8a66c06}.
 *
 * @param registry the registry it is a version of ({@code ifeval}, {@code ifbench}, {@code ifevalg})
 * @param commit the upstream commit, abbreviated as people cite it
 * @param date the commit's date (ISO)
 * @param source where the commit lives ({@code allenai/IFBench})
 * @param aliases readable names for the same version ({@code 2025-07-paper})
 * @param change one line: what differs from its neighbour, and which upstream commits changed it
 *     (for the pinned version: what it is)
 * @param neighbour the commit of the version this one is built from, one step nearer the pinned
 *     one; null for the pinned version, which the plain registry name ({@code ifbench}) judges with
 * @param fromNeighbour builds this version's registry from its neighbour's: each version overrides
 *     only what changed (new constraint types for the same ids, ids it lacked refused)
 */
public record UpstreamVersion(String registry, String commit, String date, String source,
    List<String> aliases, String change, String neighbour, UnaryOperator<Registry> fromNeighbour) {
  public UpstreamVersion {
    Objects.requireNonNull(registry);
    Objects.requireNonNull(commit);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(fromNeighbour);
  }

  /** {@code registry@commit}: the name a versioned registry is stamped with. */
  public String name() {
    return registry + "@" + commit;
  }

  /** The version the plain registry name judges with. */
  public boolean pinned() {
    return neighbour == null;
  }

  /** Whether {@code v} names this version: its commit (or a longer prefix of it) or an alias. */
  public boolean isNamed(String v) {
    return v.equals(commit) || aliases.contains(v)
        || (v.matches("[0-9a-f]{7,40}") && (commit.startsWith(v) || v.startsWith(commit)));
  }
}
