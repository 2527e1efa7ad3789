package org.reportcorpus.jobs.report;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.candidates.CandidatesJob;
import org.reportcorpus.jobs.cooccur.CooccurrenceJob;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.jobs.trends.TrendsJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.PlantedTopicsRun;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * A warehouse for the report's tests, built once per test run: the pipeline's stages the report
 * reads (ingest, candidates, trends, co-occurrence, a small topic model) over the UTF-8 text part of
 * a small generated corpus (of {@value #REPORTS} reports, {@value #FIRST_YEAR}–{@value #LAST_YEAR};
 * about 30 documents), then
 * markup planted where document text reaches the report — a document's title and path (a
 * document without region, so it is listed under data quality) and a candidate slogan with its
 * example sentence, first seen in the last year (so it is listed under new wording).
 */
final class ReportWarehouse {

  static final int REPORTS = 80;
  static final int FIRST_YEAR = 2018;
  static final int LAST_YEAR = 2022;

  static final String TITLE = "<script>document.body.setAttribute('data-pwned','title')</script>{{7*7}}planted title";
  static final String PATH = "planted/<b>path</b>.txt";
  static final String SLOGAN = "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','slogan')\">"
      + "{{constructor.constructor('alert(1)')()}}";
  static final String EXAMPLE = "例句<script>document.body.setAttribute('data-pwned','example')</script>"
      + "</script><img src=x onerror=document.body.setAttribute('data-pwned','img')>{{1+1}}";

  private static CorpusConfig config;

  private ReportWarehouse() {}

  /** The run over the warehouse (built on first use; registered again, as other tests share the catalog). */
  static synchronized CorpusRun run() {
    if (config == null) {
      Path corpus = Fixtures.tempDir("report-corpus");
      try {
        SampleCorpusGenerator.run(GeneratorOptions.parse("--out", corpus.toString(), "--reports",
            Integer.toString(REPORTS), "--years", FIRST_YEAR + "-" + LAST_YEAR, "--seed", "7",
            "--terms", Fixtures.terms().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CorpusConfig base = Fixtures.config(Fixtures.tempDir("report-warehouse"), List.of(corpus.resolve("txt-utf8")));
      Map<String, String> settings = new HashMap<>(base.settings());
      settings.put("corpus.topics.k", "4");
      settings.put("corpus.topics.max_iter", "20");
      settings.put("corpus.candidates.newword.sample_chars", "200000");
      CorpusConfig built = CorpusConfig.of(settings, base.inputs());
      CorpusRun run = Sessions.prepare(SharedSpark.get(), built);
      // The pipeline's stages whose tables the report reads (not tokens, not keywords).
      IngestJob.run(run);
      CandidatesJob.run(run);
      TrendsJob.run(run);
      CooccurrenceJob.run(run);
      TopicsJob.train(run, PlantedTopicsRun.quiet());
      plant(run);
      config = built;
    }
    return Sessions.prepare(SharedSpark.get(), config);
  }

  private static void plant(CorpusRun run) {
    SparkSession spark = run.spark();
    Dataset<Row> document = run.store().read(Tables.DOCUMENTS).orderBy("doc_id").limit(1)
        .withColumn("doc_id", lit("planted-document"))
        .withColumn("title", lit(TITLE))
        .withColumn("source_path", lit(PATH))
        .withColumn("source_paths", array(lit(PATH)))
        .withColumn("stripped", expr("transform(stripped, line -> coalesce(line, ''))")); // elements not null
    for (String column : List.of("region_name", "region_code", "prefecture", "prefecture_code", "province",
        "province_code", "admin_level")) {
      document = document.withColumn(column, lit(null).cast("string"));
    }
    run.store().upsert(Tables.DOCUMENTS, document, Map.of());
    Row candidate = RowFactory.create(SLOGAN, new String[] {"quoted"}, 1.0e9, LAST_YEAR, 3L, 3L, 5L, EXAMPLE, 0);
    Dataset<Row> candidates = spark.createDataFrame(List.of(candidate), Tables.TERM_CANDIDATES.schema());
    run.store().upsert(Tables.TERM_CANDIDATES, candidates.select(col("*")), Map.of());
  }
}
