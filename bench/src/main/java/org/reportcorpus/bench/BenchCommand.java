package org.reportcorpus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.OutputFormat;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.trends.TrendsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus bench pipeline [--reports N] [--years A-B] [--seed S] [--dir DIR] [common options]}:
 * generates a synthetic corpus, runs each pipeline stage on it with the configured Spark master,
 * and prints wall time, throughput and peak heap per stage. Figures are printed, never asserted:
 * speed is measured here, correctness in the tests. Every flag and setting is checked before the
 * folder is cleared, the corpus generated or Spark started.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "time each stage on a generated corpus, print wall time, throughput and peak heap")
public final class BenchCommand extends JobCommand {

  @Option(names = "--reports", paramLabel = "N", description = "reports generated (default ${DEFAULT-VALUE})")
  int reports = 5000;

  @Option(names = "--years", paramLabel = "A-B", description = "years they cover (default ${DEFAULT-VALUE})")
  String years = "2015-2024";

  @Option(names = "--seed", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "work folder, cleared first: corpus/ and warehouse/ (default ${DEFAULT-VALUE})")
  Path dir = Paths.get("bench-run");

  private SampleCorpusGenerator.Summary generated;
  private double generateSeconds;

  public static void main(String[] args) {
    JobCommand.main(new BenchCommand(), args);
  }

  /** The generator's options of these flags, checked (nothing is written). */
  GeneratorOptions generatorOptions(CorpusOptions options) {
    int[] range = GeneratorOptions.parseYears(years);
    return new GeneratorOptions(dir.resolve("corpus"), reports, range[0], range[1], seed,
        Paths.get(options.common().termsPath()), false);
  }

  /** Clears the work folder, generates the corpus and points the run at it and at a warehouse there. */
  @Override
  protected CorpusOptions prepare(CorpusOptions options) {
    GeneratorOptions generate = generatorOptions(options);
    long t0 = System.nanoTime();
    try {
      deleteRecursively(dir);
      generated = SampleCorpusGenerator.run(generate);
    } catch (IOException e) {
      throw new UncheckedIOException("bench: cannot generate into " + generate.out(), e);
    }
    generateSeconds = seconds(t0);
    // The generated corpus only (not the command line's --input), into a warehouse of its own.
    Map<String, String> settings = new LinkedHashMap<>(options.common().settings());
    settings.put(ConfigKeys.WAREHOUSE, dir.resolve("warehouse").toString());
    return CorpusOptions.from(CorpusConfig.of(settings, OutputFormat.folders(generate.out())));
  }

  @Override
  protected void run(CorpusRun run) {
    Map<String, Double> stageSeconds = new LinkedHashMap<>();
    Map<String, Long> stageHeap = new LinkedHashMap<>();
    stage("ingest", stageSeconds, stageHeap, () -> IngestJob.run(run));
    stage("tokenize", stageSeconds, stageHeap, () -> TokenizeJob.run(run));
    stage("trends", stageSeconds, stageHeap, () -> TrendsJob.run(run));
    PrintStream out = System.out;
    out.printf("%nmaster %s, %d cores available to the JVM%n", run.spark().sparkContext().master(),
        Runtime.getRuntime().availableProcessors());
    long chars = generated.totalChars();
    out.printf("corpus: %d reports, %.1f M chars (mean %.0f, median %d, max %d), generated in %.1f s%n",
        generated.reports(), chars / 1e6, generated.meanChars(), generated.medianChars(), generated.maxChars(),
        generateSeconds);
    out.printf("%-10s %10s %14s %12s %14s%n", "stage", "seconds", "reports/s", "M chars/s", "peak heap MB");
    stageSeconds.forEach((stage, secs) -> out.printf("%-10s %10.1f %14.1f %12.2f %14d%n", stage, secs,
        generated.reports() / secs, chars / 1e6 / secs, stageHeap.get(stage) / (1024 * 1024)));
    double total = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    out.printf("%-10s %10.1f %14.1f %12.2f%n", "pipeline", total, generated.reports() / total, chars / 1e6 / total);
    out.printf("warehouse: %s (%.1f MB)%n", dir.resolve("warehouse"), sizeOf(dir.resolve("warehouse")) / 1e6);
  }

  private static void stage(String name, Map<String, Double> seconds, Map<String, Long> heap, Runnable body) {
    resetPeaks();
    long start = System.nanoTime();
    body.run();
    seconds.put(name, seconds(start));
    heap.put(name, peakHeap());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peaks since the last reset: the local-mode driver+executor heap. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
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
