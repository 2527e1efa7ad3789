package org.reportcorpus.jobs.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.udfs.terms.TermDictionary;

/** Reads the term vocabulary on the driver, from any file system Hadoop can open. */
public final class TermsLoader {

  private TermsLoader() {}

  public static TermDictionary load(SparkSession spark, String location) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw new IllegalArgumentException("--terms: file not found: " + location);
      }
      try (InputStream in = fs.open(path)) {
        return TermDictionary.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("--terms: cannot read " + location, e);
    }
  }
}
