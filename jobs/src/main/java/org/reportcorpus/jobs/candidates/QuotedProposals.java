package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.reportcorpus.udfs.discover.KnownPhrases;
import org.reportcorpus.udfs.discover.QuotedPhrases;
import org.reportcorpus.jobs.config.CandidateSettings;

/**
 * Method {@code quoted}: phrases a report puts in quotation marks ({@link QuotedPhrases}), over
 * all documents — a cheap scan, and quoting is the surest sign of a named slogan. A phrase is
 * proposed when at least {@code quoted.min_docs} documents quote it and it is not known; at most
 * {@code max_proposals}, those quoted by most documents first.
 */
final class QuotedProposals {

  static final String METHOD = "quoted";

  private QuotedProposals() {}

  /** The quoted phrases worth measuring, most quoted first. */
  static List<String> propose(Dataset<Row> documents, CandidateSettings settings, KnownPhrases known) {
    QuotedPhrases quoted = settings.quotedPhrases(); // small and serializable: rules only
    return documents.select("text")
        .flatMap((FlatMapFunction<Row, String>) doc -> distinct(quoted.extract(doc.getString(0))).iterator(),
            Encoders.STRING())
        .groupBy(col("value").as("phrase")).agg(count(lit(1)).as("docs"))
        .filter(col("docs").geq(settings.quotedMinDocs()))
        .filter((FilterFunction<Row>) row -> !known.isKnown(row.getString(0)))
        .orderBy(col("docs").desc(), col("phrase"))
        .limit(settings.maxProposals())
        .select("phrase").as(Encoders.STRING())
        .collectAsList();
  }

  private static Set<String> distinct(List<String> phrases) {
    return new LinkedHashSet<>(phrases);
  }
}
