package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.CorpusOptions;

import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.keywords.StopwordsLoader;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.sql.ResultPrinter;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.udfs.topics.TopicQuality;

/**
 * Topics: {@code documents} (or their sections) → an LDA topic model and the tables
 * {@code topic_model_runs}, {@code topics}, {@code topic_terms}, {@code doc_topics},
 * {@code topic_trends}, {@code topic_terms_by_year}.
 *
 * <ol>
 *   <li>units: the documents to model ({@link TopicUnits});
 *   <li>featurize: HanLP content words → minus stopwords → minus report words → counts
 *       ({@link TopicFeatures}), once for all k;
 *   <li>sweep: one LDA model per k of {@code corpus.topics.k}, scored by coherence and held-out
 *       perplexity; the most coherent kept ({@link TopicModelSweep});
 *   <li>save: the whole fitted pipeline, text to topic weights, under
 *       {@code <warehouse>/_models/topics/<run_id>};
 *   <li>tables ({@link TopicTables}); the run's models are appended to topic_model_runs last,
 *       so a run listed there always has its model saved.
 * </ol>
 *
 * <p>{@code --score [--model RUN_ID] [--input NEW]}: ingests NEW (if given), then applies the
 * saved model of the latest run (or RUN_ID) to the documents not yet in doc_topics, appends
 * their rows to doc_topics and recomputes topic_trends — no retraining.
 */
public final class TopicsJob {

