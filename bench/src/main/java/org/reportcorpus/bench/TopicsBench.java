package org.reportcorpus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.topics.CoherenceScorer;
import org.reportcorpus.jobs.topics.TopicFeatures;
import org.reportcorpus.jobs.topics.TopicModelSweep;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.udfs.topics.TopicCoherence;
import org.reportcorpus.udfs.topics.TopicQuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus bench topics [--reports N] [--planted P] [--k K] [--iterations I] [--threads T]
 * [--seed S] [--dir DIR] [--skip-mallet] [--input MORE]… [common options]}: our LDA (MLlib,
 * settings of conf/corpus.conf) and Mallet's ParallelTopicModel on the same token lists — a
 * generated corpus of N reports drawn from P planted topics, plus any --input (e.g. real reports)
 * — with the same k. Prints, for each system, wall time, NPMI coherence from the same scorer, the
 * cosine to the planted topics after the best matching, and each topic's top terms. Figures are
 * printed, never asserted. Every flag and setting is checked before anything is generated or Spark
 * starts.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"our LDA against Mallet on the same tokens: a generated corpus of N reports from P planted topics,",
        "plus any --input (e.g. real reports)"})
public final class TopicsBench extends JobCommand {

  private static final int TOP = 10;

  @Option(names = "--reports", paramLabel = "N", description = "reports generated (default ${DEFAULT-VALUE})")
  int reports = 5000;

  @Option(names = "--planted", paramLabel = "P", description = "planted topics they are drawn from (default ${DEFAULT-VALUE})")
  int planted = 10;

  @Option(names = "--k", paramLabel = "K", description = "topics fitted by both systems (default P)")
  Integer k;

  @Option(names = "--iterations", paramLabel = "I", description = "Mallet's Gibbs sweeps (default ${DEFAULT-VALUE})")
  int iterations = 1000;

