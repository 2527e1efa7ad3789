package org.reportcorpus.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.config.TrendSettings;

class EmergingTermsTest {

  private static final StructType YEARLY = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("year", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_docs", DataTypes.LongType, false),
      DataTypes.createStructField("n_docs_mentioning", DataTypes.LongType, false)));

  @Test
  void aTermThatTakesOffRanksFirstAndSteadyOrRareTermsDoNot() {
    Dataset<Row> yearly = SharedSpark.get().createDataFrame(List.of(
        // takes off in 2021: 0 → 0 → 50 %
        RowFactory.create("数字政府", "dictionary", 2019, 100L, 0L),
        RowFactory.create("数字政府", "dictionary", 2020, 100L, 0L),
        RowFactory.create("数字政府", "dictionary", 2021, 100L, 50L),
        // steady at 90 %
        RowFactory.create("行政复议", "dictionary", 2019, 100L, 90L),
        RowFactory.create("行政复议", "dictionary", 2020, 100L, 90L),
        RowFactory.create("行政复议", "dictionary", 2021, 100L, 90L),
        // new but below the minimum support of 3 documents
        RowFactory.create("一码通办", "candidate", 2020, 100L, 0L),
        RowFactory.create("一码通办", "candidate", 2021, 100L, 2L),
        // a candidate that doubles
        RowFactory.create("接诉即办", "candidate", 2020, 100L, 10L),
        RowFactory.create("接诉即办", "candidate", 2021, 100L, 20L)), YEARLY);

    List<Row> ranked = EmergingTerms.rank(yearly, new TrendSettings.Emerging(3, 3, 0.01, 20))
        .filter("year = 2021").orderBy("rank").collectAsList();

    assertEquals(2, ranked.size(), ranked.toString());
    assertEquals("数字政府", ranked.get(0).getAs("term"));
    assertEquals(0.0, ranked.get(0).<Double>getAs("baseline_share"));
    assertEquals(2, ranked.get(0).<Integer>getAs("baseline_years"));
    assertEquals(Math.log(0.51 / 0.01), ranked.get(0).<Double>getAs("log_ratio"), 1e-12);
    assertEquals("接诉即办", ranked.get(1).getAs("term"));
    assertEquals("candidate", ranked.get(1).getAs("source"));
    assertEquals(Math.log(0.21 / 0.11), ranked.get(1).<Double>getAs("log_ratio"), 1e-12);
  }
}
