package org.reportcorpus.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository's paths the generator tests read: its root and the term vocabulary. */
final class Fixtures {

  private Fixtures() {}

  static Path repoRoot() {
    String root = System.getProperty("corpus.repo.root");
    Path path = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath();
    while (path != null && !Files.exists(path.resolve("conf/terms.tsv"))) {
      path = path.getParent();
    }
    if (path == null) {
      throw new IllegalStateException("repository root (with conf/terms.tsv) not found");
    }
    return path;
  }

  static Path terms() {
    return repoRoot().resolve("conf/terms.tsv");
  }
}