  private static final Logger LOG = LoggerFactory.getLogger(TopicsJob.class);
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private TopicsJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code topics [--score [--model RUN_ID]]}. */
  @picocli.CommandLine.Command(name = "topics", mixinStandardHelpOptions = true,
      description = {"LDA topics (k chosen by coherence) and their tables;",
          "--score applies the saved model to documents not scored yet (with --input: new files first)"})
  public static final class Command extends JobCommand {
    @picocli.CommandLine.Option(names = "--score", description = "score new documents with a saved model, no training")
    boolean score;

    @picocli.CommandLine.Option(names = "--model", paramLabel = "RUN_ID",
        description = "the run of topic_model_runs whose model scores (default: the latest); only with --score")
    String modelRun;

    @Override
    protected void validate(CorpusOptions options) {
      if (modelRun != null && !score) {
        throw new IllegalArgumentException("--model: only with --score");
      }
    }

    @Override
    protected void run(CorpusRun run) {
      if (score) {
        score(run, modelRun, System.out);
      } else {
        train(run, System.out);
      }
    }
  }

  /** Whether the analysis set holds enough documents to model ({@code corpus.topics.min_docs}). */
  public static boolean enoughDocuments(CorpusRun run) {
    return run.analysisDocuments().count() >= run.options().topics().minDocs();
  }

  /** Fits, chooses and saves a model; writes the topic tables. Returns the run_id. */
  public static String train(CorpusRun run, PrintStream out) {
    SparkSession spark = run.spark();
    TopicSettings settings = run.options().topics();
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "topics");
    Instant started = Instant.now();
    String runId = RUN_ID.format(started);

    Dataset<Row> units = units(run, settings);
    TopicFeatures.Featurized featurized = featurize(run, settings, units);
    Dataset<Row> features = featurized.features();
    String[] vocabulary = featurized.vocabulary();
    try {
      long modelled = features.count();
      stages.done("featurize", modelled + " " + settings.units() + ", vocabulary of " + vocabulary.length);
      if (modelled < settings.minDocs() || vocabulary.length < 2) {
        throw new IllegalStateException("topics: " + modelled + " documents with a vocabulary of " + vocabulary.length
            + " words is too little to model; at least " + TopicSettings.MIN_DOCS + "=" + settings.minDocs()
            + " documents are needed (and words in at least min_df of them)");
      }
      TopicModelSweep.Result sweep = TopicModelSweep.run(features, vocabulary.length, settings);
      TopicModelSweep.Scored chosen = sweep.chosen();
      stages.done("sweep", "k=" + settings.ks() + ", chose k=" + chosen.k() + " seed " + chosen.seed()
          + (chosen.verdict().meetsRules() ? "" : " (with faults: see topic_model_runs)"));

      PipelineStage[] stagesOfModel = Stream.concat(Arrays.stream(featurized.model().stages()),
          Stream.of(chosen.model())).toArray(PipelineStage[]::new);
      String modelPath = modelPath(store, runId);
      try {
        TopicFeatures.assemble(units, stagesOfModel).write().overwrite().save(modelPath);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("topics: cannot save the model to " + modelPath, e);
      }
      stages.done("saveModel", modelPath);

      Dataset<Row> scored = chosen.transformed() != null ? chosen.transformed()
          : chosen.model().transform(features).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        store.overwrite(Tables.TOPICS, TopicTables.topics(spark, chosen, vocabulary));
        store.overwrite(Tables.TOPIC_TERMS, TopicTables.topicTerms(spark, chosen.model(), vocabulary, settings.topTerms()));
        store.overwrite(Tables.DOC_TOPICS, TopicTables.docTopics(scored, settings.minDocWeight()));
      } finally {
        scored.unpersist();
      }
      writeTrends(store);
      store.overwrite(Tables.TOPIC_TERMS_BY_YEAR, TopicTables.topicTermsByYear(spark, features,
          store.read(Tables.DOC_TOPICS), vocabulary, settings.yearTerms()));
      store.overwrite(Tables.TOPIC_REPORT_WORDS, TopicTables.reportWords(spark, features, chosen.model(), vocabulary,
          settings.reportWordShare(), settings.reportWordEvenness()));
      stages.done("tables", "topics, topic_terms, doc_topics, topic_trends, topic_terms_by_year, topic_report_words");
      store.append(Tables.TOPIC_MODEL_RUNS, runRows(spark, runId, started, settings, sweep, vocabulary.length, modelPath));
    } finally {
      features.unpersist();
    }
    if (out != null) {
      out.printf("%nTopic models of run %s (the chosen one is kept):%n", runId);
      ResultPrinter.print(store.read(Tables.TOPIC_MODEL_RUNS).filter(col("run_id").equalTo(runId))
          .select("stage", "k", "seed", "coherence", "min_coherence", "perplexity", "dead_topics", "duplicate_pairs",
              "negative_topics", "seconds", "chosen").orderBy(col("stage").desc(), col("k"), col("seed")), out);
      out.printf("%nTopics:%n");
      ResultPrinter.print(store.read(Tables.TOPICS).select("topic_id", "prevalence", "coherence", "top_terms")
          .orderBy(col("prevalence").desc()), out);
      List<String> boilerplate = store.read(Tables.TOPIC_REPORT_WORDS).orderBy(col("min_year_share").desc(), col("term"))
          .select("term").as(org.apache.spark.sql.Encoders.STRING()).collectAsList(); // a few dozen words at most
      out.printf("%n%d words look like report boilerplate (in nearly every report of every year, even over the topics;"
          + " table topic_report_words): %s%nReview them into %s to drop them from the next run.%n",
          boilerplate.size(), String.join(" ", boilerplate), settings.reportWordsPath());
    }
    return runId;
  }

  /**
   * The units of the warehouse as count vectors (persisted: the caller unpersists {@code
   * features()}), with the fitted featurizer and its vocabulary — what the sweep and the bench
   * fit LDA on.
   */
  public static TopicFeatures.Featurized featurize(CorpusRun run, TopicSettings settings) {
    return featurize(run, settings, units(run, settings));
  }

  private static TopicFeatures.Featurized featurize(CorpusRun run, TopicSettings settings, Dataset<Row> units) {
    return TopicFeatures.featurize(units, settings, List.copyOf(run.vocabulary().allSurfaceForms()),
        StopwordsLoader.load(run.spark(), settings.stopwordsPath()),
        StopwordsLoader.load(run.spark(), settings.reportWordsPath()));
  }

  /**
   * Applies a saved model to the documents not in doc_topics yet (after ingesting the configured
   * inputs, if any): appends their doc_topics rows and recomputes topic_trends. Returns the number
   * of documents scored.
   */
  public static long score(CorpusRun corpusRun, String modelRun, PrintStream out) {
    if (!corpusRun.config().inputs().isEmpty()) {
      IngestJob.run(corpusRun);
    }
    return scoreNew(corpusRun, modelRun, out);
  }

  /** Whether topic_model_runs holds a chosen model to score with. */
  public static boolean hasModel(TableStore store) {
    return store.exists(Tables.TOPIC_MODEL_RUNS)
        && !store.read(Tables.TOPIC_MODEL_RUNS).filter(col("chosen")).isEmpty();
  }

  /**
   * Applies a saved model to the documents not in doc_topics yet; with none, writes nothing.
   * Returns the number of documents scored.
   */
  public static long scoreNew(CorpusRun corpusRun, String modelRun, PrintStream out) {
    TableStore store = corpusRun.store();
    StageLog stages = new StageLog(LOG, "topics-score");
    Row run = modelRun(store, modelRun);
    TopicSettings settings = corpusRun.options().topics();
    String kinds = run.getAs("section_kinds");
    TopicSettings asTrained = settings.withUnits(run.getAs("units"),
        kinds == null ? settings.sectionKinds() : List.of(kinds.split(",")));

    Dataset<Row> fresh = TopicUnits.of(corpusRun.analysisDocuments().join(
            store.read(Tables.DOC_TOPICS).select("doc_id").distinct(), new String[] {"doc_id"}, "left_anti"),
        store.read(Tables.SECTIONS), tokens(store), asTrained);
    PipelineModel model = PipelineModel.load(run.getAs("model_path"));
    // Documents with tokens are not segmented again; the model segments only those without.
    Dataset<Row> rows = TopicTables.docTopics(TopicFeatures.transform(model, fresh), settings.minDocWeight())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long scoredDocs = rows.filter(col("is_dominant")).count();
      if (scoredDocs == 0) {
        stages.done("score", "no document to score with the model of run " + run.getAs("run_id"));
        if (out != null) {
          out.printf("%nNo new document to score; no table changed.%n");
        }
        return 0;
      }
      store.append(Tables.DOC_TOPICS, rows);
      stages.done("score", scoredDocs + " new documents scored with the model of run " + run.getAs("run_id"));
      writeTrends(store);
      if (out != null) {
        out.printf("%nScored %d new documents with the model of run %s; topic_trends recomputed.%n",
            scoredDocs, run.<String>getAs("run_id"));
      }
      return scoredDocs;
    } finally {
      rows.unpersist();
    }
  }

  /** The units to train on: with the tokens table's segmentation where there is one. */
  private static Dataset<Row> units(CorpusRun run, TopicSettings settings) {
    TableStore store = run.store();
    return TopicUnits.of(run.analysisDocuments(), store.read(Tables.SECTIONS), tokens(store), settings);
  }

  /** The tokens table, or null before any tokenize run: units then carry their text. */
  private static Dataset<Row> tokens(TableStore store) {
    return store.exists(Tables.TOKENS) ? store.read(Tables.TOKENS) : null;
  }

  private static void writeTrends(TableStore store) {
    store.overwrite(Tables.TOPIC_TRENDS, TopicTables.topicTrends(store.read(Tables.DOC_TOPICS),
        store.read(Tables.DOCUMENTS), store.read(Tables.TOPICS)));
  }

  /** Where a run's fitted pipeline is saved. */
  static String modelPath(TableStore store, String runId) {
    return new Path(new Path(store.warehouse(), "_models/topics"), runId).toString();
  }

  /** The chosen model's row of the given run, or of the latest run. */
  static Row modelRun(TableStore store, String runId) {
    if (!store.exists(Tables.TOPIC_MODEL_RUNS)) {
      throw new IllegalStateException("topics --score: no topic model in " + store.warehouse()
          + "; train one first with bin/corpus topics");
    }
    Dataset<Row> chosen = store.read(Tables.TOPIC_MODEL_RUNS).filter(col("chosen"));
    if (runId != null) {
      chosen = chosen.filter(col("run_id").equalTo(runId));
    }
    List<Row> rows = chosen.orderBy(col("created_at").desc(), col("run_id").desc()).limit(1).collectAsList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("--model: no run " + runId + " in topic_model_runs");
    }
    return rows.get(0);
  }

  private static Dataset<Row> runRows(SparkSession spark, String runId, Instant started, TopicSettings settings,
      TopicModelSweep.Result sweep, int vocabularySize, String modelPath) {
    List<Row> rows = new ArrayList<>();
    for (TopicModelSweep.Scored model : sweep.tried()) {
      boolean chosen = model == sweep.chosen();
      TopicQuality.Verdict verdict = model.verdict();
      rows.add(RowFactory.create(runId, model.stage(), model.k(), settings.optimizer(),
          model.iterations(),
          TopicTables.round(verdict.coherence()), TopicTables.round(verdict.minCoherence()),
          Double.isNaN(verdict.perplexity()) ? null : verdict.perplexity(), TopicTables.round(verdict.minPrevalence()),
          verdict.dead(), verdict.duplicatePairs(), verdict.negative(), verdict.meetsRules(),
          model.seconds(), chosen, settings.units(),
          settings.units().equals(TopicSettings.UNITS_SECTIONS) ? String.join(",", settings.sectionKinds()) : null,
          model.nTrain(), model.nHoldout(), vocabularySize, model.seed(), chosen ? modelPath : null,
          Timestamp.from(started)));
    }
    return spark.createDataFrame(rows, Tables.TOPIC_MODEL_RUNS.schema());
  }
}
