package org.reportcorpus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.OutputFormat;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus bench incremental [--reports N] [--years A-B] [--seed S] [--dir DIR]}: the cost of
 * adding a year. Generates the years A..B-1 and, apart, year B (N reports in all, in proportion),
 * then runs A..B-1 into a warehouse, and times a rebuild over A..B, the run that adds year B to
 * that warehouse, and a run with nothing new. Prints the times, the ratio of the incremental run
 * to the rebuild, and how many tables the run with nothing new gave a new version (0 expected).
 *
 * <p>The run over A..B-1 goes first, untimed in the ratio: it pays the JVM's first-use costs (JIT,
 * Spark's generated code, the segmenter's dictionaries), so that the rebuild and the added year
 * are timed alike, both warm. Timed first, a rebuild in a cold JVM would take about 30 s more and
 * flatter the ratio.
 */
@Command(name = "incremental", mixinStandardHelpOptions = true,
    description = "time a rebuild, the run that adds a year, and a run with nothing new")
public final class IncrementalBench extends JobCommand {

  @Option(names = "--reports", paramLabel = "N", description = "reports over all the years (default ${DEFAULT-VALUE})")
  int reports = 3000;

  @Option(names = "--years", paramLabel = "A-B", description = "years; B is the one added (default ${DEFAULT-VALUE})")
  String years = "2015-2024";

  @Option(names = "--seed", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--dir", paramLabel = "DIR", description = "work folder (default ${DEFAULT-VALUE})")
  Path dir = Paths.get("bench-run");

  private CorpusOptions rebuild;
  private CorpusOptions early;
  private CorpusOptions both;

  @Override
  protected void validate(CorpusOptions options) {
    int[] range = GeneratorOptions.parseYears(years);
    if (range[1] <= range[0]) {
      throw new IllegalArgumentException("--years: expected at least two years A-B, got " + years);
    }
    if (reports < range[1] - range[0] + 1) {
      throw new IllegalArgumentException("--reports: at least one per year, got " + reports);
    }
  }

  @Override
  protected CorpusOptions prepare(CorpusOptions options) {
    int[] range = GeneratorOptions.parseYears(years);
    int lateReports = Math.max(1, reports / (range[1] - range[0] + 1));
    Path termsPath = Paths.get(options.common().termsPath());
    GeneratorOptions earlyCorpus = new GeneratorOptions(dir.resolve("incremental-" + reports + "-early"),
        reports - lateReports, range[0], range[1] - 1, seed, termsPath, false);
    GeneratorOptions lateCorpus = new GeneratorOptions(dir.resolve("incremental-" + reports + "-late"),
        lateReports, range[1], range[1], seed + 1, termsPath, false);
    try {
      BenchCommand.reuseOrGenerate(earlyCorpus);
      BenchCommand.reuseOrGenerate(lateCorpus);
      BenchCommand.deleteRecursively(dir.resolve("incremental-" + reports + "-rebuild"));
      BenchCommand.deleteRecursively(dir.resolve("incremental-" + reports + "-added"));
    } catch (IOException e) {
      throw new UncheckedIOException("bench: cannot generate into " + dir, e);
    }
    List<String> all = new ArrayList<>(OutputFormat.folders(earlyCorpus.out()));
    all.addAll(OutputFormat.folders(lateCorpus.out()));
    rebuild = options(options, "rebuild", all);
    early = options(options, "added", OutputFormat.folders(earlyCorpus.out()));
    both = options(options, "added", all);
    return rebuild;
  }

  private CorpusOptions options(CorpusOptions base, String warehouse, List<String> inputs) {
    Map<String, String> settings = new LinkedHashMap<>(base.common().settings());
    settings.put(ConfigKeys.WAREHOUSE, dir.resolve("incremental-" + reports + "-" + warehouse).toString());
    return CorpusOptions.from(CorpusConfig.of(settings, inputs));
  }

  @Override
  protected void run(CorpusRun rebuildRun) {
    PrintStream out = System.out;
    double earlySeconds = timed(Sessions.prepare(rebuildRun.spark(), early));
    out.printf("the years before the last (also warms the JVM): %.1f s%n", earlySeconds);
    double rebuildSeconds = timed(rebuildRun);
    out.printf("rebuild over %s: %.1f s%n", years, rebuildSeconds);
    double addedSeconds = timed(Sessions.prepare(rebuildRun.spark(), both));
    out.printf("adding the last year: %.1f s%n", addedSeconds);
    CorpusRun again = Sessions.prepare(rebuildRun.spark(), both);
    Map<String, String> before = versions(again.store());
    double noopSeconds = timed(again);
    Map<String, String> after = versions(again.store());
    long changed = before.keySet().stream().filter(t -> !java.util.Objects.equals(before.get(t), after.get(t))).count();
    out.printf("%nINCREMENTAL %.1f s adding one year vs REBUILD %.1f s: %.2f of the rebuild%n", addedSeconds,
        rebuildSeconds, addedSeconds / rebuildSeconds);
    out.printf("NOOP %.1f s with nothing new: %.2f of the rebuild, %d tables with a new version%n", noopSeconds,
        noopSeconds / rebuildSeconds, changed);
  }

  private static double timed(CorpusRun run) {
    long start = System.nanoTime();
    PipelineJob.runStages(run, PipelineJob.Stage.ingest, (stage, work) -> work.run(), summary -> { });
    return (System.nanoTime() - start) / 1e9;
  }

  private static Map<String, String> versions(TableStore store) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (Tables.TableDef table : Tables.ALL) {
      versions.put(table.name(), store.versionOf(table));
    }
    return versions;
  }
}
