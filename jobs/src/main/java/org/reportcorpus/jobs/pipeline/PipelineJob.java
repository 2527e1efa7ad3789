package org.reportcorpus.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.candidates.CandidatesJob;
import org.reportcorpus.jobs.cooccur.CooccurrenceJob;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.keywords.KeywordsJob;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.sql.ResultPrinter;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.jobs.tables.TrendSlice;
import org.reportcorpus.jobs.trends.EmergingTerms;
import org.reportcorpus.jobs.trends.TrendsJob;

/**
 * All stages in order, in one Spark application — ingest, tokenize, candidates (new-term
 * discovery; before trends, whose emerging terms include candidates), trends, co-occurrence,
 * keywords — then a short report on stdout: where the tables are, the top rows of
 * {@code term_trends}, and which years have emerging terms by which measure (and why others have none).
 */
public final class PipelineJob {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineJob.class);

  private PipelineJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** The stages in order; {@code --from} names them. */
  public enum Stage { ingest, tokenize, candidates, trends, cooccurrence, keywords, topics }

  /** {@code pipeline [--from STAGE]}: every stage in one run. */
  @picocli.CommandLine.Command(name = "pipeline", mixinStandardHelpOptions = true,
      description = "ingest, tokenize, candidates, trends, co-occurrence, keywords and topics in one run")
  public static final class Command extends JobCommand {
    @picocli.CommandLine.Option(names = "--from", paramLabel = "STAGE",
        description = "start at this stage, over the tables the earlier ones wrote (after a failed or killed run):"
            + " ${COMPLETION-CANDIDATES}")
    Stage from = Stage.ingest;

    @Override
    protected void validate(CorpusOptions options) {
      if (from == Stage.ingest) {
        IngestJob.checkInputs(options);
      }
    }

    @Override
    protected void run(CorpusRun run) {
      PipelineJob.run(run, from, System.out);
    }
  }

  /** Every stage in order, sharing the run's options, table store and vocabulary. */
  public static void run(CorpusRun run, PrintStream out) {
    run(run, Stage.ingest, out);
  }

  /** The stages from {@code from} on. */
  public static void run(CorpusRun run, Stage from, PrintStream out) {
    IngestJob.Summary[] ingest = new IngestJob.Summary[1];
    runStages(run, from, (stage, work) -> work.run(), summary -> ingest[0] = summary);
    report(run, ingest[0], out);
  }

  /**
   * The one list of the pipeline's stages, each run through {@code around} (the bench times
   * them); topics only when {@code corpus.pipeline.topics} is on and there are enough documents.
   * A run whose ingest read nothing new stops there when the last complete run computed the
   * tables from the same documents and settings ({@link PipelineState}): no table changes.
   */
  public static void runStages(CorpusRun run, Stage from, java.util.function.BiConsumer<Stage, Runnable> around,
      java.util.function.Consumer<IngestJob.Summary> ingested) {
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(from) < 0) {
        continue;
      }
      switch (stage) {
        case ingest -> {
          IngestJob.Summary[] summary = new IngestJob.Summary[1];
          around.accept(stage, () -> summary[0] = IngestJob.run(run));
          ingested.accept(summary[0]);
          if (!summary[0].wroteTables() && PipelineState.upToDate(run)) {
            LOG.info("[pipeline] nothing new since the last complete run, same settings: every table is up to date");
            return;
          }
        }
        case tokenize -> around.accept(stage, () -> TokenizeJob.run(run));
        case candidates -> around.accept(stage, () -> CandidatesJob.run(run));
        case trends -> around.accept(stage, () -> TrendsJob.run(run));
        case cooccurrence -> around.accept(stage, () -> CooccurrenceJob.run(run));
        case keywords -> around.accept(stage, () -> KeywordsJob.run(run));
        case topics -> {
          if (!run.options().pipelineTopics()) {
            break;
          }
          if (!run.options().pipelineRetrainTopics() && TopicsJob.hasModel(run.store())) {
            around.accept(stage, () -> TopicsJob.scoreNew(run, null, null));
          } else if (TopicsJob.enoughDocuments(run)) {
            around.accept(stage, () -> TopicsJob.train(run, null));
          } else {
            LOG.warn("[pipeline] topics skipped: fewer documents than corpus.topics.min_docs");
          }
        }
        default -> throw new IllegalStateException("no stage " + stage);
      }
    }
    PipelineState.of(run).save(run);
  }

  /** {@code ingest}: this run's ingest, or null when it started after it. */
  static void report(CorpusRun run, IngestJob.Summary ingest, PrintStream out) {
    CorpusConfig config = run.config();
    TableStore store = run.store();
    if (ingest != null) {
      out.printf("%nIngested %d files: %d records -> %d documents, %d exact duplicates, %d rejects%n",
          ingest.files(), ingest.records(), ingest.documents(), ingest.duplicatesCollapsed(), ingest.rejects());
    }
    out.printf("Tables (%s) in %s:%n", config.format(), store.warehouse());
    for (Tables.TableDef table : Tables.ALL) {
      if (store.exists(table)) {
        out.printf("  %-28s %s%n", table.qualifiedName(), store.path(table));
      }
    }
    out.printf("%nterm_trends (national, all document types), most mentioned terms of the latest years:%n");
    ResultPrinter.print(store.read(Tables.TERM_TRENDS)
        .filter(TrendSlice.headline().and(col("n_docs_mentioning").gt(0)))
        .select("term", "category", "year", "n_docs", "n_docs_mentioning", "doc_share", "doc_share_low",
            "doc_share_high", "occurrences", "per_10k_chars")
        .orderBy(col("year").desc(), col("n_docs_mentioning").desc(), col("term"))
        .limit(config.showRows()), out);
    if (store.exists(Tables.EMERGING_YEARS)) {
      out.printf("%n%s%n", EmergingTerms.summarize(store.read(Tables.EMERGING_YEARS)).line());
    }
    if (store.exists(Tables.TOPICS)) {
      out.printf("%ntopics of the chosen model, most prevalent first:%n");
      ResultPrinter.print(store.read(Tables.TOPICS).select("topic_id", "prevalence", "coherence", "top_terms")
          .orderBy(col("prevalence").desc(), col("topic_id")).limit(config.showRows()), out);
    }
    out.printf("%nQuery them: bin/corpus sql --warehouse %s -e \"SELECT * FROM corpus.term_trends LIMIT 10\"%n",
        config.warehouse());
  }
}
