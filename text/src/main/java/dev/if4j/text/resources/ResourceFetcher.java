package dev.if4j.text.resources;

import java.io.IOException;
import java.nio.file.Path;

/** Brings a missing resource file (and usually the package it belongs to) into a store's root. */
@FunctionalInterface
public interface ResourceFetcher {
  /** A fetcher that never downloads: every missing file is an error. */
  ResourceFetcher NONE = (relativePath, root) -> {
    throw new IOException("downloads are disabled");
  };

  /**
   * Places {@code root/relativePath} atomically (write elsewhere, then rename), safe against other
   * processes fetching into the same root at the same time.
   */
  void fetch(String relativePath, Path root) throws IOException;
}
