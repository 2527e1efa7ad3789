package org.reportcorpus.jobs.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 13 item 4: two {@code bin/corpus pipeline} runs started at the same moment on one fresh
 * Delta warehouse over the same input. Neither may corrupt a table: afterwards every table reads;
 * each run either ended 0 (its lost commit conflicts redone) or ended 1 with the one line naming
 * the table and the conflict, no stack trace; and a solo run on that warehouse afterwards leaves
 * the same tables (fingerprints) as a solo run on a fresh warehouse — the logs {@code runs} and
 * {@code topic_model_runs} and the topic tables left out (topics are off here).
 */
@Command(name = "concurrent-writers", mixinStandardHelpOptions = true,
    description = "two pipeline runs at once on one Delta warehouse: no table corrupted, a lost conflict in one line")
public final class ConcurrentWriters implements Callable<Integer> {

  /** JobCommand's line for a TableWriteException of a lost conflict: the table and the conflict's class. */
  static final Pattern LOST = Pattern.compile(
      "table (\\w+) at \\S+: another writer committed first \\d+ times \\((\\w+):.*nothing of this run was committed");
  /** TableStore's warning of a conflict it redoes. */
  static final Pattern REDONE = Pattern.compile("table (\\w+): lost a commit conflict to another writer \\((\\w+)");

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "scratch folder (emptied first)")
  Path work;

  @Option(names = "--reports", paramLabel = "N", description = "reports in the input (default ${DEFAULT-VALUE})")
  int reports = 24;

  public static void main(String[] args) {
    int code = new CommandLine(new ConcurrentWriters()).execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    work = work.toAbsolutePath();
    ConcurrencyRuns.fresh(work);
    Path input = work.resolve("input");
    ConcurrencyRuns.generate(input, reports, "2015-2018", 7);
    Path shared = work.resolve("warehouse");
    Path clean = work.resolve("warehouse-solo");

    // The race: both children started before either has done anything.
    long raceStart = System.nanoTime();
    Child first = ConcurrencyRuns.startPipeline(input, shared, work.resolve("logs/writer-a.log"));
    Child second = ConcurrencyRuns.startPipeline(input, shared, work.resolve("logs/writer-b.log"));
    int exitA = first.waitFor(ConcurrencyRuns.RUN_TIMEOUT_MS);
    int exitB = second.waitFor(ConcurrencyRuns.RUN_TIMEOUT_MS);
    System.out.printf("writers: the two runs ended %d and %d in %s%n", exitA, exitB, ConcurrencyRuns.seconds(raceStart));
    boolean endsOk = endedWell("a", exitA, first.lines()) & endedWell("b", exitB, second.lines());
    int redone = 0;
    Set<String> redoneTables = new TreeSet<>();
    for (Child child : List.of(first, second)) {
      for (String line : child.lines()) {
        Matcher m = REDONE.matcher(line);
        if (m.find()) {
          redone++;
          redoneTables.add(m.group(1) + " (" + m.group(2) + ")");
        }
      }
    }
    System.out.printf("writers: conflicts redone in %s%n", redoneTables.isEmpty() ? "no table" : redoneTables);

    // The solo runs: a third on the raced warehouse, and one on a fresh warehouse to compare with
    // (different warehouses, so they may run side by side).
    long soloStart = System.nanoTime();
    SparkSession spark = ConcurrencyRuns.session();
    Map<String, String> afterRace = readability(spark, shared);
    Child third = ConcurrencyRuns.startPipeline(input, shared, work.resolve("logs/writer-third.log"));
    Child solo = ConcurrencyRuns.startPipeline(input, clean, work.resolve("logs/writer-solo.log"));
    int exitThird = third.waitFor(ConcurrencyRuns.RUN_TIMEOUT_MS);
    int exitSolo = solo.waitFor(ConcurrencyRuns.RUN_TIMEOUT_MS);
    System.out.printf("writers: third run on the raced warehouse ended %d, solo run on a fresh one %d, in %s%n",
        exitThird, exitSolo, ConcurrencyRuns.seconds(soloStart));

    int tables = 0;
    List<String> differ = new ArrayList<>();
    for (TableDef table : Tables.ALL) {
      String path = clean.resolve(table.name()).toString();
      if (ConcurrencyRuns.formatAt(spark, path) == null || !compared(table)) {
        continue;
      }
      tables++;
      String want = Fingerprints.of(spark.read().format("delta").load(path));
      String got = ConcurrencyRuns.formatAt(spark, shared.resolve(table.name()).toString()) == null ? "missing"
          : Fingerprints.of(spark.read().format("delta").load(shared.resolve(table.name()).toString()));
      if (!want.equals(got)) {
        differ.add(table.name() + " (" + got + " against " + want + ")");
      }
    }
    // Intact: each table a solo run writes was there and read in full right after the race.
    int expected = 0;
    List<String> broken = new ArrayList<>();
    for (TableDef table : Tables.ALL) {
      if (ConcurrencyRuns.formatAt(spark, clean.resolve(table.name()).toString()) != null) {
        expected++;
        String state = afterRace.getOrDefault(table.name(), "missing");
        if (!state.equals("ok")) {
          broken.add(table.name() + ": " + state);
        }
      }
    }
    spark.stop();
    List<String> leftovers = leftovers(shared);

    int intact = expected - broken.size();
    System.out.printf("writers: 2 runs, exits %d/%d, conflicts redone %d, tables intact %d/%d%n", exitA, exitB, redone,
        intact, expected);
    if (!broken.isEmpty()) {
      System.out.printf("writers: not intact after the race: %s%n", broken);
    }
    if (!leftovers.isEmpty()) {
      System.out.printf("writers: left in the warehouse: %s%n", leftovers);
    }
    System.out.printf("writers: after a solo run, %d/%d tables equal a fresh solo run's%s; wall %s%n",
        tables - differ.size(), tables, differ.isEmpty() ? "" : ", differ: " + differ, ConcurrencyRuns.seconds(start));
    boolean pass = endsOk && broken.isEmpty() && leftovers.isEmpty() && exitThird == 0 && exitSolo == 0
        && differ.isEmpty() && tables > 0;
    return pass ? 0 : 1;
  }

  /** Logs and topic tables differ between any two runs (run ids, trained models); the rest must not. */
  static boolean compared(TableDef table) {
    return !table.equals(Tables.RUNS) && !table.name().startsWith("topic") && !table.name().startsWith("doc_topics");
  }

  /**
   * A run ended well if it ended 0, or 1 with JobCommand's one line for a lost conflict and no
   * stack trace; prints what it found.
   */
  static boolean endedWell(String name, int exit, List<String> lines) {
    long traces = lines.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).count();
    List<String> lost = lines.stream().filter(l -> LOST.matcher(l).find()).toList();
    if (exit == 0) {
      if (traces > 0) {
        System.out.printf("writers: run %s ended 0 but printed %d stack-trace lines (see its log)%n", name, traces);
      }
      return true;
    }
    if (exit == 1 && lost.size() == 1 && traces == 0) {
      System.out.printf("writers: run %s lost: %s%n", name, lost.get(0));
      return true;
    }
    System.out.printf("writers: run %s ended %d with %d lost-conflict lines and %d stack-trace lines; last lines:%n",
        name, exit, lost.size(), traces);
    lines.stream().skip(Math.max(0, lines.size() - 15)).forEach(l -> System.out.println("  | " + l));
    return false;
  }

  /** Each table of the warehouse: ok if a query over all its rows runs, else why not. */
  static Map<String, String> readability(SparkSession spark, Path warehouse) {
    Map<String, String> states = new LinkedHashMap<>();
    for (TableDef table : Tables.ALL) {
      String path = warehouse.resolve(table.name()).toString();
      String format = ConcurrencyRuns.formatAt(spark, path);
      if (format == null) {
        continue;
      }
      try {
        Fingerprints.of(spark.read().format(format).load(path));
        states.put(table.name(), "ok");
      } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown unchecked
        states.put(table.name(), "unreadable: " + e.toString().lines().findFirst().orElse(""));
      }
    }
    return states;
  }

  /** Folders of a Parquet swap (_staging_, _old_) a Delta warehouse should never hold. */
  static List<String> leftovers(Path warehouse) throws java.io.IOException {
    try (Stream<Path> entries = Files.list(warehouse)) {
      return entries.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("_staging_") || n.startsWith("_old_")).sorted().toList();
    }
  }
}
