package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;

/** The headline slice as the view SQL users read: exactly the national, all-types, whole-document rows. */
class TrendSliceTest {

  @Test
  void theViewHoldsTheHeadlineSliceAndNothingElse() {
    SeedWarehouse.get();
    SparkSession spark = SharedSpark.get();
    Dataset<Row> view = spark.table(Tables.TERM_TRENDS_NATIONAL.qualifiedName());
    Dataset<Row> table = spark.table(Tables.TERM_TRENDS.qualifiedName());
    long headline = table.filter(col("geo_level").equalTo("national").and(col("doc_type").equalTo("all"))
        .and(col("section_kind").equalTo("all"))).count();
    assertTrue(headline > 0);
    assertEquals(headline, view.count());
    assertEquals(headline, view.select("term", "year").distinct().count(), "one row per term and year");
    assertTrue(table.count() > headline, "the table holds other slices too");
    assertEquals(List.of("national"), view.select("geo_level").distinct().as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
  }

  @Test
  void keysAreTheCellAndSeriesColumns() {
    assertEquals(List.of("geo_level", "geo_code", "doc_type", "section_kind"), TrendSlice.SERIES);
    assertEquals(List.of("year", "geo_level", "geo_code", "doc_type", "section_kind"), TrendSlice.CELL);
    assertEquals("geo_level = 'national' AND doc_type = 'all' AND section_kind = 'all'", TrendSlice.HEADLINE_SQL);
    // The table's key is the term and a cell: one definition for both.
    assertEquals(List.of("term", "year", "geo_level", "geo_code", "doc_type", "section_kind"), Tables.TERM_TRENDS.keys());
  }
}
