package org.reportcorpus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.CommandLine;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.topics.CoherenceScorer;
import org.reportcorpus.jobs.topics.TopicFeatures;
import org.reportcorpus.jobs.topics.TopicModelSweep;
import org.reportcorpus.jobs.topics.TopicSettings;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.udfs.topics.TopicCoherence;

/**
 * {@code corpus bench topics [--reports N] [--planted P] [--k K] [--iterations I] [--threads T]
 * [--dir DIR] [--input MORE]…}: our LDA (MLlib, settings of conf/corpus.conf) and Mallet's
 * ParallelTopicModel on the same token lists — a generated corpus of N reports drawn from P
 * planted topics, plus any --input (e.g. real reports) — with the same k. Prints, for each
 * system, wall time, NPMI coherence from the same scorer, the cosine to the planted topics after
 * the best matching, and each topic's top terms. Figures are printed, never asserted.
 */
public final class TopicsBench {

  static final String USAGE = "usage: corpus bench topics [--reports N (5000)] [--planted P (10)] [--k K (P)]"
      + " [--iterations I (Mallet sweeps, 1000)] [--threads T (cores)] [--seed S (42)] [--dir DIR (bench-topics)]"
      + " [--skip-mallet] [--input MORE]... [--set corpus.topics.KEY=VALUE]...";

  private static final int TOP = 10;

  private TopicsBench() {}

  record Options(int reports, int planted, int k, int iterations, int threads, int seed, Path dir, boolean mallet) {
    static Options parse(List<String> args) {
      Map<String, String> values = new HashMap<>();
      boolean mallet = true;
      for (int i = 0; i < args.size(); i++) {
        String flag = args.get(i);
        if (flag.equals("--skip-mallet")) {
          mallet = false;
          continue;
        }
        if (!List.of("--reports", "--planted", "--k", "--iterations", "--threads", "--seed", "--dir").contains(flag)) {
          throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
        }
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException(flag + ": missing value; " + USAGE);
        }
        values.put(flag, args.get(++i));
      }
      int planted = number(values, "--planted", 10);
      return new Options(number(values, "--reports", 5000), planted, number(values, "--k", planted),
          number(values, "--iterations", 1000), number(values, "--threads", Runtime.getRuntime().availableProcessors()),
          number(values, "--seed", 42), Paths.get(values.getOrDefault("--dir", "bench-topics")), mallet);
    }