  @Option(names = "--threads", paramLabel = "T", description = "Mallet's threads (default: the cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--seed", paramLabel = "S", description = "generator and Mallet seed (default ${DEFAULT-VALUE})")
  int seed = 42;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "work folder: corpus/ (kept and reused) and warehouse/ (default ${DEFAULT-VALUE})")
  Path dir = Paths.get("bench-topics");

  @Option(names = "--skip-mallet", description = "run our LDA only")
  boolean skipMallet;

  @Option(names = "--real-only", description = "no generated reports: only the --input files (then --k is required)")
  boolean realOnly;

  /** The checked flags of a run. */
  record Options(int reports, int planted, int k, int iterations, int threads, int seed, Path dir, boolean mallet,
      boolean realOnly) {
    Options {
      if (reports < 1 || reports > GeneratorOptions.MAX_REPORTS) {
        throw new IllegalArgumentException("--reports: expected a number from 1 to " + GeneratorOptions.MAX_REPORTS
            + " but got " + reports);
      }
      if (planted < GeneratorOptions.MIN_TOPICS || planted > GeneratorOptions.maxTopics()) {
        throw new IllegalArgumentException("--planted: expected a number from " + GeneratorOptions.MIN_TOPICS + " to "
            + GeneratorOptions.maxTopics() + " (the built-in topics) but got " + planted);
      }
      if (k < 2) {
        throw new IllegalArgumentException("--k: expected a count >= 2 but got " + k);
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("--iterations: expected a count >= 1 but got " + iterations);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads: expected a count >= 1 but got " + threads);
      }
    }
  }

  /** One system's outcome: its topics, their NPMI and prevalence, and the verdict of the rules on them. */
  record Outcome(String system, String budget, double seconds, double[] coherence, double[] prevalence,
      int[][] topTerms, TopicComparison topics) {
    TopicQuality.Verdict verdict() {
      return TopicQuality.judge(TopicCoherence.mean(coherence), Double.NaN, prevalence, coherence, topTerms);
    }
  }

  private Options options;
  private Path corpus;

  public static void main(String[] args) {
    JobCommand.main(new TopicsBench(), args);
  }

  /** The flags, checked. */
  Options options() {
    if (realOnly && k == null) {
      throw new IllegalArgumentException("--real-only: give --k (there are no planted topics to count)");
    }
    return new Options(reports, planted, k == null ? planted : k, iterations, threads, seed, dir, !skipMallet,
        realOnly);
  }

  /**
   * Generates the planted-topics corpus (unless present) and adds it to the inputs, with a
   * warehouse beside it; with --real-only, the inputs alone, in a warehouse of their own.
   */
  @Override
  protected CorpusOptions prepare(CorpusOptions base) {
    options = options();
    if (options.realOnly()) {
      if (base.common().inputs().isEmpty()) {
        throw new IllegalArgumentException("--real-only: give the real reports with --input");
      }
      corpus = null;
      return base.with(List.of(), Map.of(ConfigKeys.WAREHOUSE, options.dir().resolve("warehouse-real").toString()));
    }
    corpus = options.dir().resolve("corpus");
    generate(new GeneratorOptions(corpus, options.reports(), GeneratorOptions.DEFAULT_FIRST_YEAR,
        GeneratorOptions.DEFAULT_LAST_YEAR, options.seed(), Paths.get(base.common().termsPath()), true, true,
        options.planted()));
    return base.with(List.of(corpus.toString()),
        Map.of(ConfigKeys.WAREHOUSE, options.dir().resolve("warehouse").toString()));
  }

  @Override
  protected void run(CorpusRun run) {
    run(run, options, corpus, System.out);
  }

  static void run(CorpusRun run, Options options, Path corpus, PrintStream out) {
    if (!run.store().exists(Tables.DOCUMENTS)) {
      IngestJob.run(run);
    }
    TopicSettings settings = run.options().topics().withKs(List.of(options.k()));
    long started = System.nanoTime();
    TopicFeatures.Featurized featurized = TopicsJob.featurize(run, settings);
    Dataset<Row> features = featurized.features();
    List<String> vocabulary = List.of(featurized.vocabulary());
    try {
      long documents = features.count();
      double featurizeSeconds = (System.nanoTime() - started) / 1e9;
      Outcome ours = ours(features, documents, vocabulary, settings, options.k());
      Outcome mallet = options.mallet() ? mallet(features, documents, vocabulary, options) : null;
      Path truth = corpus == null ? null : corpus.resolve("truth/topic_words.tsv");
      TopicComparison planted = truth != null && Files.exists(truth) ? TopicComparison.planted(truth) : null;
      print(out, options, documents, vocabulary.size(), featurizeSeconds, planted,
          mallet == null ? List.of(ours) : List.of(ours, mallet));
    } finally {
      features.unpersist();
    }
  }

  /**
   * Ours as the topics job fits its chosen k: {@code restarts} fits from consecutive seeds, the
   * preferred one kept ({@link TopicQuality}); the wall time is that of all of them.
   */
  private static Outcome ours(Dataset<Row> features, long documents, List<String> vocabulary, TopicSettings settings,
      int k) {
    double seconds = 0;
    Outcome best = null;
    for (int restart = 0; restart < settings.restarts(); restart++) {
      long started = System.nanoTime();
      LDAModel model = TopicFeatures.fit(features, vocabulary.size(), settings, k, settings.seed() + restart,
          settings.maxIter());
      seconds += (System.nanoTime() - started) / 1e9;
      int[][] top = TopicModelSweep.topTermIds(model, TOP);
      Outcome fitted = new Outcome("ours-" + settings.optimizer(), "", 0,
          CoherenceScorer.score(features, TopicFeatures.FEATURES, top, documents),
          TopicModelSweep.prevalence(model, features), top, TopicComparison.of(vocabulary, model));
      if (best == null || TopicQuality.PREFERENCE.compare(fitted.verdict(), best.verdict()) < 0) {
        best = fitted;
      }
    }
    String budget = settings.optimizer() + ", " + settings.maxIter()
        + (settings.optimizer().equals(TopicSettings.GIBBS) ? " sweeps" : " iterations")
        + (settings.optimizer().equals("online") ? " on " + settings.subsamplingRate() + " of the documents" : "")
        + ", best of " + settings.restarts() + " seeds";
    return new Outcome(best.system(), budget, seconds, best.coherence(), best.prevalence(), best.topTerms(),
        best.topics());
  }

  /**
   * Mallet on the same count vectors, streamed to the driver (Mallet is a single-JVM library).
   * Mallet 2.0.8's threads can overrun a word's topic array (ArrayIndexOutOfBoundsException in
   * WorkerRunnable); the run is then repeated on one thread, and the budget says so.
   */
  private static Outcome mallet(Dataset<Row> features, long nDocuments, List<String> vocabulary, Options options) {
    int threads = options.threads();
    MalletLda fitted;
    try {
      fitted = malletFit(features, vocabulary, options, threads);
    } catch (ArrayIndexOutOfBoundsException e) {
      threads = 1;
      fitted = malletFit(features, vocabulary, options, threads);
    }
    return new Outcome("mallet-2.0.8", "Gibbs, " + options.iterations() + " sweeps, " + threads + " thread"
        + (threads == 1 ? "" : "s") + (threads == options.threads() ? "" : " (its threaded run failed)"),
        fitted.seconds(), CoherenceScorer.score(features, TopicFeatures.FEATURES, fitted.topTerms(), nDocuments),
        fitted.prevalence(), fitted.topTerms(), new TopicComparison(vocabulary, fitted.topics()));
  }

  private static MalletLda malletFit(Dataset<Row> features, List<String> vocabulary, Options options, int threads) {
    Iterator<Row> rows = features.select(TopicFeatures.FEATURES).toLocalIterator();
    Iterator<int[]> documents = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public int[] next() {
        return TopicFeatures.occurrences(((Vector) rows.next().get(0)).toSparse());
      }
    };
    return MalletLda.fit(vocabulary, documents,
        MalletLda.Settings.defaults(options.k(), options.iterations(), threads, options.seed()), TOP);
  }

  private static void generate(GeneratorOptions options) {
    if (Files.exists(options.out().resolve("truth/topic_words.tsv"))) {
      return; // generated by an earlier run with these options: same seed, same bytes
    }
    try {
      SampleCorpusGenerator.run(options);
    } catch (IOException e) {
      throw new UncheckedIOException("bench topics: cannot generate into " + options.out(), e);
    }
  }

  private static void print(PrintStream out, Options options, long documents, int vocabularySize,
      double featurizeSeconds, TopicComparison planted, List<Outcome> outcomes) {
    out.printf("%nbench topics: %d documents (%s), vocabulary %d, k=%d, featurize %.1f s%n", documents,
        options.realOnly() ? "the --input files only"
            : options.reports() + " generated from " + options.planted() + " planted topics + inputs",
        vocabularySize, options.k(), featurizeSeconds);
    out.printf("%-14s %9s %8s %8s %5s %5s %5s %16s  %s%n", "system", "wall_s", "npmi", "min_npmi", "dead", "dup",
        "neg", "planted_cosine", "budget");
    for (Outcome outcome : outcomes) {
      double cosine = planted == null ? Double.NaN : planted.matchTo(outcome.topics()).mean();
      TopicQuality.Verdict verdict = outcome.verdict();
      out.printf("%-14s %9.1f %8.4f %8.4f %5d %5d %5d %16.4f  %s%n", outcome.system(), outcome.seconds(),
          verdict.coherence(), verdict.minCoherence(), verdict.dead(), verdict.duplicatePairs(), verdict.negative(),
          cosine, outcome.budget());
    }
    Outcome ours = outcomes.get(0);
    Outcome reference = outcomes.size() > 1 ? outcomes.get(1) : null;
    if (reference != null) {
      out.printf("wall time %s / %s = %.2f; NPMI %s - %s = %+.4f; topics %s ~ %s: mean cosine %.4f%n",
        ours.system(), reference.system(), ours.seconds() / reference.seconds(), ours.system(), reference.system(),
        TopicCoherence.mean(ours.coherence()) - TopicCoherence.mean(reference.coherence()), ours.system(),
        reference.system(), ours.topics().matchTo(reference.topics()).mean());
    }
    for (Outcome outcome : outcomes) {
      out.printf("%n%s topics (npmi, prevalence, top %d terms):%n", outcome.system(), TOP);
      for (int t = 0; t < outcome.topTerms().length; t++) {
        List<String> words = Arrays.stream(outcome.topTerms()[t]).mapToObj(i -> outcome.topics().vocabulary().get(i))
            .toList();
        out.printf("  %2d  %7.4f  %6.4f  %s%n", t, outcome.coherence()[t], outcome.prevalence()[t],
            String.join(" ", words));
      }
    }
    if (planted != null) {
      out.printf("%nplanted topics (top %d words):%n", TOP);
      for (int t = 0; t < planted.topics().length; t++) {
        out.printf("  %2d  %s%n", t, String.join(" ", planted.topWords(t, TOP)));
      }
    }
  }
}
