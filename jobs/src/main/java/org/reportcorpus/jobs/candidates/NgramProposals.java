package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.udfs.discover.CandidateScore;
import org.reportcorpus.udfs.discover.CharNgrams;
import org.reportcorpus.udfs.discover.KnownPhrases;
import org.reportcorpus.udfs.discover.LongCounts;
import org.reportcorpus.udfs.discover.LongSet;
import org.reportcorpus.udfs.discover.NgramTally;
import org.reportcorpus.udfs.discover.PhraseShape;
import org.reportcorpus.udfs.segment.Segmenter;
import org.reportcorpus.jobs.config.CandidateSettings;

/**
 * Method {@code ngram}: character n-grams ({@code ngram.min_length}–{@code ngram.max_length})
 * in many documents of a sample of about {@code ngram.sample_docs} documents.
 *
 * <ol>
 *   <li>frequentSeeds: the seeds (4-grams, packed in longs, see {@link CharNgrams}) in at least
 *       the sample's document threshold — {@code max(2, ceil(min_docs × sample share))} —
 *       collected and broadcast: an n-gram is only counted when all its seeds are frequent;
 *   <li>countNgrams: documents of the sample holding each n-gram, and of those how many are
 *       from the late report years and in how many an occurrence lines up with the tokens of
 *       HanLP's segmentation (the vocabulary in its dictionary, as in {@code tokens});
 *       n-grams one char longer than the longest included;
 *   <li>closed: drop an n-gram when, on one side, its two most frequent one-char extensions
 *       cover {@code ngram.closure_ratio} of its occurrences (行政水平稳步提 is always followed by
 *       升, 罚相关要求 nearly always follows 不 or 轻: pieces of longer phrases); drop n-grams in more than {@code ngram.max_doc_share} of the
 *       sample (generic report wording), those lined up with tokens in less than {@code
 *       ngram.min_aligned_share} of their documents (化民法典宣传 of 深化/民法典/宣传: a piece
 *       of words), and known phrases or bad shapes;
 *   <li>at most {@code max_proposals}, by a pre-score: the final score with sample documents
 *       for regions and no quotation evidence, so rising phrases of few documents are not crowded
 *       out by the many constant phrases of report prose.
 * </ol>
 */
final class NgramProposals {

  static final String METHOD = "ngram";