    private static int number(Map<String, String> values, String flag, int fallback) {
      String value = values.get(flag);
      try {
        return value == null ? fallback : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + ": expected a whole number but got " + value);
      }
    }
  }

  /** One system's outcome. */
  record Outcome(String system, String budget, double seconds, double[] coherence, int[][] topTerms,
      TopicComparison topics) {}

  public static void main(String[] args) {
    CommandLine commandLine = CommandLine.parse(args);
    Options options = Options.parse(commandLine.rest());
    Path corpus = options.dir().resolve("corpus");
    generate(options, corpus, commandLine.config().termsPath());
    List<String> inputs = new ArrayList<>(commandLine.config().inputs());
    inputs.add(corpus.toString());
    Map<String, String> settings = new HashMap<>(commandLine.config().settings());
    settings.put(ConfigKeys.WAREHOUSE, options.dir().resolve("warehouse").toString());
    CorpusConfig config = CorpusConfig.of(settings, inputs);
    Sessions.runJob("corpus-bench-topics", CorpusOptions.from(config), run -> run(run, options, corpus, System.out));
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
      Outcome mllib = mllib(features, documents, vocabulary, settings, options.k());
      Outcome mallet = options.mallet() ? mallet(features, documents, vocabulary, options) : null;
      Path truth = corpus.resolve("truth/topic_words.tsv");
      TopicComparison planted = Files.exists(truth) ? TopicComparison.planted(truth) : null;
      print(out, options, documents, vocabulary.size(), featurizeSeconds, planted,
          mallet == null ? List.of(mllib) : List.of(mllib, mallet));
    } finally {
      features.unpersist();
    }
  }

  /**
   * Our LDA as the topics job runs it for one k: {@code restarts} fits from consecutive seeds, the
   * most coherent kept; the wall time is that of all of them.
   */
  private static Outcome mllib(Dataset<Row> features, long documents, List<String> vocabulary, TopicSettings settings,
      int k) {
    double seconds = 0;
    LDAModel best = null;
    double[] bestCoherence = null;
    int[][] bestTop = null;
    for (int restart = 0; restart < settings.restarts(); restart++) {
      long started = System.nanoTime();
      LDAModel model = TopicFeatures.lda(settings, k).setSeed(settings.seed() + restart).fit(features);
      seconds += (System.nanoTime() - started) / 1e9;
      int[][] top = TopicModelSweep.topTermIds(model, TOP);
      double[] coherence = CoherenceScorer.score(features, TopicFeatures.FEATURES, top, documents);
      if (best == null || TopicCoherence.mean(coherence) > TopicCoherence.mean(bestCoherence)) {
        best = model;
        bestCoherence = coherence;
        bestTop = top;
      }
    }
    String budget = settings.optimizer() + ", " + settings.maxIter() + " iterations"
        + (settings.optimizer().equals("online") ? " on " + settings.subsamplingRate() + " of the documents" : "")
        + ", best of " + settings.restarts() + " seeds";
    return new Outcome("mllib-lda", budget, seconds, bestCoherence, bestTop, TopicComparison.of(vocabulary, best));
  }

  /** Mallet on the same count vectors, streamed to the driver (Mallet is a single-JVM library). */
  private static Outcome mallet(Dataset<Row> features, long nDocuments, List<String> vocabulary, Options options) {
    Iterator<Row> rows = features.select(TopicFeatures.FEATURES).toLocalIterator();
    Iterator<int[]> documents = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public int[] next() {
        return occurrences(((Vector) rows.next().get(0)).toSparse());
      }
    };
    MalletLda fitted = MalletLda.fit(vocabulary, documents,
        MalletLda.Settings.defaults(options.k(), options.iterations(), options.threads(), options.seed()), TOP);
    return new Outcome("mallet-2.0.8", "Gibbs, " + options.iterations() + " sweeps, " + options.threads() + " threads",
        fitted.seconds(), CoherenceScorer.score(features, TopicFeatures.FEATURES, fitted.topTerms(), nDocuments),
        fitted.topTerms(),
        new TopicComparison(vocabulary, fitted.topics()));
  }

  /** A count vector as term ids, each repeated by its count. */
  static int[] occurrences(SparseVector counts) {
    int total = (int) Arrays.stream(counts.values()).sum();
    int[] ids = new int[total];
    int at = 0;
    for (int i = 0; i < counts.indices().length; i++) {
      for (int c = 0; c < (int) counts.values()[i]; c++) {
        ids[at++] = counts.indices()[i];
      }
    }
    return ids;
  }

  private static void generate(Options options, Path corpus, String terms) {
    if (Files.exists(corpus.resolve("truth/topic_words.tsv"))) {
      return; // generated by an earlier run with these options: same seed, same bytes
    }
    try {
      SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
          "--out", corpus.toString(), "--reports", Integer.toString(options.reports()),
          "--topics", Integer.toString(options.planted()), "--seed", Integer.toString(options.seed()),
          "--terms", terms, "--overwrite"}));
    } catch (IOException e) {
      throw new UncheckedIOException("bench topics: cannot generate into " + corpus, e);
    }
  }

  private static void print(PrintStream out, Options options, long documents, int vocabularySize,
      double featurizeSeconds, TopicComparison planted, List<Outcome> outcomes) {
    out.printf("%nbench topics: %d documents (%d generated from %d planted topics + inputs), vocabulary %d, k=%d,"
        + " featurize %.1f s%n", documents, options.reports(), options.planted(), vocabularySize, options.k(),
        featurizeSeconds);
    out.printf("%-14s %9s %8s %16s  %s%n", "system", "wall_s", "npmi", "planted_cosine", "budget");
    for (Outcome outcome : outcomes) {
      double cosine = planted == null ? Double.NaN : planted.matchTo(outcome.topics()).mean();
      out.printf("%-14s %9.1f %8.4f %16.4f  %s%n", outcome.system(), outcome.seconds(),
          TopicCoherence.mean(outcome.coherence()), cosine, outcome.budget());
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
      out.printf("%n%s topics (npmi, top %d terms):%n", outcome.system(), TOP);
      for (int t = 0; t < outcome.topTerms().length; t++) {
        List<String> words = Arrays.stream(outcome.topTerms()[t]).mapToObj(i -> outcome.topics().vocabulary().get(i))
            .toList();
        out.printf("  %2d  %7.4f  %s%n", t, outcome.coherence()[t], String.join(" ", words));
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
