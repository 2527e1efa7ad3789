package org.reportcorpus.jobs.pipeline;

import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.Tables;

/**
 * What the last complete pipeline run computed its tables from: the version of {@code documents}
 * and {@link CorpusRun#settingsHash()} (settings, vocabulary file, rule files). A run whose ingest
 * read nothing new, on the same documents and settings, has nothing to compute: it stops after ingest
 * and no table gets a new version. Kept as the warehouse's note {@value #NOTE}, written after the
 * last stage (a run killed before that leaves the previous note, so the next run computes again).
 */
public record PipelineState(String documents, String settings) {

  static final String NOTE = "pipeline";

  /** The state of the warehouse and configuration now. */
  static PipelineState of(CorpusRun run) {
    return new PipelineState(run.store().versionOf(Tables.DOCUMENTS), run.settingsHash());
  }

  /** Whether the last complete run was computed from what the warehouse and settings hold now. */
  static boolean upToDate(CorpusRun run) {
    return run.store().exists(Tables.DOCUMENTS) && of(run).line().equals(run.store().note(NOTE));
  }

  void save(CorpusRun run) {
    run.store().setNote(NOTE, line());
  }

  private String line() {
    return "documents=" + documents + " settings=" + settings;
  }
}
