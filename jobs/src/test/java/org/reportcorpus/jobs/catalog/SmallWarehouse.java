package org.reportcorpus.jobs.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.trends.TrendsJob;

/**
 * A small warehouse written in several commits, as upkeep finds one: two seed reports ingested
 * one run after the other (a MERGE adds files to documents), then trends. Its folder's name
 * holds a quote, so statements that name the path must escape it.
 */
final class SmallWarehouse {

  private static CorpusConfig config;

  private SmallWarehouse() {}

  static synchronized CorpusRun run() {
    if (config == null) {
      try {
        Path warehouse = Files.createDirectories(Fixtures.tempDir("small").resolve("o'brien warehouse"));
        Path first = Fixtures.tempDir("small-first");
        Path second = Fixtures.tempDir("small-second");
        Files.copy(Fixtures.sharedCorpus().resolve("seeds/002_2bed144c6ff0fd44.txt"), first.resolve("a.txt"));
        Files.copy(Fixtures.sharedCorpus().resolve("seeds/004_59e847098df36eae.txt"), second.resolve("b.txt"));
        IngestJob.run(Sessions.prepare(SharedSpark.get(), Fixtures.config(warehouse, List.of(first))));
        CorpusConfig both = Fixtures.config(warehouse, List.of(second));
        CorpusRun run = Sessions.prepare(SharedSpark.get(), both);
        IngestJob.run(run);
        TrendsJob.run(run);
        config = both;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Sessions.prepare(SharedSpark.get(), config);
  }
}
