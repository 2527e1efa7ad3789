package org.reportcorpus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.OutputFormat;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus bench pipeline [--reports N[,N...]] [--years A-B] [--seed S] [--dir DIR] [common options]}:
 * generates a synthetic corpus of each size (or reuses one generated before with the same flags),
 * runs every stage of {@code pipeline} on it with the same settings as {@code pipeline} (topics
 * included) and prints per stage its wall time, throughput and peak heap (in use after a collection,
 * {@link HeapWatch}). Its last line is
 * {@code TOTAL <seconds> s for <N> reports (<chars> chars), peak heap <MB> MB}; for a list of sizes,
 * one such line per size and then {@code SLOPE <value>}, the log-log slope of total time against
 * the number of reports. Figures are printed, never asserted: speed is measured here, correctness
 * in the tests. Every flag and setting is checked before anything is generated or Spark started.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "time every pipeline stage on generated corpora; print wall time, throughput and peak heap")
public final class BenchCommand extends JobCommand {

  @Option(names = "--reports", paramLabel = "N[,N...]", split = ",",
      description = "reports generated; a list times each size and prints the slope (default ${DEFAULT-VALUE})")
  List<Integer> reports = List.of(5000);

  @Option(names = "--years", paramLabel = "A-B", description = "years they cover (default ${DEFAULT-VALUE})")
  String years = "2015-2024";

  @Option(names = "--seed", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "work folder: corpus-N/ (kept and reused) and warehouse-N/ (cleared) (default ${DEFAULT-VALUE})")
  Path dir = Paths.get("bench-run");

  private final Map<Integer, Corpus> corpora = new LinkedHashMap<>();

  /** A generated corpus, and the options of a run over it into its own warehouse. */
  private record Corpus(SampleCorpusGenerator.Summary summary, double generateSeconds, CorpusOptions options) {}

  /** One size's result. */
  record Total(int reports, long chars, double seconds, long peakHeapBytes) {
    String line() {
      return String.format("TOTAL %.1f s for %d reports (%d chars), peak heap %d MB", seconds, reports, chars,
          peakHeapBytes >> 20);
    }
  }

