package org.reportcorpus.jobs.faults;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.tables.TrendSlice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 13 item 3: a query that runs while {@code bin/corpus pipeline} rewrites a Delta warehouse
 * answers from one committed version. A writer (its own JVM) runs the pipeline over an input that
 * grows before every run (a new batch of reports overlapping the last years, so every table
 * changes); this JVM meanwhile reads documents, term_doc_counts and term_trends by path, fresh each
 * time, and records each answer's fingerprint and checks of that same snapshot. Afterwards every
 * version in each table's history is fingerprinted (time travel): a read that matches none, or
 * whose snapshot fails a check, is inconsistent. Parquet is not tested: it has no snapshots (its
 * staging swap leaves a moment with no table folder).
 */
@Command(name = "concurrent-readers", mixinStandardHelpOptions = true,
    description = "queries Delta tables in a loop while the pipeline rewrites them; every answer must be one committed version")
public final class ConcurrentReaders implements Callable<Integer> {

  static final List<TableDef> READ = List.of(Tables.DOCUMENTS, Tables.TERM_DOC_COUNTS, Tables.TERM_TRENDS);

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "scratch folder (emptied first)")
  Path work;

  @Option(names = "--rewrites", paramLabel = "N", description = "runs over an existing warehouse (default ${DEFAULT-VALUE})")
  int rewrites = 3;

  @Option(names = "--reports", paramLabel = "N", description = "reports in each input batch (default ${DEFAULT-VALUE})")
  int reports = 12;

  @Option(names = "--min-reads", paramLabel = "N", description = "fewest reads that make a pass (default ${DEFAULT-VALUE})")
  int minReads = 200;

  /** One answer: the table, its fingerprint, and what a check of that same snapshot found wrong (null = nothing). */
  record Read(String table, String fingerprint, String problem) {}

  public static void main(String[] args) {
    int code = new CommandLine(new ConcurrentReaders()).execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    work = work.toAbsolutePath();
    ConcurrencyRuns.fresh(work);
    Path input = Files.createDirectories(work.resolve("input"));
    Path warehouse = work.resolve("warehouse");
    int runs = rewrites + 1;
    // Batch k covers years k..k+2 (from 2015): each new batch adds a year and documents to the two
    // years before it, so n_docs of existing years changes too.
    for (int k = 0; k < runs; k++) {
      ConcurrencyRuns.generate(work.resolve("batches/b" + k), reports, (2015 + k) + "-" + (2017 + k), 100 + k);
    }
    SparkSession spark = ConcurrencyRuns.session();

    List<Read> reads = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread reader = new Thread(() -> readLoop(spark, warehouse, writing, reads), "reader");
    reader.start();

    List<Integer> exits = new ArrayList<>();
    int rewritesDone = 0;
    for (int k = 0; k < runs; k++) {
      Files.move(work.resolve("batches/b" + k), input.resolve("b" + k));
      long runStart = System.nanoTime();
      int readsBefore = reads.size();
      try (Child writer = ConcurrencyRuns.startPipeline(input, warehouse, work.resolve("logs/writer-" + k + ".log"))) {
        int exit = writer.waitFor(ConcurrencyRuns.RUN_TIMEOUT_MS);
        exits.add(exit);
        if (exit == 0 && k > 0) {
          rewritesDone++;
        }
      }
      System.out.printf("readers: writer run %d (%d batches of input) exit %d in %s, %d reads during it%n", k + 1, k + 1,
          exits.get(k), ConcurrencyRuns.seconds(runStart), reads.size() - readsBefore);
    }
    writing.set(false);
    reader.join();

    // Every committed version of each table, fingerprinted.
    Map<String, Map<String, Long>> versions = new LinkedHashMap<>();
    for (TableDef table : READ) {
      String path = warehouse.resolve(table.name()).toString();
      Map<String, Long> byFingerprint = new HashMap<>();
      for (Row v : DeltaTable.forPath(spark, path).history().select("version").orderBy("version").collectAsList()) {
        long version = v.getLong(0);
        byFingerprint.putIfAbsent(
            Fingerprints.of(spark.read().format("delta").option("versionAsOf", version).load(path)), version);
      }
      versions.put(table.name(), byFingerprint);
    }

    int inconsistent = 0;
    Map<String, Integer> readsOf = new LinkedHashMap<>();
    Map<String, Set<Long>> seen = new LinkedHashMap<>();
    for (Read read : reads) {
      readsOf.merge(read.table(), 1, Integer::sum);
      Long version = read.fingerprint() == null ? null : versions.get(read.table()).get(read.fingerprint());
      if (version == null || read.problem() != null) {
        inconsistent++;
        System.out.printf("readers: inconsistent read of %s: %s%n", read.table(),
            read.problem() != null ? read.problem() : "fingerprint " + read.fingerprint() + " is no committed version");
      } else {
        seen.computeIfAbsent(read.table(), t -> new HashSet<>()).add(version);
      }
    }
    for (TableDef table : READ) {
      System.out.printf("readers: %s: %d reads, %d distinct committed contents in its history, reads saw %d of them%n",
          table.name(), readsOf.getOrDefault(table.name(), 0), versions.get(table.name()).size(),
          seen.getOrDefault(table.name(), Set.of()).size());
    }
    boolean writersOk = exits.stream().allMatch(e -> e == 0);
    // A rewrite that changed nothing would prove little: each table must hold a distinct content per run.
    boolean changed = versions.values().stream().allMatch(v -> v.size() >= runs);
    System.out.printf("reads %d across %d rewrites, inconsistent %d%n", reads.size(), rewritesDone, inconsistent);
    System.out.printf("readers: writer exits %s, every rewrite changed every table: %s, wall %s%n", exits, changed,
        ConcurrencyRuns.seconds(start));
    spark.stop();
    boolean pass = reads.size() >= minReads && rewritesDone >= 3 && inconsistent == 0 && writersOk && changed;
    return pass ? 0 : 1;
  }

  /**
   * Reads the three tables in turn until the writer is done. A table is read from its first commit
   * on: before it, the writer may have made its _delta_log folder with no version in it yet, which
   * a query rightly finds no table in.
   */
  private static void readLoop(SparkSession spark, Path warehouse, AtomicBoolean writing, List<Read> reads) {
    while (writing.get()) {
      boolean any = false;
      for (TableDef table : READ) {
        String path = warehouse.resolve(table.name()).toString();
        if (!Files.exists(warehouse.resolve(table.name()).resolve("_delta_log/00000000000000000000.json"))) {
          continue;
        }
        any = true;
        reads.add(readOnce(spark, table, path));
      }
      if (!any) {
        sleep(200);
      }
    }
  }

  /**
   * The table's latest version as a plain query sees it, materialized once (one scan, so one
   * snapshot), then fingerprinted and checked; a failing query is an inconsistent read too.
   */
  static Read readOnce(SparkSession spark, TableDef table, String path) {
    Dataset<Row> snapshot = null;
    try {
      snapshot = spark.read().format("delta").load(path).localCheckpoint(true);
      return new Read(table.name(), Fingerprints.of(snapshot), check(table, snapshot));
    } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown unchecked
      return new Read(table.name(), null, "query failed: " + e.toString().lines().findFirst().orElse(""));
    } finally {
      if (snapshot != null) {
        snapshot.unpersist();
      }
    }
  }

  /** What holds inside any one version of the table; null if it does, else what does not. */
  static String check(TableDef table, Dataset<Row> rows) {
    if (table.equals(Tables.DOCUMENTS)) {
      Row r = rows.agg(count(lit(1)), countDistinct(col("doc_id"))).first();
      return r.getLong(0) == r.getLong(1) ? null : "documents: " + r.getLong(0) + " rows but " + r.getLong(1) + " doc_ids";
    }
    if (table.equals(Tables.TERM_DOC_COUNTS)) {
      Row r = rows.agg(count(lit(1)), countDistinct(col("doc_id"), col("term")), min(col("occurrences"))).first();
      if (r.getLong(0) != r.getLong(1)) {
        return "term_doc_counts: " + r.getLong(0) + " rows but " + r.getLong(1) + " (doc_id, term) keys";
      }
      return r.isNullAt(2) || r.getInt(2) > 0 ? null : "term_doc_counts: a row with occurrences " + r.getInt(2);
    }
    if (table.equals(Tables.TERM_TRENDS)) {
      // The headline slice: one n_docs per year (every term counted over the same documents), no
      // term mentioned by more documents than the year has, and every term in every year.
      List<Row> years = rows.filter(TrendSlice.headline()).groupBy("year")
          .agg(countDistinct(col("n_docs")), max(col("n_docs_mentioning").minus(col("n_docs"))),
              count(lit(1)), countDistinct(col("term")))
          .orderBy("year").collectAsList();
      Set<Long> termsPerYear = new HashSet<>();
      for (Row y : years) {
        if (y.getLong(1) != 1 || y.getLong(2) > 0 || y.getLong(3) != y.getLong(4)) {
          return "term_trends: headline year " + y.getInt(0) + " has " + y.getLong(1) + " n_docs values, "
              + y.getLong(3) + " rows for " + y.getLong(4) + " terms, n_docs_mentioning - n_docs up to " + y.getLong(2);
        }
        termsPerYear.add(y.getLong(4));
      }
      return termsPerYear.size() <= 1 ? null : "term_trends: headline years hold different numbers of terms " + termsPerYear;
    }
    throw new IllegalArgumentException("no check for " + table.name());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
