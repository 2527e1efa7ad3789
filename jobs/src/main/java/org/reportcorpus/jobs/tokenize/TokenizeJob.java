package org.reportcorpus.jobs.tokenize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.ReportYears;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.segment.Segmenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenize: {@code documents} → {@code tokens}, HanLP standard segmentation with every term of
 * the vocabulary in HanLP's custom dictionary — added in each executor JVM by
 * {@link Segmenter}, from the word list shipped in the task closure. Once the table holds a
 * segmentation with the same dictionary, a run segments only the documents added since.
 */
public final class TokenizeJob {

  private static final Logger LOG = LoggerFactory.getLogger(TokenizeJob.class);

  private TokenizeJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code tokenize}: documents -> tokens (HanLP with the term vocabulary in its dictionary) */
  @picocli.CommandLine.Command(name = "tokenize", mixinStandardHelpOptions = true, description = "documents -> tokens (HanLP with the term vocabulary in its dictionary)")
  public static final class Command extends JobCommand {
    public Command() {
      super(TokenizeJob::run);
    }
  }

  public static void run(CorpusRun run) {
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "tokenize");
    List<String> dictionaryWords = new ArrayList<>(run.vocabulary().allSurfaceForms());
    String dictionary = dictionaryHash(dictionaryWords);
    Dataset<Row> documents = store.read(Tables.DOCUMENTS);
    if (store.computedFrom(Tables.TOKENS, NOTE, dictionary)) {
      // Segmented with this dictionary already: only the documents added since are segmented.
      // Found on their ids (kept: read for their years, then to pick their texts), then their text
      // read from the files of their report years only.
      Dataset<Row> unsegmented = documents.select("doc_id", "report_year")
          .join(store.read(Tables.TOKENS).select("doc_id"), new String[] {"doc_id"}, "left_anti")
          .persist(StorageLevel.MEMORY_AND_DISK());
      ReportYears years = ReportYears.of(unsegmented);
      boolean added = !years.none();
      if (added) {
        store.append(Tables.TOKENS, segment(years.rowsOf(documents, unsegmented), dictionaryWords));
      }
      unsegmented.unpersist();
      long moved = alignYears(store, documents);
      stages.done("segment", !added && moved == 0 ? "every document has its tokens already; no table changed"
          : (added ? "tokens of the new documents added to " + store.path(Tables.TOKENS) : "no new document")
              + "; " + moved + " rows given their document's new report year");
      return;
    }
    store.overwriteFrom(Tables.TOKENS, segment(documents, dictionaryWords), NOTE, dictionary);
    stages.done("segment", "tokens written to " + store.path(Tables.TOKENS));
  }

  /**
   * Gives the rows whose report year is not their document's (re-ingested with another year: the
   * text, hence the tokens, is the same) the document's year; returns how many there were. Readers
   * filter tokens on that year to skip files, so it must be the documents'.
   */
  static long alignYears(TableStore store, Dataset<Row> documents) {
    Dataset<Row> current = documents.select(col("doc_id"), col("report_year").as("document_year"));
    Dataset<Row> moved = store.read(Tables.TOKENS).join(current, "doc_id")
        .filter(not(col("report_year").eqNullSafe(col("document_year"))));
    long count = moved.select("doc_id").count();
    if (count > 0) {
      store.upsert(Tables.TOKENS, moved.withColumn("report_year", col("document_year")).drop("document_year"), Map.of());
    }
    return count;
  }

  /** The warehouse note saying which dictionary the tokens table was segmented with. */
  static final String NOTE = "tokens.dictionary";

  /**
   * What the table was segmented with: the dictionary, and the table's layout (v2: with
   * report_year), so that a table written before the layout changed is written again whole.
   */
  static String dictionaryHash(List<String> words) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update("tokens v2 report_year\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(String.join("\n", words.stream().sorted().distinct().toList())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One row per document: its tokens and their part-of-speech tags. */
  public static Dataset<Row> segment(Dataset<Row> documents, List<String> dictionaryWords) {
    List<String> words = List.copyOf(dictionaryWords); // a plain list in the closure, nothing heavy
    return documents.select("doc_id", "report_year", "text").map((MapFunction<Row, Row>) doc -> {
      Segmenter.Tokens tokens = Segmenter.segment(doc.getString(2), words);
      return RowFactory.create(doc.getString(0), doc.isNullAt(1) ? null : doc.getInt(1),
          RowBuilder.seq(tokens.words()), RowBuilder.seq(tokens.tags()));
    }, Encoders.row(Tables.TOKENS.schema()));
  }
}