  /** Partial sums of a partition's documents (see {@link NgramTally}). */
  private static final StructType NGRAM_SUMS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("ngram", DataTypes.StringType, false),
      DataTypes.createStructField("docs", DataTypes.IntegerType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, false),
      DataTypes.createStructField("late", DataTypes.IntegerType, false),
      DataTypes.createStructField("aligned", DataTypes.IntegerType, false)));

  /**
   * Distinct n-grams a partition's tally holds before it is emitted (about 130 bytes each on the
   * heap): the bound on a task's memory; summing before the shuffle is what makes the pass cheap.
   */
  private static final int TALLY_LIMIT = 500_000;

  /** Distinct seeds a partition's count holds before it is emitted (two longs each, at most half full: 32 MB). */
  private static final int SEED_LIMIT = 1_000_000;

  /** Documents of a partition holding a seed (partial: summed again over partitions). */
  private static final StructType SEED_DOCS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("seed", DataTypes.LongType, false),
      DataTypes.createStructField("docs", DataTypes.LongType, false)));

  private static final StructType PRESCORED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("prescore", DataTypes.DoubleType, false)));

  private NgramProposals() {}

  /**
   * The proposed phrases, best first. {@code tokens}: the tokens table (or null), whose words
   * give the sampled documents' token boundaries; a document without a row there is segmented.
   */
  static List<String> propose(SparkSession spark, Dataset<Row> documents, Dataset<Row> tokens, CorpusShape corpus,
      CandidateSettings settings, KnownPhrases known, List<String> dictionaryWords) {
    if (settings.ngramSampleDocs() == 0 || corpus.docs() == 0) {
      return List.of();
    }
    double fraction = Math.min(1.0, (double) settings.ngramSampleDocs() / corpus.docs());
    // Read twice (seeds, then n-grams): kept, rather than sampling and shuffling the texts again.
    Dataset<Row> sample = StableSample.of(documents.select("doc_id", "text", "report_year"), fraction, settings.seed(),
        settings.samplePartitions()).persist(StorageLevel.MEMORY_AND_DISK());
    int minDocs = Math.max(2, (int) Math.ceil(settings.minDocs() * fraction));
    int seedLength = settings.ngramSeedLength();

    LongSet seeds = frequentSeeds(sample, seedLength, minDocs);
    Broadcast<LongSet> sharedSeeds = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(seeds);
    // The sample's words only: the tokens of the other documents are left out before the join.
    Dataset<Row> withWords = tokens == null
        ? sample.withColumn("words", lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)))
        : sample.join(StableSample.filter(tokens.select(col("doc_id"), col("tokens").as("words")), fraction,
            settings.seed()), new String[] {"doc_id"}, "left");
    int middleYear = corpus.middleYear();
    Dataset<Row> counts = countNgrams(withWords.select("text", "report_year", "words"), settings, sharedSeeds,
            List.copyOf(dictionaryWords), middleYear, minDocs)
        .persist(StorageLevel.MEMORY_AND_DISK()); // read twice: as n-grams and as their extensions
    try {
      return best(counts, corpus, fraction, middleYear, settings, known);
    } finally {
      counts.unpersist();
      sample.unpersist();
      sharedSeeds.destroy();
    }
  }

  private static List<String> best(Dataset<Row> counts, CorpusShape corpus, double fraction, int middleYear,
      CandidateSettings settings, KnownPhrases known) {
    double sampleDocs = corpus.docs() * fraction;
    Dataset<Row> kept = closed(counts, settings)
        .filter(col("docs").leq(settings.ngramMaxDocShare() * sampleDocs))
        .filter(col("aligned").geq(col("docs").multiply(settings.ngramMinAlignedShare())));
    Rules rules = new Rules(settings.shape(), known);
    double earlyDocs = corpus.docsBefore(middleYear) * fraction;
    double lateDocs = corpus.docsFrom(middleYear) * fraction;
    return kept
        .filter((FilterFunction<Row>) row -> rules.accepts(row.getString(0)))
        .map((MapFunction<Row, Row>) row -> {
          long docs = row.getLong(1);
          long late = row.getLong(2);
          double prescore = CandidateScore.score(new CandidateScore.Evidence(docs, 0, 0, 1,
              earlyDocs > 0 ? (docs - late) / earlyDocs : Double.NaN, lateDocs > 0 ? late / lateDocs : Double.NaN));
          return RowFactory.create(row.getString(0), prescore);
        }, Encoders.row(PRESCORED))
        .orderBy(col("prescore").desc(), col("phrase"))
        .limit(settings.maxProposals())
        .select("phrase").as(Encoders.STRING())
        .collectAsList();
  }

  /** Seeds in at least {@code minDocs} sampled documents (bounded by the sample's distinct 4-grams). */
  static LongSet frequentSeeds(Dataset<Row> sample, int seedLength, int minDocs) {
    List<Long> frequent = sample.select("text")
        .mapPartitions((MapPartitionsFunction<Row, Row>) docs -> {
          // summed per partition first: one row per distinct seed of it, not per seed of each document
          return rows(LongCounts.over(docs, doc -> CharNgrams.distinctSeeds(doc.getString(0), seedLength), SEED_LIMIT),
              c -> RowFactory.create(c.value(), c.count()));
        }, Encoders.row(SEED_DOCS))
        .groupBy("seed").agg(sum("docs").as("docs"))
        .filter(col("docs").geq(minDocs))
        .select("seed").as(Encoders.LONG())
        .collectAsList();
    LongSet seeds = new LongSet(frequent.size());
    frequent.forEach(seeds::add);
    return seeds;
  }

  /**
   * (ngram, docs, late, aligned): sampled documents holding each n-gram of min_length to
   * max_length + 1 chars whose seeds are all frequent, and of those the documents of the late
   * years and those where it lines up with tokens; only n-grams in at least {@code minDocs}
   * documents.
   */
  static Dataset<Row> countNgrams(Dataset<Row> sample, CandidateSettings settings, Broadcast<LongSet> seeds,
      List<String> dictionaryWords, int middleYear, int minDocs) {
    int minLength = settings.ngramMinLength();
    int maxLength = settings.ngramMaxLength() + 1; // one longer, for the closure test
    int seedLength = settings.ngramSeedLength();
    return sample
        .mapPartitions((MapPartitionsFunction<Row, Row>) docs -> {
          NgramTally tally = new NgramTally(minLength, maxLength, seedLength, seeds.value());
          Iterator<NgramTally.Sums> sums = tally.over(docs, doc -> {
            String text = doc.getString(0);
            // the tokens table's words; else the JVM's one segmenter, built on first use on each
            // executor (never shipped)
            List<String> words = doc.isNullAt(2) ? Segmenter.segment(text, dictionaryWords).words() : doc.getList(2);
            return new NgramTally.Document(text, CharNgrams.tokenBoundaries(text, words),
                !doc.isNullAt(1) && doc.getInt(1) >= middleYear);
          }, TALLY_LIMIT);
          return rows(sums, s -> RowFactory.create(s.ngram(), s.docs(), s.occurrences(), s.late(), s.aligned()));
        }, Encoders.row(NGRAM_SUMS))
        .groupBy("ngram").agg(sum("docs").as("docs"), sum("occurrences").as("occurrences"), sum("late").as("late"),
            sum("aligned").as("aligned"))
        .filter(col("docs").geq(minDocs));
  }

  /**
   * (ngram, docs, late, aligned) of the n-grams up to max_length that are not nearly always
   * extended the same way: on neither side do its two most frequent one-char extensions cover
   * {@code ngram.closure_ratio} of its occurrences. Occurrences at the edge of a Han run (after a
   * quote, a comma, a digit) have no extension, so they count as varied context.
   */
  static Dataset<Row> closed(Dataset<Row> counts, CandidateSettings settings) {
    Dataset<Row> longer = counts.filter(length(col("ngram")).gt(settings.ngramMinLength()));
    Dataset<Row> extensions = longer.select(expr("substring(ngram, 2)").as("inner"), lit("left").as("side"),
            col("occurrences"))
        .unionByName(longer.select(expr("substring(ngram, 1, length(ngram) - 1)").as("inner"), lit("right").as("side"),
            col("occurrences")))
        // the two most frequent extensions of each side: a sort of each side's few, not a window over all
        .groupBy("inner", "side").agg(slice(sort_array(collect_list("occurrences"), false), 1, 2).as("top"))
        .select(col("inner"), aggregate(col("top"), lit(0L), (covered, occurrences) -> covered.plus(occurrences))
            .as("covered"))
        .groupBy("inner").agg(max("covered").as("extension_occurrences"));
    return counts.filter(length(col("ngram")).leq(settings.ngramMaxLength()))
        .join(extensions, counts.col("ngram").equalTo(extensions.col("inner")), "left")
        .filter(col("extension_occurrences").isNull()
            .or(col("extension_occurrences").lt(col("occurrences").multiply(settings.ngramClosureRatio()))))
        .select(col("ngram"), col("docs"), col("late"), col("aligned"));
  }

  /** {@code items} as rows, lazily: a partition's tallies are handed on as they are drained. */
  private static <T> Iterator<Row> rows(Iterator<T> items, Function<T, Row> row) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Row next() {
        return row.apply(items.next());
      }
    };
  }

  /** Shape and vocabulary rules, serializable, for the filter closure. */
  record Rules(PhraseShape shape, KnownPhrases known) implements java.io.Serializable {
    boolean accepts(String phrase) {
      return shape.accepts(phrase) && !known.isKnown(phrase);
    }
  }
}
