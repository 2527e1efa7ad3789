package org.reportcorpus.jobs.keywords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.udfs.stats.Stopwords;
import org.reportcorpus.jobs.config.KeywordSettings;

/** Reads stopword lists on the driver, from any file system Hadoop can open. */
public final class StopwordsLoader {

  private StopwordsLoader() {}

  /** The union of the lists at these locations. */
  public static Set<String> load(SparkSession spark, List<String> locations) {
    Set<String> words = new HashSet<>();
    for (String location : locations) {
      words.addAll(load(spark, location));
    }
    return words;
  }

  public static Set<String> load(SparkSession spark, String location) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw new IllegalArgumentException(KeywordSettings.STOPWORDS + ": stopword file not found: " + location);
      }
      try (InputStream in = fs.open(path)) {
        return Stopwords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(KeywordSettings.STOPWORDS + ": cannot read " + location, e);
    }
  }
}