  public static void main(String[] args) {
    JobCommand.main(new BenchCommand(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    for (int n : reports) {
      generatorOptions(options, n); // checks --reports, --years and --seed as `generate` does
    }
    if (reports.stream().distinct().count() != reports.size()) {
      throw new IllegalArgumentException("--reports: a size given twice: " + reports);
    }
  }

  /** The generator's options for {@code n} reports, checked (nothing is written). */
  GeneratorOptions generatorOptions(CorpusOptions options, int n) {
    int[] range = GeneratorOptions.parseYears(years);
    return new GeneratorOptions(dir.resolve("corpus-" + n), n, range[0], range[1], seed,
        Paths.get(options.common().termsPath()), false);
  }

  /** Generates (or reuses) each corpus and points its run at it and at a cleared warehouse of its own. */
  @Override
  protected CorpusOptions prepare(CorpusOptions options) {
    for (int n : reports) {
      GeneratorOptions generate = generatorOptions(options, n);
      long t0 = System.nanoTime();
      SampleCorpusGenerator.Summary summary;
      try {
        summary = reuseOrGenerate(generate);
        deleteRecursively(dir.resolve("warehouse-" + n));
      } catch (IOException e) {
        throw new UncheckedIOException("bench: cannot generate into " + generate.out(), e);
      }
      // The generated corpus only (not the command line's --input), into a warehouse of its own.
      Map<String, String> settings = new LinkedHashMap<>(options.common().settings());
      settings.put(ConfigKeys.WAREHOUSE, dir.resolve("warehouse-" + n).toString());
      corpora.put(n, new Corpus(summary, seconds(t0),
          CorpusOptions.from(CorpusConfig.of(settings, OutputFormat.folders(generate.out())))));
    }
    return corpora.get(reports.get(0)).options();
  }

  /** A corpus folder records the flags it was generated with; the same flags reuse it. */
  static SampleCorpusGenerator.Summary reuseOrGenerate(GeneratorOptions generate) throws IOException {
    Path marker = generate.out().resolve("bench-corpus.properties");
    String flags = generate.reports() + " " + generate.firstYear() + "-" + generate.lastYear() + " " + generate.seed();
    if (Files.isRegularFile(marker)) {
      java.util.Properties made = new java.util.Properties();
      try (var in = Files.newBufferedReader(marker)) {
        made.load(in);
      }
      if (flags.equals(made.getProperty("flags"))) {
        return new SampleCorpusGenerator.Summary(Integer.parseInt(made.getProperty("reports")),
            Integer.parseInt(made.getProperty("regions")), Long.parseLong(made.getProperty("chars")),
            Integer.parseInt(made.getProperty("min")), Integer.parseInt(made.getProperty("median")),
            Integer.parseInt(made.getProperty("max")), Double.parseDouble(made.getProperty("mean")), 0);
      }
    }
    deleteRecursively(generate.out());
    SampleCorpusGenerator.Summary summary = SampleCorpusGenerator.run(generate);
    java.util.Properties made = new java.util.Properties();
    made.setProperty("flags", flags);
    made.setProperty("reports", String.valueOf(summary.reports()));
    made.setProperty("regions", String.valueOf(summary.regions()));
    made.setProperty("chars", String.valueOf(summary.totalChars()));
    made.setProperty("min", String.valueOf(summary.minChars()));
    made.setProperty("median", String.valueOf(summary.medianChars()));
    made.setProperty("max", String.valueOf(summary.maxChars()));
    made.setProperty("mean", String.valueOf(summary.meanChars()));
    try (var out = Files.newBufferedWriter(marker)) {
      made.store(out, "bin/corpus bench pipeline: the corpus of these flags (reports years seed)");
    }
    return summary;
  }

  @Override
  protected void run(CorpusRun first) {
    PrintStream out = System.out;
    out.printf("%nmaster %s, %d cores available to the JVM, max heap %d MB%n", first.spark().sparkContext().master(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    List<Total> totals = new ArrayList<>();
    for (int n : reports) {
      Corpus corpus = corpora.get(n);
      CorpusRun run = n == reports.get(0) ? first : Sessions.prepare(first.spark(), corpus.options());
      totals.add(time(run, corpus, out));
    }
    out.println();
    totals.forEach(total -> out.println(total.line()));
    if (totals.size() > 1) {
      out.printf("SLOPE %.2f%n", slope(totals));
    }
  }

  /** Every stage of the pipeline on one corpus, timed; prints the table and returns the total. */
  private static Total time(CorpusRun run, Corpus corpus, PrintStream out) {
    Map<String, Double> stageSeconds = new LinkedHashMap<>();
    Map<String, Long> stageHeap = new LinkedHashMap<>();
    double[] readSeconds = new double[1];
    try (HeapWatch heap = new HeapWatch()) {
      PipelineJob.runStages(run, PipelineJob.Stage.ingest, (stage, work) -> {
        heap.reset();
        long start = System.nanoTime();
        work.run();
        stageSeconds.put(stage.name(), seconds(start));
        stageHeap.put(stage.name(), heap.peak());
      }, summary -> readSeconds[0] = summary.readSeconds());
    }
    SampleCorpusGenerator.Summary generated = corpus.summary();
    long chars = generated.totalChars();
    out.printf("%ncorpus: %d reports, %.1f M chars (mean %.0f, median %d, max %d), %s in %.1f s%n",
        generated.reports(), chars / 1e6, generated.meanChars(), generated.medianChars(), generated.maxChars(),
        generated.millis() == 0 ? "reused" : "generated", corpus.generateSeconds());
    out.printf("%-13s %10s %14s %12s %14s%n", "stage", "seconds", "reports/s", "M chars/s", "peak heap MB");
    stageSeconds.forEach((stage, secs) -> out.printf("%-13s %10.1f %14.1f %12.2f %14d%n", stage, secs,
        generated.reports() / secs, chars / 1e6 / secs, stageHeap.get(stage) >> 20));
    double total = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    long peak = stageHeap.values().stream().mapToLong(Long::longValue).max().orElse(0);
    out.printf("%-13s %10.1f %14.1f %12.2f %14d%n", "pipeline", total, generated.reports() / total,
        chars / 1e6 / total, peak >> 20);
    // Reading and cleaning alone (decode, normalize, chrome rules, metadata, sections), per core:
    // the figure to set against segmentation's.
    int cores = run.spark().sparkContext().defaultParallelism();
    out.printf("reading: %.1f s of ingest, %.2f M chars/s on %d cores = %.2f M chars/s per core%n", readSeconds[0],
        chars / 1e6 / readSeconds[0], cores, chars / 1e6 / readSeconds[0] / cores);
    Path warehouse = Paths.get(run.options().warehouse());
    out.printf("warehouse: %s (%.1f MB)%n", warehouse, sizeOf(warehouse) / 1e6);
    return new Total(generated.reports(), chars, total, peak);
  }

  /** Least-squares slope of log(seconds) against log(reports): 1 is linear. */
  static double slope(List<Total> totals) {
    int n = totals.size();
    double mx = 0;
    double my = 0;
    for (Total t : totals) {
      mx += Math.log(t.reports()) / n;
      my += Math.log(t.seconds()) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (Total t : totals) {
      double dx = Math.log(t.reports()) - mx;
      sxy += dx * (Math.log(t.seconds()) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
