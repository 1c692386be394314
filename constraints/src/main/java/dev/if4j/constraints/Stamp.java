package dev.if4j.constraints;

import dev.if4j.constraints.fixes.DataPatches;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.text.resources.ResourceDigest;
import dev.if4j.text.resources.ResourceStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a score was computed with, recorded next to it so that cached or published scores never
 * silently cross a checker change: the if4j version, the registry (flavour) and the upstream
 * versions of the reference checkers it reproduces, the enabled fixes, the
 * data patches applied, and every language resource read (release, file count, digest, where from).
 *
 * <p>Make it after judging: the resources listed are the ones the run read.
 */
public record Stamp(String if4jVersion, String registry, List<String> upstream, List<String> fixes,
    String dataPatches, List<ResourceDigest.Package> resources) {
  public Stamp {
    Objects.requireNonNull(if4jVersion);
    Objects.requireNonNull(registry);
    upstream = List.copyOf(upstream);
    fixes = List.copyOf(fixes);
    resources = List.copyOf(resources);
  }

  /** The stamp of a run that judged with {@code registry} and read its data from {@code store}. */
  public static Stamp of(Registry registry, ResourceStore store) {
    String patches = null;
    if (registry.fixes().contains(Fixes.DATA)) {
      DataPatches p = DataPatches.ifeval();
      patches = "ifeval v" + p.version() + " sha256:" + p.sha256();
    }
    return new Stamp(Version.get(), registry.name(), Versions.upstreamOf(registry.name()),
        List.copyOf(registry.fixes()), patches,
        ResourceDigest.packages(store.served(), store.bundle()));
  }

  /** The stamp as JSON-ready maps (for {@code summary.json} and {@code check --stamp}). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("if4j_version", if4jVersion);
    m.put("registry", registry);
    m.put("upstream", upstream);
    m.put("fixes", fixes);
    if (dataPatches != null) m.put("data_patches", dataPatches);
    m.put("resources", resources.stream().map(r -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("directory", r.directory());
      e.put("release", r.release());
      e.put("files", r.files());
      e.put("sha256", r.sha256());
      e.put("from", r.from());
      return e;
    }).toList());
    return m;
  }

  /**
   * One line for a run summary: {@code if4j 0.1.0, registry ifeval-fixed (fixes: ...), upstream
   * ifeval@5bdf377 (...), resources: ...}.
   */
  public String line() {
    String res = resources.isEmpty() ? "none read"
        : resources.stream().map(r -> r.directory() + " " + r.sha256().substring(0, 12)
            + ("bundled".equals(r.from()) ? " (bundled)" : "")).collect(Collectors.joining(", "));
    return "if4j " + if4jVersion + ", registry " + registry
        + (fixes.isEmpty() ? " (faithful)" : " (fixes: " + String.join(", ", fixes) + ")")
        + (upstream.isEmpty() ? "" : ", upstream " + String.join(" + ", upstream))
        + ", resources: " + res;
  }
}
