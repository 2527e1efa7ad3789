package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.DedupSettings;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * One report reposted by 299 sites, each copy with a line of its own: every copy points to the
 * original, and the bucket they share costs one comparison per copy, not one per pair.
 */
class NearDuplicatesRepostsTest {

  private static final StructType DOCS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("source_path", DataTypes.StringType, false),
      DataTypes.createStructField("published_date", DataTypes.DateType, true),
      DataTypes.createStructField("text", DataTypes.StringType, false)));

  private static final DedupSettings SETTINGS = new DedupSettings(0.8, 5, 12, 8, 1 << 20, 17L);

  @Test
  void threeHundredCopiesOfOneReportGive299RowsPointingToTheEarliest() throws IOException {
    String report = Files.readString(Fixtures.sharedCorpus().resolve("seeds/002_2bed144c6ff0fd44.txt"),
        StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    // the original sorts last by path but first by date: the order key is the date, then the path
    rows.add(RowFactory.create("original", "/zz-site/report.txt", Date.valueOf("2024-01-10"), report));
    Random random = new Random(3);
    for (int site = 1; site < 300; site++) {
      rows.add(RowFactory.create(String.format("repost-%03d", site), String.format("/site-%03d/report.txt", site),
          Date.valueOf("2024-01-11"), report + "\n" + randomLine(random)));
    }
    Collections.shuffle(rows, random);
    Dataset<Row> documents = SharedSpark.get().createDataFrame(rows, DOCS).repartition(4);

    List<Row> duplicates = NearDuplicates.find(documents, SETTINGS).collectAsList();

    assertEquals(299, duplicates.size());
    for (Row duplicate : duplicates) {
      assertTrue(duplicate.getString(0).startsWith("repost-"), duplicate.toString());
      assertEquals("original", duplicate.getString(1), duplicate.toString());
      assertTrue(duplicate.getDouble(2) >= 0.8, duplicate.toString());
    }

    Dataset<Row> signatures = NearDuplicates.signatures(documents, SETTINGS);
    Dataset<Row> buckets = NearDuplicates.buckets(signatures, SETTINGS);
    assertEquals(299, NearDuplicates.candidates(buckets, NearDuplicates.heads(buckets)).count(),
        "each copy compared with the bucket's head alone: 299 pairs, not 300 x 299 / 2 = 44,850");
  }

  /**
   * A line no other copy has: twelve characters drawn at random (no common words, which would give
   * the copies shingles they share without the original).
   */
  private static String randomLine(Random random) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      line.append((char) (0x4E00 + random.nextInt(20_000)));
    }
    return line.toString();
  }
}
