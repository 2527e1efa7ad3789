package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.tables.Tables.TableDef;

/**
 * Replacing some years' rows keeps the other years as they were, drops the rows of a replaced
 * year that the new rows lack, and gives the same table in both formats; a Delta table
 * partitioned by the year replaces them without rewriting the other years' files.
 */
class TableStoreOverwriteWhereTest {

  static final TableDef YEARLY = new TableDef("yearly_probe", List.of("term", "year"), "probe",
      createStructType(List.of(
          createStructField("term", StringType, false),
          createStructField("year", IntegerType, false),
          createStructField("n", IntegerType, false))),
      List.of("year"));

  @TempDir
  Path warehouse;

  @ParameterizedTest
  @ValueSource(strings = {"delta", "parquet"})
  void theGivenYearsAreReplacedAndTheOthersKept(String format) {
    SparkSession spark = SharedSpark.get();
    TableStore store = new TableStore(spark, warehouse.toString(), format);
    store.overwrite(YEARLY, rows(spark, RowFactory.create("a", 2019, 1), RowFactory.create("b", 2019, 2),
        RowFactory.create("a", 2020, 3), RowFactory.create("b", 2020, 4), RowFactory.create("a", 2021, 5)));

    store.overwriteWhere(YEARLY, rows(spark, RowFactory.create("a", 2020, 30), RowFactory.create("a", 2022, 70)),
        "year", List.of(2020, 2021, 2022), false);

    assertEquals(List.of("a 2019 1", "b 2019 2", "a 2020 30", "a 2022 70"),
        store.read(YEARLY).orderBy("year", "term").collectAsList().stream()
            .map(r -> r.getAs("term") + " " + r.getAs("year") + " " + r.getAs("n")).toList());
  }

  static final TableDef UNDATED = new TableDef("undated_probe", List.of("term", "year"), "probe",
      createStructType(List.of(
          createStructField("term", StringType, false),
          createStructField("year", IntegerType, true),
          createStructField("n", IntegerType, false))),
      List.of("year"));

  @ParameterizedTest
  @ValueSource(strings = {"delta", "parquet"})
  void rowsWithoutAYearAreKeptUnlessAskedFor(String format) {
    SparkSession spark = SharedSpark.get();
    TableStore store = new TableStore(spark, warehouse.toString(), format);
    store.overwrite(UNDATED, undated(spark, RowFactory.create("a", null, 1), RowFactory.create("a", 2019, 2)));

    store.overwriteWhere(UNDATED, undated(spark, RowFactory.create("a", 2019, 20)), "year", List.of(2019), false);
    assertEquals(List.of("a null 1", "a 2019 20"), lines(store.read(UNDATED)));

    store.overwriteWhere(UNDATED, undated(spark, RowFactory.create("b", null, 9)), "year", List.of(), true);
    assertEquals(List.of("b null 9", "a 2019 20"), lines(store.read(UNDATED)));
  }

  private static List<String> lines(Dataset<Row> rows) {
    return rows.orderBy(org.apache.spark.sql.functions.col("year").asc_nulls_first()).collectAsList().stream()
        .map(r -> r.getAs("term") + " " + r.getAs("year") + " " + r.getAs("n")).toList();
  }

  private static Dataset<Row> undated(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), UNDATED.schema());
  }

  @Test
  void aPartitionedDeltaTableKeepsTheOtherYearsFiles() {
    SparkSession spark = SharedSpark.get();
    TableStore store = new TableStore(spark, warehouse.toString(), "delta");
    store.overwrite(YEARLY, rows(spark, RowFactory.create("a", 2019, 1), RowFactory.create("a", 2020, 2)));
    DeltaTable table = DeltaTable.forPath(spark, store.path(YEARLY));
    List<String> before = files(spark, store, 2019);

    store.overwriteWhere(YEARLY, rows(spark, RowFactory.create("a", 2020, 20)), "year", List.of(2020), false);

    Row detail = table.detail().first();
    assertEquals(List.of("year"), detail.getList(detail.fieldIndex("partitionColumns")));
    assertEquals(before, files(spark, store, 2019));
  }

  private static List<String> files(SparkSession spark, TableStore store, int year) {
    return spark.read().format("delta").load(store.path(YEARLY)).filter("year = " + year)
        .selectExpr("input_file_name()").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private static Dataset<Row> rows(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), YEARLY.schema());
  }
}
