package org.reportcorpus.jobs.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.generator.GenerateCommand;
import org.reportcorpus.jobs.tables.TableStore;

/**
 * What ConcurrentReaders and ConcurrentWriters share: the installation, sample inputs, the writer's
 * {@code bin/corpus pipeline} command line and the orchestrator's own small Spark session.
 */
final class ConcurrencyRuns {

  /** The pipeline without topics, on few shuffle partitions, without progress bars: small and quick on 2 cores. */
  static final List<String> LIGHT = List.of(
      "--set", "corpus.pipeline.topics=false",
      "--set", "local.spark.sql.shuffle.partitions=2",
      "--set", "local.spark.ui.showConsoleProgress=false");

  /** A writer that runs longer than this is stuck. */
  static final long RUN_TIMEOUT_MS = 30 * 60_000L;

  private ConcurrencyRuns() {}

  /** The installation (bin/corpus's folder's parent), from -Dcorpus.home as bin/corpus sets it. */
  static Path root() {
    String home = System.getProperty("corpus.home");
    if (home == null) {
      throw new IllegalStateException("run with -Dcorpus.home=<checkout> (scripts/faults-concurrency does)");
    }
    return Paths.get(home).toAbsolutePath().normalize();
  }

  /** Writes a synthetic sample of {@code reports} reports over {@code years} (A-B) into {@code out}, in this JVM. */
  static void generate(Path out, int reports, String years, long seed) {
    int code = GenerateCommand.commandLine(new GenerateCommand()).execute("--out", out.toString(), "--reports",
        Integer.toString(reports), "--years", years, "--seed", Long.toString(seed), "--overwrite");
    if (code != 0) {
      throw new IllegalStateException("generate --out " + out + " ended with " + code);
    }
  }

  static List<String> pipeline(Path input, Path warehouse) {
    List<String> args = new ArrayList<>(List.of("pipeline", "--input", input.toString(), "--warehouse",
        warehouse.toString(), "--format", "delta"));
    args.addAll(LIGHT);
    return args;
  }

  static Child startPipeline(Path input, Path warehouse, Path log) {
    return Child.start(root(), pipeline(input, warehouse), Map.of(), log);
  }

  /** Deletes {@code dir} and what it holds, if it exists, and makes it again empty; returns it. */
  static Path fresh(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The orchestrator's Spark session: one core (the writer JVMs get the other), Delta, quiet. A
   * separate process from every writer, as a user's notebook querying the warehouse would be.
   */
  static SparkSession session() {
    SparkSession spark = SparkSession.builder()
        .appName("corpus-faults-concurrency")
        .master("local[1]")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.default.parallelism", "1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.databricks.delta.snapshotPartitions", "1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /** delta, parquet or null: what TableStore would find at {@code path}. */
  static String formatAt(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return TableStore.formatAt(fs, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seconds(long startNanos) {
    return String.format("%.0f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
