package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.udfs.discover.KnownPhrases;
import org.reportcorpus.udfs.discover.NewWords;
import org.reportcorpus.udfs.discover.PhraseShape;
import org.reportcorpus.jobs.config.CandidateSettings;

/**
 * Method {@code newword}: HanLP's new-word discovery ({@link NewWords}) on a sample.
 *
 * <p>HanLP's discovery is not distributed and holds every substring of its input in memory
 * (10,000–40,000 chars/s per core here, the low end on varied real prose; 100+ MB per 300,000
 * chars), so it runs on a sample of about {@code newword.sample_chars} characters, in chunks of
 * {@code newword.chunk_chars} built from the documents of each partition — one HanLP run per chunk, in parallel over partitions. A word is
 * proposed when it is not known; at most {@code max_proposals}, those found in most chunks and
 * then most often first. Its real spread is measured afterwards over all documents.
 */
final class NewWordProposals {

  static final String METHOD = "newword";

  private static final StructType FOUND = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("frequency", DataTypes.IntegerType, false)));

  private NewWordProposals() {}

  /** The proposed words, found in most chunks first. */
  static List<String> propose(Dataset<Row> documents, CorpusShape corpus, CandidateSettings settings,
      KnownPhrases known, List<String> dictionaryWords) {
    if (settings.newWordSampleChars() == 0 || corpus.chars() == 0) {
      return List.of();
    }
    double fraction = Math.min(1.0, (double) settings.newWordSampleChars() / corpus.chars());
    Dataset<Row> sample = StableSample.of(documents, fraction, settings.seed(), settings.samplePartitions());
    int chunkChars = settings.newWordChunkChars();
    NewWords.Settings thresholds = settings.newWords();
    PhraseShape shape = settings.shape();
    List<String> words = List.copyOf(dictionaryWords);
    return sample.select("text")
        .mapPartitions((MapPartitionsFunction<Row, Row>) docs -> discover(docs, chunkChars, thresholds, shape, words),
            Encoders.row(FOUND))
        .groupBy("phrase").agg(count(lit(1)).as("chunks"), sum("frequency").as("frequency"))
        .filter((FilterFunction<Row>) row -> !known.isKnown(row.getString(0)))
        .orderBy(col("chunks").desc(), col("frequency").desc(), col("phrase"))
        .limit(settings.maxProposals())
        .select("phrase").as(Encoders.STRING())
        .collectAsList();
  }

  /** New words of each chunk of the partition's documents: (word, occurrences in the chunk). */
  static Iterator<Row> discover(Iterator<Row> docs, int chunkChars, NewWords.Settings thresholds, PhraseShape shape,
      List<String> dictionaryWords) {
    List<Row> found = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    while (docs.hasNext()) {
      String text = docs.next().getString(0);
      if (text != null) {
        chunk.append(text).append('\n');
      }
      if (chunk.length() >= chunkChars || !docs.hasNext()) {
        for (NewWords.Found word : NewWords.discover(chunk.toString(), thresholds, shape, dictionaryWords)) {
          found.add(RowFactory.create(word.word(), word.frequency()));
        }
        chunk.setLength(0);
      }
    }
    return found.iterator();
  }
}
