package dev.if4j.eval.versions;

import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A registry's versions as the chain they are built along, pinned first, each next one built from
 * the one before it: the upstream changes between two versions are the steps between them.
 */
final class VersionChain {
  private VersionChain() {}

  /** {@code registry}'s versions from the pinned one outward. */
  static List<UpstreamVersion> of(String registry) {
    List<UpstreamVersion> all = Versions.of(registry);
    List<UpstreamVersion> chain = new ArrayList<>();
    UpstreamVersion at = all.stream().filter(UpstreamVersion::pinned).findFirst().orElseThrow();
    while (at != null) {
      chain.add(at);
      String commit = at.commit();
      at = all.stream().filter(v -> commit.equals(v.neighbour())).findFirst().orElse(null);
    }
    return chain;
  }

  /**
   * The steps that changed instruction {@code id} between each two neighbouring {@code versions}
   * (in the order given) whose {@code verdicts} differ: each step is the version it leads to, whose
   * change line says what moved.
   */
  static List<UpstreamVersion> stepsTouching(List<UpstreamVersion> versions, List<String> verdicts, String id) {
    List<UpstreamVersion> chain = of(versions.get(0).registry());
    Set<UpstreamVersion> out = new LinkedHashSet<>();
    for (int k = 0; k + 1 < versions.size(); k++) {
      if (Objects.equals(verdicts.get(k), verdicts.get(k + 1))) continue;
      int a = chain.indexOf(versions.get(k));
      int b = chain.indexOf(versions.get(k + 1));
      for (int s = Math.min(a, b) + 1; s <= Math.max(a, b); s++) {
        List<String> touched = Versions.overriddenIds(chain.get(s));
        if (touched.contains(id) || touched.contains(id + " (refused)")) out.add(chain.get(s));
      }
    }
    return List.copyOf(out);
  }
}
