package org.reportcorpus.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.faults.Fingerprints;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * Incremental years: a warehouse built from years A..B-1 and then given year B's files holds the
 * tables of a rebuild over A..B (all but the topic tables, whose model was fitted on fewer
 * documents and scores the new ones); the second run reads and segments only the new files'
 * documents; and a run with nothing new writes no table.
 */
class IncrementalRunTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void aNewYearAddedGivesTheRebuildsTablesAndARunWithNothingNewWritesNothing() throws Exception {
    Path early = generate("incr-early", "2019-2020", 40, 21);
    Path late = generate("incr-late", "2021", 20, 22);

    CorpusConfig rebuild = config(Fixtures.tempDir("incr-rebuild"), List.of(early, late));
    PipelineJob.run(CorpusRun.of(spark, rebuild), quiet());

    Path warehouse = Fixtures.tempDir("incr-warehouse");
    PipelineJob.run(CorpusRun.of(spark, config(warehouse, List.of(early))), quiet());
    CorpusConfig both = config(warehouse, List.of(early, late));
    PipelineJob.run(CorpusRun.of(spark, both), quiet());

    TableStore full = new TableStore(spark, rebuild.warehouse(), "delta");
    TableStore added = new TableStore(spark, both.warehouse(), "delta");
    for (TableDef table : Tables.ALL) {
      if (table.name().startsWith("topic") || table.equals(Tables.DOC_TOPICS) || table.equals(Tables.RUNS)) {
        continue;
      }
      assertEquals(Fingerprints.of(full.read(table)), Fingerprints.of(added.read(table)), table.name());
    }
    // The second run read the late files only, and segmented their documents only.
    Row secondRun = added.read(Tables.RUNS).orderBy(org.apache.spark.sql.functions.col("started_at").desc()).first();
    assertEquals(countFiles(late), secondRun.<Long>getAs("files_seen"));
    Row tokensWrite = DeltaTable.forPath(spark, added.path(Tables.TOKENS)).history(1).first();
    assertEquals("WRITE", tokensWrite.getAs("operation"));
    assertEquals("Append", tokensWrite.<scala.collection.Map<String, String>>getAs("operationParameters").get("mode").get());
    // New in the second run: documents with no source among the early files.
    long lateDocuments = added.read(Tables.DOCUMENTS)
        .filter("NOT exists(source_paths, p -> startswith(p, '" + early.toAbsolutePath() + "/'))").count();
    assertTrue(lateDocuments > 0 && lateDocuments < added.read(Tables.DOCUMENTS).count());
    assertEquals(String.valueOf(lateDocuments),
        tokensWrite.<scala.collection.Map<String, String>>getAs("operationMetrics").get("numOutputRows").get());
    // term_doc_counts: the new documents' rows appended, the others not written again.
    Row docCountsWrite = DeltaTable.forPath(spark, added.path(Tables.TERM_DOC_COUNTS)).history(1).first();
    assertEquals("Append", docCountsWrite.<scala.collection.Map<String, String>>getAs("operationParameters")
        .get("mode").get());
    long appended = Long.parseLong(docCountsWrite.<scala.collection.Map<String, String>>getAs("operationMetrics")
        .get("numOutputRows").get());
    assertTrue(appended > 0 && appended < added.read(Tables.TERM_DOC_COUNTS).count(), "appended " + appended);
    // term_trends: only the new year and the one before (its moving average reaches the new year) replaced.
    String predicate = lastPredicate(added, Tables.TERM_TRENDS);
    assertTrue(predicate.contains("2020") && predicate.contains("2021") && !predicate.contains("2019"), predicate);
    // First uses and adoption curves: only the new year's rows replaced (earlier years' do not read it).
    for (TableDef table : List.of(Tables.TERM_DIFFUSION, Tables.TERM_ADOPTION)) {
      String replaced = lastPredicate(added, table);
      assertTrue(replaced.contains("2021") && !replaced.contains("2020") && !replaced.contains("2019"),
          table.name() + ": " + replaced);
    }
    // The topics scored the new documents with the model fitted on the early years.
    assertEquals(1, added.read(Tables.TOPIC_MODEL_RUNS).select("run_id").distinct().count());
    assertEquals(added.read(Tables.DOCUMENTS).count(),
        added.read(Tables.DOC_TOPICS).filter("is_dominant").count());

    // Nothing new: no table gets a new version.
    Map<String, String> versions = versions(added);
    PipelineJob.run(CorpusRun.of(spark, both), quiet());
    assertEquals(versions, versions(added));
  }

  /** The predicate of the table's last write (a replaceWhere's). */
  private String lastPredicate(TableStore store, TableDef table) {
    Row write = DeltaTable.forPath(spark, store.path(table)).history(1).first();
    return write.<scala.collection.Map<String, String>>getAs("operationParameters").get("predicate").get();
  }

  private static Map<String, String> versions(TableStore store) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (TableDef table : Tables.ALL) {
      versions.put(table.name(), store.versionOf(table));
    }
    assertTrue(versions.values().stream().allMatch(v -> v != null), versions.toString());
    return versions;
  }

  private static long countFiles(Path corpus) throws java.io.IOException {
    try (var files = java.nio.file.Files.walk(corpus)) {
      return files.filter(java.nio.file.Files::isRegularFile).count();
    }
  }

  private static Path generate(String name, String years, int reports, int seed) throws java.io.IOException {
    Path out = Fixtures.tempDir(name);
    SampleCorpusGenerator.run(GeneratorOptions.parse("--out", out.toString(), "--reports", String.valueOf(reports),
        "--years", years, "--seed", String.valueOf(seed), "--terms", Fixtures.terms().toString()));
    return out;
  }

  private static CorpusConfig config(Path warehouse, List<Path> inputs) {
    Map<String, String> settings = new LinkedHashMap<>(Fixtures.config(warehouse, inputs).settings());
    settings.put("corpus.topics.k", "2,3");
    settings.put("corpus.topics.max_iter", "20");
    settings.put("corpus.topics.sweep_iter", "10");
    return CorpusConfig.of(settings, inputs.stream().map(Path::toString).toList());
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
