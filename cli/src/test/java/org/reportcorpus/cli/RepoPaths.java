package org.reportcorpus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository root: surefire's {@code corpus.repo.root}, else the first parent with a pom.xml listing modules. */
final class RepoPaths {

  private RepoPaths() {}

  static Path root() {
    String root = System.getProperty("corpus.repo.root");
    Path path = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath();
    while (path != null && !(Files.exists(path.resolve("conf/terms.tsv")) && Files.exists(path.resolve("pom.xml")))) {
      path = path.getParent();
    }
    if (path == null) {
      throw new IllegalStateException("repository root (with pom.xml and conf/terms.tsv) not found");
    }
    return path.toAbsolutePath();
  }
}
