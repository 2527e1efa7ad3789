package org.reportcorpus.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * A Delta table another process is creating: its _delta_log folder exists before its first
 * commit. Until that commit there is no table (two pipeline runs started together on a fresh
 * warehouse: the second one's MERGE failed with DELTA_TABLE_NOT_FOUND).
 */
class TableStoreCreationTest {

  @TempDir
  Path warehouse;

  @Test
  void aLogFolderWithoutACommitIsNoTableAndAnUpsertCreatesIt() throws Exception {
    SparkSession spark = SharedSpark.get();
    TableStore store = new TableStore(spark, warehouse.toString(), "delta");
    Path table = warehouse.resolve(Tables.TERM_DOC_COUNTS.name());
    Files.createDirectories(table.resolve("_delta_log"));
    FileSystem fs = FileSystem.getLocal(spark.sparkContext().hadoopConfiguration());

    assertNull(TableStore.formatAt(fs, new org.apache.hadoop.fs.Path(table.toString())));
    assertFalse(store.exists(Tables.TERM_DOC_COUNTS));

    store.upsert(Tables.TERM_DOC_COUNTS, rows(spark, RowFactory.create("d1", "共同富裕", "民生", 2)), Map.of());
    store.upsert(Tables.TERM_DOC_COUNTS, rows(spark, RowFactory.create("d1", "共同富裕", "民生", 3),
        RowFactory.create("d2", "共同富裕", "民生", 1)), Map.of());

    assertEquals("delta", TableStore.formatAt(fs, new org.apache.hadoop.fs.Path(table.toString())));
    assertEquals(List.of("d1 3", "d2 1"), store.read(Tables.TERM_DOC_COUNTS).orderBy("doc_id").collectAsList()
        .stream().map(r -> r.getString(0) + " " + r.getInt(3)).toList());
    // the table's comment, set after its first write and kept by the MERGE and an overwrite
    assertEquals(Tables.TERM_DOC_COUNTS.comment(), description(spark, table));
    store.overwrite(Tables.TERM_DOC_COUNTS, rows(spark, RowFactory.create("d3", "共同富裕", "民生", 1)));
    assertEquals(Tables.TERM_DOC_COUNTS.comment(), description(spark, table));
  }

  private static String description(SparkSession spark, Path table) {
    return io.delta.tables.DeltaTable.forPath(spark, table.toString()).detail().select("description").first()
        .getString(0);
  }

  private static Dataset<Row> rows(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Tables.TERM_DOC_COUNTS.schema());
  }
}
