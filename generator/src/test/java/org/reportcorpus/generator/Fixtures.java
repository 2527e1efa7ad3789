package org.reportcorpus.generator;

import java.nio.file.Path;
import org.reportcorpus.udfs.analysis.TestCorpus;

/** The repository's paths the generator tests read: its root and the term vocabulary. */
final class Fixtures {

  private Fixtures() {}

  static Path repoRoot() {
    return TestCorpus.repoRoot();
  }

  static Path terms() {
    return repoRoot().resolve("conf/terms.tsv");
  }
}
