package org.reportcorpus.jobs.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.faults.Fingerprints.Fingerprint;
import org.reportcorpus.jobs.pipeline.PipelineJob.Stage;
import org.reportcorpus.jobs.tables.FaultPoints;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.trends.TrendsJob;
import org.reportcorpus.jobs.testing.SharedSpark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bin/test-faults: kills {@code bin/corpus pipeline} with SIGKILL inside every table write and at
 * random moments, and checks after each kill that every table is readable and is either its
 * previous version or the complete new one; then that finishing the run gives the tables of a
 * clean run.
 *
 * <ol>
 *   <li>A clean reference run, traced ({@code corpus.fault=trace}), lists the fault points every
 *       table write passes and gives each table's reference fingerprint.
 *   <li>A chain of runs on a second warehouse: each is started at the stage the previous kill
 *       interrupted ({@code pipeline --from}), is stopped at its chosen point (the job waits
 *       there) or after a random delay, and is killed.
 *   <li>A last run finishes the pipeline; every table must equal the reference (append-only logs:
 *       whole multiples of the reference's rows).
 * </ol>
 *
 * Prints {@code kills survived K/K} and {@code table writes covered C/C}; exits 1 if any check failed.
 */
@Command(name = "test-faults", mixinStandardHelpOptions = true)
public final class KillSuite implements Callable<Integer> {

  /** Which pipeline stage writes each table: the stage a run must start from after a kill in it. */
  static final Map<String, Stage> STAGE_OF = stageOf();

  /**
   * Tables checked complete, not equal, after the kills: the topic tables, as in bin/test-cluster —
   * not seen to differ, but their model is fitted over tokens whose file layout a MERGE upstream
   * changes. (The candidate and emerging-term tables were here until new-word discovery stopped
   * depending on whether the JVM had segmented text before: a run resumed at the candidates stage
   * had not, and proposed other words.)
   */
  static final Set<String> LAYOUT_DEPENDENT = Set.of(
      Tables.TOPICS.name(), Tables.TOPIC_TERMS.name(), Tables.DOC_TOPICS.name(), Tables.TOPIC_TRENDS.name(),
      Tables.TOPIC_TERMS_BY_YEAR.name(), Tables.TOPIC_REPORT_WORDS.name(), Tables.TOPIC_MODEL_RUNS.name());

  /** Tables the pipeline only appends to: a run adds its rows. */
  static final Set<String> APPENDED = Set.of(Tables.RUNS.name(), Tables.TOPIC_MODEL_RUNS.name());

  @Option(names = "--root", description = "the repository (bin/corpus)")
  Path root = Path.of(System.getProperty("corpus.home", "."));

  @Option(names = "--out", description = "work folder: warehouses and logs (default target/test-faults)")
  Path out;

  @Option(names = "--sample", description = "the generated sample (default target/sample-30, shared with bin/test-cluster)")
  Path sample;

  @Option(names = "--formats", split = ",", description = "table formats to kill runs of (default delta,parquet)")
  List<String> formats = List.of("delta", "parquet");

  @Option(names = "--kills", description = "kills per format; 0 = the quick default: Delta one inside every"
      + " --stride-th table write of each stage and --random at random moments, Parquet the points of"
      + " --parquet-quick; N > 0: one inside every table write first")
  int kills = 0;

  // CI's time: the quick chain (15 kills) took 744 s, one kill in every write (--kills 30) 1,062 s;
  // fewer kills save little more, as each run of the chain then goes further before its kill.
  @Option(names = "--stride", description = "the quick default kills inside the 1st, (1 + N)-th, ... table write of"
      + " each stage (${DEFAULT-VALUE}; 1 = every one)")
  int stride = 3;

  @Option(names = "--random", description = "random-moment kills in the quick default (${DEFAULT-VALUE})")
  int random = 2;

  @Option(names = "--parquet-quick", split = ",", description = "the Parquet kills of the quick default")
  List<String> parquetQuick = List.of("swap:documents", "in-write:tokens", "swap:term_trends", "swap:runs");

  @Option(names = "--reports", description = "reports in the generated sample (${DEFAULT-VALUE})")
  int reports = 30;

  @Option(names = "--skip-retries", description = "skip the run whose tasks fail their first attempt")
  boolean skipRetries;

  @Option(names = "--skip-full-disk", description = "skip the run whose warehouse disk fills (a small tmpfs;"
      + " needs root)")
  boolean skipFullDisk;

  @Option(names = "--seed", description = "seed of the random kills")
  long seed = 13;

  /** The settings of every run here (bin/test-cluster's light topic sweep). */
  static final List<String> SETTINGS = List.of("--set", "corpus.topics.k=4", "--set", "corpus.topics.restarts=1",
      "--set", "corpus.topics.max_iter=20", "--set", "corpus.topics.sweep_iter=10");

  private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
  private List<String> inputs;

  public static void main(String[] args) {
    System.exit(new CommandLine(new KillSuite()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (stride < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--stride: at least 1, got " + stride);
    }
    root = root.toAbsolutePath().normalize();
    out = out == null ? root.resolve("target/test-faults") : out.toAbsolutePath();
    sample = sample == null ? root.resolve("target/sample-" + reports) : sample.toAbsolutePath();
    if (!Files.isDirectory(sample.resolve("truth"))) {
      run("generate", List.of("generate", "--out", sample.toString(), "--reports", String.valueOf(reports), "--seed", "3"),
          Map.of(), out.resolve("logs/generate.log"));
    }
    inputs = new ArrayList<>();
    try (Stream<Path> folders = Files.list(sample)) {
      folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().equals("truth")).sorted()
          .forEach(f -> inputs.addAll(List.of("--input", f + "/")));
    }

    // 1. The clean reference (Delta), traced: the fault points and every table's fingerprint, the
    // same in either format (rows are read back the same).
    Path reference = ConcurrencyRuns.fresh(out.resolve("reference"));
    long started = System.nanoTime();
    Child traced = run("reference", pipeline(reference, Stage.ingest, "delta"), Map.of(FaultPoints.PROPERTY,
        FaultPoints.TRACE), out.resolve("logs/reference.log"));
    List<String> points = traced.lines().stream().filter(l -> l.startsWith(FaultPoints.PASSED))
        .map(l -> l.substring(FaultPoints.PASSED.length())).filter(KillSuite::isTableWrite).distinct().toList();
    System.out.printf("reference run: %.0f s, %d fault points in %d table writes%n", (System.nanoTime() - started) / 1e9,
        points.size(), tablesOf(points).size());
    for (String table : tablesOf(points)) {
      if (!STAGE_OF.containsKey(table)) {
        throw new IllegalStateException("table " + table + " has no stage in KillSuite.STAGE_OF; add it");
      }
    }
    Map<String, Fingerprint> expected = measure(reference, "delta");

    // Two lanes at once: a run of the pipeline on this sample keeps about one core busy. The first
    // kills Delta runs; the second makes the retried-task and full-disk runs, then kills Parquet runs.
    java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
    results.add(lanes.submit(() -> !formats.contains("delta") || chain("delta", points, expected)));
    results.add(lanes.submit(() -> {
      if (!skipRetries) {
        retriedTasks(expected);
      }
      if (!skipFullDisk) {
        // Where the disk fills decides who reports it: a write task (an exception) or the
        // driver writing the commit (Hadoop's FSError). 64 KB is too little for the trend tables;
        // the pages of the first one's reference files leave none for its commit.
        String first = tablesOf(points).stream().filter(t -> STAGE_OF.get(t) == Stage.trends).findFirst()
            .orElseThrow();
        fullDisk(reference, expected, "in a write task", 64 << 10);
        fullDisk(reference, expected, "at the commit", pages(reference.resolve(first)));
      }
      return !formats.contains("parquet") || chain("parquet", withSwaps(points), expected);
    }));
    boolean ok = true;
    for (java.util.concurrent.Future<Boolean> result : results) {
      try {
        ok &= result.get();
      } catch (java.util.concurrent.ExecutionException e) {
        fail("a lane stopped: " + e.getCause());
        e.getCause().printStackTrace();
        ok = false;
      }
    }
    lanes.shutdown();
    failures.forEach(f -> System.out.println("FAILED: " + f));
    return ok && failures.isEmpty() ? 0 : 1;
  }

  /**
   * Kills runs on one warehouse at the points of the plan, each run started where the last kill
   * stopped the pipeline; then finishes it and compares with the clean run.
   */
  private boolean chain(String format, List<String> points, Map<String, Fingerprint> expected) throws Exception {
    List<String> plan = plan(format, points);
    Path warehouse = ConcurrencyRuns.fresh(out.resolve(format + "-warehouse"));
    Map<String, Fingerprint> before = measure(warehouse, format);
    Stage from = Stage.ingest;
    Random rnd = new Random(seed);
    int survived = 0;
    int done = 0;
    int windowKills = 0;
    Set<String> covered = new LinkedHashSet<>();
    long chainStarted = System.nanoTime();
    for (int p = 0; p < plan.size(); p++) {
      String point = plan.get(p);
      boolean atRandom = point.equals("random");
      Path log = out.resolve(String.format("logs/%s-kill-%02d.log", format, done + 1));
      long started = System.nanoTime();
      String stopped;
      // A run killed at random waits at the next point of the plan: carried past it, the chain
      // would start the next run after it, and never reach it.
      String next = plan.subList(p + 1, plan.size()).stream().filter(q -> !q.equals("random")).findFirst()
          .orElse(null);
      String mode = !atRandom ? point : next == null ? FaultPoints.TRACE : FaultPoints.TRACE_UNTIL + next;
      try (Child child = Child.start(root, pipeline(warehouse, from, format), Map.of(FaultPoints.PROPERTY, mode),
          log)) {
        if (atRandom) {
          long delay = 8_000 + rnd.nextInt(40_000);
          boolean atNext = child.awaitLine(FaultPoints.REACHED, delay);
          if (!atNext && !child.isAlive()) {
            System.out.printf("%s: random kill after %.1f s: the run had ended; not counted%n", format, delay / 1e3);
            continue;
          }
          String passed = lastPassed(child.lines());
          stopped = atNext ? "random, " + delay / 1000 + " s, waited at " + next
              : "random, " + delay / 1000 + " s in, " + (passed == null ? "before any write" : "after " + passed);
        } else if (!child.awaitLine(FaultPoints.REACHED + point, 15 * 60_000)) {
          fail(format + " kill at " + point + ": the run ended or hung before reaching it (see " + log + ")");
          continue;
        } else {
          stopped = point;
        }
        child.kill();
        String last = atRandom ? lastPassed(child.lines()) : point;
        if (last != null) {
          from = STAGE_OF.get(table(last));
        }
      }
      done++;
      if (format.equals("parquet")) {
        windowKills += swapWindows(warehouse);
      }
      Map<String, Fingerprint> after = measure(warehouse, format);
      List<String> wrong = check(before, after, expected);
      if (wrong.isEmpty()) {
        survived++;
      } else {
        fail(format + " kill " + done + " (" + stopped + "): " + wrong);
      }
      if (!atRandom) {
        covered.add(table(point));
      }
      System.out.printf("%s kill %2d/%d %-44s %5.1f s  %s%n", format, done, plan.size(), stopped,
          (System.nanoTime() - started) / 1e9, wrong.isEmpty() ? "every table its previous or its new version"
              : "FAILED " + wrong);
      before = after;
    }

    // Finish, and compare with the clean run.
    run(format + " finish", pipeline(warehouse, from, format), Map.of(), out.resolve("logs/" + format + "-finish.log"));
    List<String> different = compareFinished(measure(warehouse, format), expected);
    if (!different.isEmpty()) {
      fail(format + ": after the finishing run (pipeline --from " + from + "), tables differ from the clean run's: "
          + different);
    }
    Set<String> writes = new LinkedHashSet<>(plan.stream().filter(p -> !p.equals("random")).map(KillSuite::table)
        .toList());
    if (kills > 0) {
      writes = new LinkedHashSet<>(tablesOf(points));
    }
    System.out.printf("%s: finishing run (pipeline --from %s): every table equals the clean run's: %s (%.0f s in all)%n",
        format, from, different.isEmpty() ? "yes" : "NO " + different, (System.nanoTime() - chainStarted) / 1e9);
    if (format.equals("parquet")) {
      System.out.printf("parquet: %d kills in a swap window left the table folder missing until the next run on the"
          + " warehouse put the complete new version in place%n", windowKills);
    }
    System.out.printf("%s: kills survived %d/%d%n", format, survived, done);
    System.out.printf("%s: table writes covered %d/%d%n", format, covered.size(), writes.size());
    return survived == done && covered.containsAll(writes) && different.isEmpty();
  }

  /**
   * A run whose tasks fail their first attempt (every other partition of the file reading and of
   * every table write) must give the clean run's tables: no row counted twice by a re-run task.
   */
  private void retriedTasks(Map<String, Fingerprint> expected) throws InterruptedException {
    Path warehouse = ConcurrencyRuns.fresh(out.resolve("retried"));
    List<String> args = new ArrayList<>(pipeline(warehouse, Stage.ingest, "delta"));
    args.addAll(List.of("--set", "local.spark.master=local[2,4]"));
    long started = System.nanoTime();
    Child child = run("retried-tasks", args, Map.of(FaultPoints.PROPERTY, FaultPoints.FAIL_FIRST_ATTEMPTS),
        out.resolve("logs/retried-tasks.log"));
    // Spark logs each failed attempt as "Lost task"; the cause (on a later line) must be ours.
    long failed = child.lines().stream().filter(l -> l.contains("WARN TaskSetManager: Lost task")).count();
    if (child.lines().stream().noneMatch(l -> l.contains("fails on purpose"))) {
      failed = 0;
    }
    Map<String, Fingerprint> tables = measure(warehouse, "delta");
    List<String> different = new ArrayList<>();
    for (String table : union(tables, expected)) {
      if (!java.util.Objects.equals(tables.get(table), expected.get(table))) {
        different.add(table + ": " + tables.get(table) + " vs clean " + expected.get(table));
      }
    }
    if (failed == 0) {
      fail("retried tasks: no task attempt failed on purpose (see logs/retried-tasks.log)");
    }
    if (!different.isEmpty()) {
      fail("retried tasks: tables differ from the clean run's: " + different);
    }
    System.out.printf("retried tasks: %d first attempts failed on purpose and were retried (%.0f s); %d tables,"
        + " every one equal to the clean run's: %s%n", failed, (System.nanoTime() - started) / 1e9, tables.size(),
        different.isEmpty() ? "yes" : "NO " + different);
  }

  /**
   * The disk fills under a run: it must end with one line naming the table and the path, and
   * every table must still read as before. The warehouse (a copy of the reference) sits on a
   * tmpfs just larger than it, filled but for {@code room} bytes; the run rewrites the trend tables.
   */
  private void fullDisk(Path reference, Map<String, Fingerprint> expected, String where, long room)
      throws IOException, InterruptedException {
    String name = "full-disk-" + where.replaceAll("\\W+", "-");
    Path mount = ConcurrencyRuns.fresh(out.resolve(name));
    long bytes;
    try (Stream<Path> files = Files.walk(reference)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + (bytes + (8 << 20)), "tmpfs",
        mount.toString()).redirectErrorStream(true).start();
    String why = new String(mounting.getInputStream().readAllBytes()).strip();
    if (mounting.waitFor() != 0) {
      // Said, not failed: a machine without the right to mount (not root, or a container without
      // CAP_SYS_ADMIN) cannot make a small disk; the check before any write is FailFastTest's.
      System.out.println("full disk: NOT TESTED: cannot mount a tmpfs here (" + why + "); needs root with the right"
          + " to mount");
      return;
    }
    try {
      Path warehouse = mount.resolve("warehouse");
      try (Stream<Path> files = Files.walk(reference)) {
        for (Path from : (Iterable<Path>) files::iterator) {
          Path to = warehouse.resolve(reference.relativize(from).toString());
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to);
          }
        }
      }
      // Without the note of the term counts, the run recounts them (a rewrite, as in a first run)
      // rather than appending the few documents without a term: the writes the rooms are sized for.
      Files.deleteIfExists(warehouse.resolve("_state/" + TrendsJob.COUNTED_WITH));
      Path filler = mount.resolve("filler");
      long fill = Files.getFileStore(mount).getUsableSpace() - room;
      try (java.io.OutputStream out = Files.newOutputStream(filler)) {
        byte[] block = new byte[1 << 16];
        for (long left = fill; left > 0; left -= block.length) {
          out.write(block, 0, (int) Math.min(block.length, left));
        }
      }
      List<String> args = new ArrayList<>(pipeline(warehouse, Stage.trends, "delta"));
      args.addAll(List.of("--set", "corpus.warehouse.min_free_mb=0"));
      Child child = Child.start(root, args, Map.of(), out.resolve("logs/" + name + ".log"));
      int code = child.waitFor(15 * 60_000);
      // "corpus pipeline: table T: ..." under bin/corpus (the command's qualified name)
      List<String> said = child.lines().stream().filter(l -> l.matches("^(corpus )?pipeline: table .*")).toList();
      Files.delete(filler);
      Map<String, Fingerprint> after = measure(warehouse, "delta");
      List<String> wrong = new ArrayList<>();
      for (String table : union(after, expected)) {
        if (!java.util.Objects.equals(after.get(table), expected.get(table))) {
          wrong.add(table + ": " + after.get(table) + " vs " + expected.get(table));
        }
      }
      boolean named = said.size() == 1 && said.get(0).contains("no space left on the device of " + warehouse.toUri()
          .toString().replaceFirst("/$", "").replaceFirst("^file:///", "file:/"));
      if (code != 1 || !named || !wrong.isEmpty()) {
        // The log's last lines besides stack frames: CI keeps only this suite's output.
        List<String> lines = child.lines().stream().filter(l -> !l.isBlank() && !l.startsWith("\t")
            && !l.startsWith("[Stage")).toList();
        fail("full disk " + where + ": exit " + code + ", message " + said + ", tables changed " + wrong + " (see logs/"
            + name + ".log,"
            + " which ends: " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size())) + ")");
      }
      System.out.printf("full disk %s: exit %d, said \"%s\"; every table as before: %s%n", where, code,
          said.isEmpty() ? "(nothing)" : said.get(0), wrong.isEmpty() ? "yes" : "NO " + wrong);
    } finally {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  /** tmpfs counts whole pages. */
  static final long PAGE = 4096;

  /** The pages a table's files take besides its log: what a rewrite of it as it was needs. */
  static long pages(Path table) throws IOException {
    try (Stream<Path> files = Files.list(table)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> (p.toFile().length() + PAGE - 1) / PAGE * PAGE).sum();
    }
  }

  /**
   * The quick plan: one point inside the 1st, (1 + stride)-th, ... table write of each stage
   * (cycling through the kinds of point), plus random moments; with {@code kills}, one inside
   * every table write first.
   */
  List<String> plan(String format, List<String> points) {
    if (format.equals("parquet") && kills == 0) {
      for (String point : parquetQuick) {
        if (!points.contains(point)) {
          throw new IllegalArgumentException("--parquet-quick: " + point + " is not a point the pipeline passes: " + points);
        }
      }
      return parquetQuick.stream().sorted(Comparator.comparingInt(points::indexOf)).toList();
    }
    List<String> kinds = format.equals("parquet") ? List.of("swap", "in-write", "after-commit", "before-commit")
        : List.of("in-write", "after-commit", "before-commit");
    List<String> plan = new ArrayList<>();
    List<String> tables = tablesOf(points);
    Map<String, Integer> inStage = new HashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      String table = tables.get(i);
      // the 1st, (1 + stride)-th, ... write of each stage: every stage is killed in
      int nth = inStage.merge(String.valueOf(STAGE_OF.get(table)), 1, Integer::sum) - 1;
      if (kills == 0 && nth % stride != 0) {
        continue;
      }
      for (int k = 0; k < kinds.size(); k++) {
        String point = kinds.get((i + k) % kinds.size()) + ":" + table;
        if (points.contains(point)) {
          plan.add(point);
          break;
        }
      }
    }
    List<String> rest = new ArrayList<>(points);
    rest.removeAll(plan);
    int total = kills > 0 ? kills : plan.size() + random;
    for (String point : rest) { // then the other points, in order, while kills remain
      if (plan.size() + random >= total) {
        break;
      }
      plan.add(point);
    }
    List<String> ordered = new ArrayList<>(plan.stream().sorted(Comparator.comparingInt(points::indexOf)).toList());
    Random rnd = new Random(seed);
    while (ordered.size() < total) {
      ordered.add(rnd.nextInt(ordered.size() + 1), "random");
    }
    return ordered;
  }

  /** Every table readable, and its previous or its complete new version (logs: previous plus the new rows). */
  private List<String> check(Map<String, Fingerprint> before, Map<String, Fingerprint> after,
      Map<String, Fingerprint> expected) {
    List<String> wrong = new ArrayList<>();
    for (String table : union(before, after)) {
      Fingerprint now = after.get(table);
      Fingerprint was = before.get(table);
      Fingerprint complete = APPENDED.contains(table) && expected.get(table) != null
          ? (was == null ? Fingerprint.EMPTY : was).plus(expected.get(table)) : expected.get(table);
      if (now != null && now.equals(READ_ERROR)) {
        wrong.add(table + " unreadable");
      } else if (!java.util.Objects.equals(now, was) && !java.util.Objects.equals(now, complete)) {
        if (LAYOUT_DEPENDENT.contains(table) && now != null && now.rows() > 0) {
          System.out.println("  " + table + ": complete, but not the clean run's (known defect, see LAYOUT_DEPENDENT)");
        } else {
          wrong.add(table + " is " + now + ", neither " + was + " nor " + complete);
        }
      }
    }
    return wrong;
  }

  private static List<String> compareFinished(Map<String, Fingerprint> finished, Map<String, Fingerprint> expected) {
    List<String> different = new ArrayList<>();
    for (String table : union(finished, expected)) {
      Fingerprint now = finished.get(table);
      Fingerprint clean = expected.get(table);
      boolean same = APPENDED.contains(table) && now != null && clean != null && clean.rows() > 0
          && now.rows() % clean.rows() == 0 ? now.equals(clean.times(now.rows() / clean.rows()))
          : java.util.Objects.equals(now, clean);
      if (!same && LAYOUT_DEPENDENT.contains(table) && now != null && now.rows() > 0) {
        System.out.println("  " + table + ": complete, but not the clean run's (known defect, see LAYOUT_DEPENDENT)");
      } else if (!same) {
        different.add(table + ": " + now + " vs clean " + clean);
      }
    }
    return different;
  }

  private static final Fingerprint READ_ERROR = new Fingerprint(-1, java.math.BigInteger.ZERO);

  /** Each existing table's fingerprint; READ_ERROR for one that exists but cannot be read. */
  private Map<String, Fingerprint> measure(Path warehouse, String format) {
    SparkSession spark = SharedSpark.get();
    TableStore store = new TableStore(spark, warehouse.toString(), format);
    Map<String, Fingerprint> prints = new LinkedHashMap<>();
    for (TableDef table : Tables.ALL) {
      if (store.exists(table)) {
        try {
          prints.put(table.name(), Fingerprints.measure(store.read(table)));
        } catch (Exception e) { // Spark's AnalysisException is checked for Java
          prints.put(table.name(), READ_ERROR);
          System.out.println("  " + table.name() + " unreadable: " + e.toString().lines().findFirst().orElse(""));
        }
      }
    }
    return prints;
  }

  /**
   * Tables a kill left inside their swap window (no table folder, the old one aside), counted
   * before a TableStore on the warehouse finishes the swap.
   */
  private static int swapWindows(Path warehouse) {
    int windows = 0;
    for (TableDef table : Tables.ALL) {
      if (!Files.exists(warehouse.resolve(table.name()).resolve("_SUCCESS"))
          && Files.isDirectory(warehouse.resolve("_old_" + table.name()))) {
        windows++;
        System.out.println("  " + table.name() + ": folder missing, killed inside its swap window");
      }
    }
    return windows;
  }

  /** The points of a Parquet run: a Delta run's, and the swap window of each table write. */
  private static List<String> withSwaps(List<String> points) {
    List<String> all = new ArrayList<>();
    for (String point : points) {
      if (point.startsWith("after-commit:")) {
        all.add("swap:" + table(point));
      }
      all.add(point);
    }
    return all;
  }

  private Child run(String name, List<String> args, Map<String, String> properties, Path log) throws InterruptedException {
    Child child = Child.start(root, args, properties, log);
    int code = child.waitFor(30 * 60_000);
    if (code != 0) {
      fail(name + " run exited " + code + " (see " + log + ")");
      throw new IllegalStateException(name + " run exited " + code + "; see " + log);
    }
    return child;
  }

  private List<String> pipeline(Path warehouse, Stage from, String format) {
    List<String> args = new ArrayList<>(List.of("pipeline", "--from", from.name(), "--warehouse", warehouse.toString(),
        "--format", format));
    args.addAll(inputs);
    args.addAll(SETTINGS);
    return args;
  }

  private void fail(String message) {
    failures.add(message);
  }

  private static String lastPassed(List<String> lines) {
    String last = null;
    for (String line : lines) {
      if (line.startsWith(FaultPoints.PASSED) && isTableWrite(line.substring(FaultPoints.PASSED.length()))) {
        last = line.substring(FaultPoints.PASSED.length());
      }
    }
    return last;
  }

  /** The points of table writes (others, such as in-task:read-files, serve the retry check). */
  static boolean isTableWrite(String point) {
    return Stream.of("before-commit:", "in-write:", "after-commit:", "swap:").anyMatch(point::startsWith);
  }

  static String table(String point) {
    return point.substring(point.indexOf(':') + 1);
  }

  private static List<String> tablesOf(List<String> points) {
    return points.stream().map(KillSuite::table).distinct().toList();
  }

  private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }



  private static Map<String, Stage> stageOf() {
    Map<String, Stage> map = new LinkedHashMap<>();
    Stream.of(Tables.REJECTS, Tables.DOCUMENTS, Tables.SECTIONS, Tables.DUPLICATES, Tables.DOC_SIGNATURES,
        Tables.RUNS, Tables.SOURCE_FILES)
        .forEach(t -> map.put(t.name(), Stage.ingest));
    map.put(Tables.TOKENS.name(), Stage.tokenize);
    Stream.of(Tables.TERM_CANDIDATES, Tables.CANDIDATE_TRENDS).forEach(t -> map.put(t.name(), Stage.candidates));
    Stream.of(Tables.TERM_UNIT_COUNTS, Tables.TERM_DOC_COUNTS, Tables.TERM_TRENDS, Tables.TERM_DIFFUSION,
        Tables.TERM_ADOPTION, Tables.EMERGING_TERMS, Tables.EMERGING_YEARS).forEach(t -> map.put(t.name(), Stage.trends));
    Stream.of(Tables.COOCCURRENCE_COUNTS, Tables.TERM_COOCCURRENCE).forEach(t -> map.put(t.name(), Stage.cooccurrence));
    Stream.of(Tables.KEYWORD_CELLS, Tables.KEYWORDS_BY_YEAR, Tables.KEYWORDS_BY_PROVINCE).forEach(t -> map.put(t.name(), Stage.keywords));
    Stream.of(Tables.TOPICS, Tables.TOPIC_TERMS, Tables.DOC_TOPICS, Tables.TOPIC_TRENDS, Tables.TOPIC_TERMS_BY_YEAR,
        Tables.TOPIC_REPORT_WORDS, Tables.TOPIC_MODEL_RUNS).forEach(t -> map.put(t.name(), Stage.topics));
    return map;
  }
}
