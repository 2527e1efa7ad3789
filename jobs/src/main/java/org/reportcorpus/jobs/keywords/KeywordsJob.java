package org.reportcorpus.jobs.keywords;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.YearlyRewrite;
import org.reportcorpus.udfs.stats.KeywordExtractor;
import org.reportcorpus.udfs.stats.TfIdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.KeywordSettings;

/**
 * Keywords: {@code tokens} + {@code documents} → {@code keyword_cells}, {@code keywords_by_year},
 * {@code keywords_by_province}: the top TF-IDF words and phrases of each report year and each
 * province against the whole corpus.
 *
 * <ol>
 *   <li>keywordDocuments: each document's tokens with its report year and province, near
 *       duplicates left out;
 *   <li>keywordCells: the {@link KeywordExtractor words and phrases} of every document (content
 *       words by part of speech, length and stopwords; phrases are two adjacent content words),
 *       summed per (report_year, province) cell — tf = occurrences, n_docs = documents holding
 *       it. A document lies in exactly one cell, so the cells also give each keyword's document
 *       frequency over the whole corpus. Kept as {@code keyword_cells}, rewritten only for the
 *       report years whose documents changed ({@link YearlyRewrite});
 *   <li>keywordsByYear, keywordsByProvince: all documents of a year (a province) are one
 *       pseudo-document; tf = the keyword's occurrences there, tfidf = tf × ln((1 + N) / (1 + df))
 *       with N the corpus's documents and df those holding the keyword ({@link TfIdf}); keywords
 *       with tfidf 0 (found in every document) are dropped; ranked by tfidf, then keyword, and
 *       the top {@code corpus.keywords.top_k} kept.
 * </ol>
 *
 * Documents without a report year (a province) count in N and df but belong to no year (province).
 */
public final class KeywordsJob {

  private static final Logger LOG = LoggerFactory.getLogger(KeywordsJob.class);

  /** The warehouse note: the documents of each year keyword_cells was last written from ({@link YearlyRewrite}). */
  public static final String CELLS_YEARS = "keyword_cells.years";

