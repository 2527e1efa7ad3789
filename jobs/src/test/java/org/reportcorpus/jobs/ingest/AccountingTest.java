package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportcorpus.jobs.testing.SharedSpark;

class AccountingTest {

  private static final StructType OUTCOMES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("source_path", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, true)));

  private static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source_paths", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  @Test
  void countsRejectsByReasonAndFilesBehindRecordsAndArchiveEntries() {
    Dataset<Row> outcomes = SharedSpark.get().createDataFrame(List.of(
        RowFactory.create("/in/a.jsonl#L1", null),
        RowFactory.create("/in/a.jsonl#L2", "empty"),
        RowFactory.create("/in/a.jsonl#L3", "empty"),
        RowFactory.create("/in/b.csv#R7", null),
        RowFactory.create("/in/c.zip!/dir/x.txt", null),
        RowFactory.create("/in/c.zip!/y.pdf", "no_text_layer"),
        RowFactory.create("/in/d.txt", "undecodable")), OUTCOMES);

    assertEquals(Map.of("empty", 2L, "no_text_layer", 1L, "undecodable", 1L),
        Accounting.rejectsByReason(outcomes.filter("reason IS NOT NULL")));
    assertEquals(4, Accounting.total(Accounting.rejectsByReason(outcomes.filter("reason IS NOT NULL"))));
    assertEquals(4, Accounting.filesAccounted(outcomes));
  }

  @Test
  void documentSourcesBeyondOnePerDocumentAreExactDuplicates() {
    Dataset<Row> documents = SharedSpark.get().createDataFrame(List.of(
        RowFactory.create("d1", List.of("/in/a.txt", "/in/b.txt", "/in/c.txt")),
        RowFactory.create("d2", List.of("/in/d.txt"))), DOCUMENTS);

    assertEquals(new Accounting.DocumentCounts(2, 4), Accounting.documentCounts(documents));
    assertEquals(2, Accounting.documentCounts(documents).exactDuplicates());
    assertEquals(new Accounting.DocumentCounts(0, 0), Accounting.documentCounts(documents.limit(0)));
  }

  /** Summary (files, records, documents, exact duplicates, rejects), the books, the limits, the verdict. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3 | 10 | 6 | 1 | 3 | 3 | 7 | 0.5 | 50 | ok",
      "3 | 10 | 6 | 1 | 3 | 2 | 7 | 0.5 | 50 | files seen 3 != files accounted 2",
      "3 | 10 | 6 | 1 | 3 | 3 | 6 | 0.5 | 50 | records read 10 != document sources 6 + rejects 3",
      "4 | 10 | 4 | 0 | 6 | 4 | 4 | 0.5 | 10 | reject share 0.600 > 0.5 (corpus.ingest.max_reject_share)",
      "4 | 10 | 4 | 0 | 6 | 4 | 4 | 0.5 | 11 | ok",
      "4 | 10 | 4 | 0 | 6 | 4 | 4 | 0.6 | 10 | ok",
      "0 |  0 | 0 | 0 | 0 | 0 | 0 | 0.0 |  0 | ok"})
  void checkPassesBalancedBooksAndSaysWhyOthersFail(long files, long records, long documents, long duplicates,
      long rejects, long filesAccounted, long documentSources, double maxRejectShare, long minRecords,
      String expected) {
    IngestJob.Summary summary = new IngestJob.Summary(files, records, documents, duplicates, rejects);
    assertEquals(expected, Accounting.check(summary, filesAccounted, documentSources, maxRejectShare, minRecords));
  }
}
