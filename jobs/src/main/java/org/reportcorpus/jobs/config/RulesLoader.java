package org.reportcorpus.jobs.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.udfs.analysis.ReportRules;

/**
 * Reads the ingest rules (conf/boilerplate.tsv, doc_types.tsv, sections.tsv, head_rules.tsv) on the
 * driver from any file system Hadoop can open; the parsed rules travel to the executors in the
 * closure.
 */
public final class RulesLoader {

  public static final String BOILERPLATE = "boilerplate.tsv";
  public static final String DOC_TYPES = "doc_types.tsv";
  public static final String SECTIONS = "sections.tsv";
  public static final String HEAD_RULES = "head_rules.tsv";

  private RulesLoader() {}

  public static ReportRules load(SparkSession spark, String folder) {
    return ReportRules.parse(
        read(spark, folder, BOILERPLATE),
        read(spark, folder, DOC_TYPES),
        read(spark, folder, SECTIONS),
        read(spark, folder, HEAD_RULES));
  }

  private static String read(SparkSession spark, String folder, String name) {
    Path path = new Path(folder, name);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw new IllegalArgumentException(ConfigKeys.RULES + ": rule file not found: " + path);
      }
      try (InputStream in = fs.open(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(ConfigKeys.RULES + ": cannot read " + path, e);
    }
  }
}