  /** One row per (document, keyword): the document's cell and the keyword's occurrences in it. */
  static final StructType DOCUMENT_KEYWORDS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("report_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("province_code", DataTypes.StringType, true),
      DataTypes.createStructField("province", DataTypes.StringType, true),
      DataTypes.createStructField("keyword", DataTypes.StringType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, false)));

  private static final UserDefinedFunction TFIDF = udf(
      (UDF3<Long, Long, Long, Double>) (tf, nDocs, df) -> TfIdf.tfidf(tf, nDocs, df),
      DataTypes.DoubleType).asNonNullable();

  private KeywordsJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code keywords}: keywords_by_year, keywords_by_province (TF-IDF) */
  @picocli.CommandLine.Command(name = "keywords", mixinStandardHelpOptions = true, description = "keywords_by_year, keywords_by_province (TF-IDF)")
  public static final class Command extends JobCommand {
    public Command() {
      super(KeywordsJob::run);
    }
  }

  public static void run(CorpusRun run) {
    KeywordSettings settings = run.options().keywords();
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "keywords");
    KeywordExtractor extractor = new KeywordExtractor(StopwordsLoader.load(run.spark(), settings.stopwordsPaths()),
        settings.posPrefixes(), settings.excludedPos(), settings.minLength());

    Dataset<Row> documents = keywordDocuments(store.read(Tables.TOKENS), run.analysisDocuments());
    // A cell's counts read only the documents of its report year: a new year's run extracts the
    // keywords of that year's documents and keeps the other years' cells.
    String counted = new YearlyRewrite(Tables.KEYWORD_CELLS, CELLS_YEARS, "report_year",
        List.of("doc_id", "province_code", "province"), 0, true)
        .write(store, run.settingsHash(), documents, some -> keywordCells(some, extractor));
    stages.done("keywordCells", "counted for " + counted);
    // Both rankings read the cells.
    Dataset<Row> cells = store.read(Tables.KEYWORD_CELLS).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> corpusSize = corpusSize(documents);
      store.overwrite(Tables.KEYWORDS_BY_YEAR, keywordsByYear(cells, corpusSize, settings.topK()));
      stages.done("keywordsByYear", "top " + settings.topK() + " per year written to "
          + store.path(Tables.KEYWORDS_BY_YEAR));
      store.overwrite(Tables.KEYWORDS_BY_PROVINCE, keywordsByProvince(cells, corpusSize, settings.topK()));
      stages.done("keywordsByProvince", "top " + settings.topK() + " per province written to "
          + store.path(Tables.KEYWORDS_BY_PROVINCE));
    } finally {
      cells.unpersist();
    }
  }

  /**
   * (doc_id, report_year, tokens, pos, province_code, province) of every tokenized document of
   * {@code counted} (the analysis set). The documents' few columns are broadcast, so the token
   * arrays are not shuffled; the report year is the tokens' (equal to the document's, which the
   * join checks), so that a filter on it skips the tokens files of other years.
   */
  public static Dataset<Row> keywordDocuments(Dataset<Row> tokens, Dataset<Row> counted) {
    Dataset<Row> kept = counted.select(col("doc_id").as("kept_id"), col("report_year").as("document_year"),
        col("province_code"), col("province"));
    return tokens.select("doc_id", "report_year", "tokens", "pos")
        .join(broadcast(kept), col("doc_id").equalTo(col("kept_id"))
            .and(col("report_year").eqNullSafe(col("document_year"))))
        .drop("kept_id", "document_year");
  }

  /** One row: n_corpus, the number of documents N of the idf. */
  public static Dataset<Row> corpusSize(Dataset<Row> keywordDocuments) {
    return keywordDocuments.agg(count(lit(1)).as("n_corpus"));
  }

  /** (report_year, province_code, province, keyword, tf, n_docs) summed per cell. */
  public static Dataset<Row> keywordCells(Dataset<Row> keywordDocuments, KeywordExtractor extractor) {
    Dataset<Row> documentKeywords = keywordDocuments
        .select("tokens", "pos", "report_year", "province_code", "province")
        .mapPartitions((MapPartitionsFunction<Row, Row>) docs -> new DocumentKeywords(docs, extractor),
            Encoders.row(DOCUMENT_KEYWORDS));
    return documentKeywords.groupBy("report_year", "province_code", "province", "keyword")
        .agg(sum("occurrences").as("tf"), count(lit(1)).as("n_docs"));
  }

  /** Rows of {@code keywords_by_year}. */
  public static Dataset<Row> keywordsByYear(Dataset<Row> cells, Dataset<Row> corpusSize, int topK) {
    Dataset<Row> years = cells.filter(col("report_year").isNotNull())
        .groupBy(col("report_year").as("year"), col("keyword"))
        .agg(sum("tf").as("tf"), sum("n_docs").as("n_docs"));
    return topByTfIdf(years, documentFrequencies(cells), corpusSize, col("year"), topK)
        .select(columnsOf(Tables.KEYWORDS_BY_YEAR));
  }

  /** Rows of {@code keywords_by_province}. */
  public static Dataset<Row> keywordsByProvince(Dataset<Row> cells, Dataset<Row> corpusSize, int topK) {
    Dataset<Row> provinces = cells.filter(col("province_code").isNotNull())
        .groupBy(col("province_code"), col("keyword"))
        .agg(max("province").as("province"), sum("tf").as("tf"), sum("n_docs").as("n_docs"));
    return topByTfIdf(provinces, documentFrequencies(cells), corpusSize, col("province_code"), topK)
        .select(columnsOf(Tables.KEYWORDS_BY_PROVINCE));
  }

  /** (keyword, df): documents of the whole corpus holding the keyword. */
  static Dataset<Row> documentFrequencies(Dataset<Row> cells) {
    return cells.groupBy("keyword").agg(sum("n_docs").as("df"));
  }

  private static Dataset<Row> topByTfIdf(Dataset<Row> groups, Dataset<Row> documentFrequencies,
      Dataset<Row> corpusSize, Column group, int topK) {
    Column rank = row_number().over(Window.partitionBy(group).orderBy(col("tfidf").desc(), col("keyword")));
    return groups.join(documentFrequencies, "keyword")
        .crossJoin(corpusSize)
        .withColumn("tfidf", TFIDF.apply(col("tf"), col("n_corpus"), col("df")))
        .filter(col("tfidf").gt(0))
        .withColumn("rank", rank)
        .filter(col("rank").leq(topK));
  }

  private static Column[] columnsOf(Tables.TableDef table) {
    return Arrays.stream(table.schema().fieldNames()).map(functions::col).toArray(Column[]::new);
  }

  /** Flattens each document's keyword counts into rows of {@link #DOCUMENT_KEYWORDS}, lazily. */
  private static final class DocumentKeywords implements Iterator<Row> {

    private final Iterator<Row> docs;
    private final KeywordExtractor extractor;
    private Iterator<Row> current = Collections.emptyIterator();

    DocumentKeywords(Iterator<Row> docs, KeywordExtractor extractor) {
      this.docs = docs;
      this.extractor = extractor;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && docs.hasNext()) {
        current = keywordsOf(docs.next());
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private Iterator<Row> keywordsOf(Row doc) {
      List<String> tokens = doc.isNullAt(0) ? null : doc.getList(0);
      List<String> tags = doc.isNullAt(1) ? null : doc.getList(1);
      Object year = doc.get(2);
      String provinceCode = doc.getString(3);
      String province = doc.getString(4);
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<String, Integer> keyword : extractor.count(tokens, tags).entrySet()) {
        rows.add(RowFactory.create(year, provinceCode, province, keyword.getKey(), (long) keyword.getValue()));
      }
      return rows.iterator();
    }
  }
}
