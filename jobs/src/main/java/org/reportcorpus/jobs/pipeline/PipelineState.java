package org.reportcorpus.jobs.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.Tables;

/**
 * What the last complete pipeline run computed its tables from: the version of {@code documents}
 * and a hash of the settings, the vocabulary file and the rule files. A run whose ingest read
 * nothing new, on the same documents and settings, has nothing to compute: it stops after ingest
 * and no table gets a new version. Kept as the warehouse's note {@value #NOTE}, written after the
 * last stage (a run killed before that leaves the previous note, so the next run computes again).
 */
public record PipelineState(String documents, String settings) {

  static final String NOTE = "pipeline";

  /** Settings that change how a run goes, not what the tables hold. */
  static final java.util.Set<String> NOT_RESULTS = java.util.Set.of(ConfigKeys.SKIP_UNCHANGED,
      ConfigKeys.TRENDS_SHOW_ROWS, ConfigKeys.WAREHOUSE_MIN_FREE_MB);

  /** The state of the warehouse and configuration now. */
  static PipelineState of(CorpusRun run) {
    return new PipelineState(run.store().versionOf(Tables.DOCUMENTS), settingsHash(run));
  }

  /** Whether the last complete run was computed from what the warehouse and settings hold now. */
  static boolean upToDate(CorpusRun run) {
    return run.store().exists(Tables.DOCUMENTS) && of(run).line().equals(run.store().note(NOTE));
  }

  void save(CorpusRun run) {
    run.store().setNote(NOTE, line());
  }

  private String line() {
    return "documents=" + documents + " settings=" + settings;
  }

  /**
   * A hash of the settings that decide what the tables hold, the vocabulary file and the files
   * of the rules folder. Left out: the inputs (where to look, not how to compute), Spark's
   * settings, and {@link #NOT_RESULTS}.
   */
  public static String settingsHash(CorpusRun run) {
    MessageDigest digest = sha256();
    Map<String, String> settings = new TreeMap<>(run.config().settings());
    settings.keySet().removeIf(key -> key.startsWith("spark.") || key.startsWith("local.spark.")
        || NOT_RESULTS.contains(key));
    digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
    Configuration hadoop = run.spark().sparkContext().hadoopConfiguration();
    try {
      addFile(digest, new Path(run.config().termsPath()), hadoop);
      Path rules = new Path(run.config().rulesFolder());
      FileSystem fs = rules.getFileSystem(hadoop);
      if (fs.exists(rules) && fs.getFileStatus(rules).isDirectory()) {
        for (FileStatus status : fs.listStatus(rules)) { // sorted by name
          if (status.isFile()) {
            addFile(digest, status.getPath(), hadoop);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule files", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void addFile(MessageDigest digest, Path path, Configuration hadoop) throws IOException {
    FileSystem fs = path.getFileSystem(hadoop);
    if (!fs.exists(path)) {
      return;
    }
    digest.update(path.getName().getBytes(StandardCharsets.UTF_8));
    try (InputStream in = fs.open(path)) {
      digest.update(in.readAllBytes());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
