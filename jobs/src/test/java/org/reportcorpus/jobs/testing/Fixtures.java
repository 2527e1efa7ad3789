package org.reportcorpus.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.jobs.config.CorpusConfig;

/** Paths of the repository and of the shared corpus beside it, and configs for temp warehouses. */
public final class Fixtures {

  private Fixtures() {}

  public static Path repoRoot() {
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

  /** ../shared/corpus beside the repository (tests may read it; the project never needs it). */
  public static Path sharedCorpus() {
    Path corpus = repoRoot().resolveSibling("shared").resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("shared corpus not found at " + corpus);
    }
    return corpus;
  }

  public static Path terms() {
    return repoRoot().resolve("conf/terms.tsv");
  }

  public static CorpusConfig config(Path warehouse, List<Path> inputs) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("corpus.warehouse", warehouse.toString());
    settings.put("corpus.format", "delta");
    settings.put("corpus.terms", terms().toString());
    settings.put("corpus.rules", repoRoot().resolve("conf").toString());
    // A light topic sweep: the pipeline tests check the tables and their stability, not the choice of k.
    settings.put("corpus.topics.k", "3,5");
    settings.put("corpus.topics.restarts", "1");
    settings.put("corpus.topics.max_iter", "40");
    List<String> inputPaths = new ArrayList<>();
    inputs.forEach(p -> inputPaths.add(p.toString()));
    return CorpusConfig.of(settings, inputPaths);
  }

  public static Path tempDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
