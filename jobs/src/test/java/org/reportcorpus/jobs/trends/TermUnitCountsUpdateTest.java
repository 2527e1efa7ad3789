package org.reportcorpus.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportcorpus.jobs.cooccur.TestDocuments.document;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.cooccur.TestDocuments;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * term_unit_counts is counted once per document: a later run with the same settings counts and
 * appends only the documents added since (the table equals a full recount), and a changed
 * vocabulary recounts every document.
 */
class TermUnitCountsUpdateTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void laterRunsCountOnlyNewDocumentsUntilTheVocabularyChanges() throws IOException {
    Path warehouse = Fixtures.tempDir("unit-counts");
    CorpusRun run = run(warehouse, "terms-a.tsv", "数字政府\t数字化", "一网通办\t政务服务");
    TableStore store = run.store();
    store.overwrite(Tables.SECTIONS, spark.createDataFrame(List.of(), Tables.SECTIONS.schema()));
    store.overwrite(Tables.DOCUMENTS, TestDocuments.documents(
        document("d1", "推进数字政府建设,实现一网通办。", 2021, null, null),
        document("d2", "数字政府和一网通办同步推进;深化放管服。", 2021, null, null)));
    assertEquals("every document and section", count(run));
    assertEquals(List.of("d1 all 一网通办 1", "d1 all 数字政府 1", "d2 all 一网通办 1", "d2 all 数字政府 1"), rows(store));

    // A new year's documents: only they are counted, and appended.
    store.upsert(Tables.DOCUMENTS, TestDocuments.documents(
        document("d3", "数字政府、数字政府,一网通办。", 2022, null, null),
        document("d4", "本年度无相关内容。", 2022, null, null)), Map.of());
    assertEquals("the documents not counted before", count(run));
    assertEquals(List.of("d1 all 一网通办 1", "d1 all 数字政府 1", "d2 all 一网通办 1", "d2 all 数字政府 1",
        "d3 all 一网通办 1", "d3 all 数字政府 2"), rows(store));
    Row write = DeltaTable.forPath(spark, store.path(Tables.TERM_UNIT_COUNTS)).history(1).first();
    assertEquals("Append", write.<scala.collection.Map<String, String>>getAs("operationParameters").get("mode").get());
    assertEquals("2", write.<scala.collection.Map<String, String>>getAs("operationMetrics").get("numOutputRows").get());

    // Another vocabulary: every document again (d2's 放管服 was not a term when it was counted).
    CorpusRun changed = run(warehouse, "terms-b.tsv", "数字政府\t数字化", "一网通办\t政务服务", "放管服\t政务服务");
    assertEquals("every document and section", count(changed));
    assertEquals(List.of("d1 all 一网通办 1", "d1 all 数字政府 1", "d2 all 一网通办 1", "d2 all 放管服 1",
        "d2 all 数字政府 1", "d3 all 一网通办 1", "d3 all 数字政府 2"), rows(store));
  }

  private String count(CorpusRun run) {
    TableStore store = run.store();
    return TrendsJob.updateUnitCounts(run, store.read(Tables.DOCUMENTS), store.read(Tables.SECTIONS), run.vocabulary());
  }

  private static List<String> rows(TableStore store) {
    return store.read(Tables.TERM_UNIT_COUNTS).orderBy("doc_id", "section_kind", "term").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getInt(3)).toList();
  }

  private CorpusRun run(Path warehouse, String name, String... terms) throws IOException {
    Path file = warehouse.resolveSibling(warehouse.getFileName() + "-" + name);
    Files.writeString(file, "term\tcategory\taliases\n" + String.join("\n", terms) + "\n", StandardCharsets.UTF_8);
    return CorpusRun.of(spark, CorpusConfig.of(Map.of(
        "corpus.warehouse", warehouse.toString(),
        "corpus.terms", file.toString(),
        "corpus.rules", Fixtures.repoRoot().resolve("conf").toString()), List.of()));
  }
}
