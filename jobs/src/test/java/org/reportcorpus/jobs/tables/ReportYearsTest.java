package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The report years of some documents as a filter: dated and undated documents, no documents at
 * all, and the point of it — on a Delta table written a year at a time, a read filtered on the new
 * year's documents opens that year's file only.
 */
class ReportYearsTest {

  private static final StructType ROWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("report_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("text", DataTypes.StringType, false)));

  private final SparkSession spark = SharedSpark.get();

  @TempDir
  Path dir;

  @Test
  void yearsOfDatedAndUndatedDocumentsSelectTheirRowsOnly() {
    Dataset<Row> table = rows(row("a", 2021), row("b", 2022), row("c", null), row("d", 2023));

    ReportYears dated = ReportYears.of(rows(row("x", 2022), row("y", 2023), row("z", 2022)));
    assertEquals(List.of(2022, 2023), dated.dated().stream().sorted().toList());
    assertFalse(dated.undated());
    assertEquals(List.of("b", "d"), ids(table.filter(dated.contain())));

    ReportYears withUndated = ReportYears.of(rows(row("x", 2021), row("y", null)));
    assertTrue(withUndated.undated());
    assertEquals(List.of("a", "c"), ids(table.filter(withUndated.contain())));

    ReportYears none = ReportYears.of(rows(row("x", 2021)).filter(col("doc_id").equalTo("nobody")));
    assertTrue(none.none());
    assertEquals(List.of(), ids(table.filter(none.contain())));
  }

  @Test
  void aYearWrittenAfterTheOthersIsReadFromItsOwnFile() {
    String path = dir.resolve("documents").toString();
    rows(row("a", 2021), row("b", 2022), row("c", 2021)).coalesce(1).write().format("delta").save(path);
    rows(row("d", 2023), row("e", 2023)).coalesce(1).write().format("delta").mode("append").save(path);
    Dataset<Row> documents = spark.read().format("delta").load(path);

    ReportYears added = ReportYears.of(documents.filter(col("doc_id").isin("d", "e")));
    Dataset<Row> read = documents.filter(added.contain());
    assertEquals(List.of("d", "e"), ids(read));
    assertEquals(1L, filesRead(read), "the earlier years' file is skipped");
    assertEquals(2L, filesRead(documents), "the table has two files");
  }

  private Dataset<Row> rows(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), ROWS);
  }

  private static Row row(String id, Integer year) {
    return RowFactory.create(id, year, "正文" + id);
  }

  private static List<String> ids(Dataset<Row> rows) {
    return rows.orderBy("doc_id").select("doc_id").collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  /** Files the scan of {@code rows} opened, from its plan's metrics after running it. */
  private static long filesRead(Dataset<Row> rows) {
    rows.collectAsList();
    List<SparkPlan> scans = new ArrayList<>();
    collectScans(rows.queryExecution().executedPlan(), scans);
    return scans.stream().mapToLong(scan -> scan.metrics().get("numFiles").get().value()).sum();
  }

  private static void collectScans(SparkPlan plan, List<SparkPlan> scans) {
    if (plan instanceof org.apache.spark.sql.execution.FileSourceScanExec) {
      scans.add(plan);
    }
    if (plan instanceof org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec adaptive) {
      collectScans(adaptive.executedPlan(), scans);
    }
    scala.jdk.javaapi.CollectionConverters.asJava(plan.children()).forEach(child -> collectScans(child, scans));
  }
}
