package org.reportcorpus.jobs.testing;

import java.util.HashMap;
import java.nio.charset.StandardCharsets;
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
import org.reportcorpus.udfs.analysis.TestCorpus;

/** Paths of the repository and of the shared corpus beside it, and configs for temp warehouses. */
public final class Fixtures {

  private Fixtures() {}

  public static Path repoRoot() {
    return TestCorpus.repoRoot();
  }

  /** ../shared/corpus beside the repository (tests may read it; the project never needs it). */
  public static Path sharedCorpus() {
    return TestCorpus.sharedCorpus();
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

  /** A tab-separated file with a header line (the generator's truth files) as one map per row. */
  public static List<Map<String, String>> readTsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cols.length ? cols[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
