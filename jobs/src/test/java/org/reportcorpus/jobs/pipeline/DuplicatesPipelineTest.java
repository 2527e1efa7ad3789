package org.reportcorpus.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The same report found three ways: as published, reposted on a site with its chrome (an exact
 * duplicate once the chrome is stripped), and reposted with small edits (a near duplicate).
 */
class DuplicatesPipelineTest {

  private static CorpusConfig config;
  private static TableStore store;
  private static Path input;

  @BeforeAll
  static void run() throws IOException {
    String report = Files.readString(Fixtures.sharedCorpus().resolve("seeds/002_2bed144c6ff0fd44.txt"), StandardCharsets.UTF_8);
    input = Fixtures.tempDir("dup-input");
    Files.writeString(input.resolve("a-original.txt"), report, StandardCharsets.UTF_8);
    Files.writeString(input.resolve("b-with-chrome.txt"), "您当前的位置:首页 >> 政务公开 >> 正文\n浏览次数:\n"
        + report + "\n扫一扫在手机打开当前页\n", StandardCharsets.UTF_8);
    Files.writeString(input.resolve("c-edited.txt"), report.replace("80%以上", "85%以上").replace("76%", "70%")
        .replace("3355个", "3356个"), StandardCharsets.UTF_8);
    config = Fixtures.config(Fixtures.tempDir("dup-warehouse"), List.of(input));
    SparkSession spark = SharedSpark.get();
    CorpusRun run = Sessions.prepare(spark, config);
    PipelineJob.run(run, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    store = run.store();
  }

  @Test
  void chromeOnlyRepostIsTheSameDocumentWithBothSources() {
    List<Row> documents = store.read(Tables.DOCUMENTS).orderBy("source_path").collectAsList();
    assertEquals(2, documents.size());
    Row original = documents.get(0);
    assertEquals(input.resolve("a-original.txt").toString(), original.getAs("source_path"));
    assertEquals(List.of(input.resolve("a-original.txt").toString(), input.resolve("b-with-chrome.txt").toString()),
        original.getList(original.fieldIndex("source_paths")));
  }

  @Test
  void editedRepostIsANearDuplicateLeftOutOfTrends() {
    List<Row> duplicates = store.read(Tables.DUPLICATES).collectAsList();
    assertEquals(1, duplicates.size());
    Row edited = store.read(Tables.DOCUMENTS).filter(col("source_path").endsWith("c-edited.txt")).first();
    Row original = store.read(Tables.DOCUMENTS).filter(col("source_path").endsWith("a-original.txt")).first();
    assertEquals(edited.<String>getAs("doc_id"), duplicates.get(0).getAs("doc_id"));
    assertEquals(original.<String>getAs("doc_id"), duplicates.get(0).getAs("duplicate_of"));
    assertTrue(duplicates.get(0).<Double>getAs("similarity") >= 0.8);
    Row trend = store.read(Tables.TERM_TRENDS).filter("year = 2023").first();
    assertEquals(1L, trend.<Long>getAs("n_docs"), "the near duplicate is not counted twice");
  }

  @Test
  void theRunIsAccountedFor() {
    Row run = store.read(Tables.RUNS).first();
    assertEquals(3L, run.<Long>getAs("files_seen"));
    assertEquals(3L, run.<Long>getAs("files_accounted"));
    assertEquals(2L, run.<Long>getAs("documents"));
    assertEquals(1L, run.<Long>getAs("exact_duplicates"));
    assertEquals(1L, run.<Long>getAs("near_duplicates"));
    assertEquals(0L, run.<Long>getAs("rejects"));
    assertEquals("ok", run.getAs("status"));
  }
}
