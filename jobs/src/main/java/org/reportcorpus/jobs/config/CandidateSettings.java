package org.reportcorpus.jobs.config;

import java.io.Serializable;
import java.util.List;
import org.reportcorpus.udfs.discover.ExampleSentence;
import org.reportcorpus.udfs.discover.NewWords;
import org.reportcorpus.udfs.discover.PhraseShape;
import org.reportcorpus.udfs.discover.QuotedPhrases;

/**
 * Settings of the term-candidate job, read once from the configuration and validated before any
 * Spark work (keys and defaults below; conf/corpus.conf lists them under "# Term candidates").
 *
 * @param topK              rows kept in term_candidates (and phrases in candidate_trends)
 * @param minRegions        least reporting regions a candidate is used by
 * @param minDocs           least documents a candidate is used in
 * @param quotedMinChars    shortest quoted phrase, in characters
 * @param quotedMaxChars    longest quoted phrase
 * @param quotedMinDocs     least documents quoting a phrase for it to be proposed
 * @param newWordSampleChars characters of sampled documents fed to HanLP's new-word discovery
 * @param newWordChunkChars characters per HanLP run (one run holds all its substrings in memory)
 * @param newWords          HanLP thresholds per chunk
 * @param ngramMinLength    shortest n-gram
 * @param ngramMaxLength    longest n-gram (n-grams one longer are counted for the closure filter)
 * @param ngramSampleDocs   documents sampled for n-gram discovery
 * @param ngramClosureRatio drop an n-gram when its two commonest one-char extensions on one side cover this
 *                          share of its occurrences
 * @param ngramMaxDocShare  drop an n-gram in more than this share of the sampled documents (generic wording)
 * @param ngramMinAlignedShare keep an n-gram only when in at least this share of its documents an
 *                          occurrence starts and ends on a HanLP token boundary (not a piece of words)
 * @param maxProposals      most phrases each method proposes for measuring
 * @param edgeStopChars     characters a phrase may not begin or end with
 * @param stopPhrases       generic report wording; a phrase containing one is dropped
 * @param exampleMaxChars   longest example sentence
 * @param seed              seed of the document samples
 * @param samplePartitions  partitions the samples are laid out in (sorted by doc_id): new-word discovery
 *                          runs per partition, so its proposals depend on this number - a setting of its
 *                          own, not the session's shuffle partitions, which differ between a laptop and a
 *                          cluster
 */
public record CandidateSettings(int topK, int minRegions, int minDocs, int quotedMinChars, int quotedMaxChars,
    int quotedMinDocs, long newWordSampleChars, int newWordChunkChars, NewWords.Settings newWords, int ngramMinLength,
    int ngramMaxLength, int ngramSampleDocs, double ngramClosureRatio, double ngramMaxDocShare,
    double ngramMinAlignedShare, int maxProposals,
    String edgeStopChars, List<String> stopPhrases, int exampleMaxChars, long seed, int samplePartitions) implements Serializable {

  static final String PREFIX = "corpus.candidates.";
  public static final String TOP_K = PREFIX + "top_k";
  public static final String MIN_REGIONS = PREFIX + "min_regions";
  public static final String MIN_DOCS = PREFIX + "min_docs";
  public static final String QUOTED_MIN_CHARS = PREFIX + "quoted.min_chars";
  public static final String QUOTED_MAX_CHARS = PREFIX + "quoted.max_chars";
  public static final String QUOTED_MIN_DOCS = PREFIX + "quoted.min_docs";
  public static final String NEWWORD_SAMPLE_CHARS = PREFIX + "newword.sample_chars";
  public static final String NEWWORD_CHUNK_CHARS = PREFIX + "newword.chunk_chars";
  public static final String NEWWORD_MAX_WORDS = PREFIX + "newword.max_words";
  public static final String NEWWORD_MIN_LENGTH = PREFIX + "newword.min_length";
  public static final String NEWWORD_MAX_LENGTH = PREFIX + "newword.max_length";
  public static final String NEWWORD_MIN_COUNT = PREFIX + "newword.min_count";
  public static final String NEWWORD_MIN_ENTROPY = PREFIX + "newword.min_entropy";
  public static final String NEWWORD_MIN_AGGREGATION = PREFIX + "newword.min_aggregation";
  public static final String NGRAM_MIN_LENGTH = PREFIX + "ngram.min_length";
  public static final String NGRAM_MAX_LENGTH = PREFIX + "ngram.max_length";
  public static final String NGRAM_SAMPLE_DOCS = PREFIX + "ngram.sample_docs";
  public static final String NGRAM_CLOSURE_RATIO = PREFIX + "ngram.closure_ratio";
  public static final String NGRAM_MAX_DOC_SHARE = PREFIX + "ngram.max_doc_share";
  public static final String NGRAM_MIN_ALIGNED_SHARE = PREFIX + "ngram.min_aligned_share";
  public static final String MAX_PROPOSALS = PREFIX + "max_proposals";
  public static final String EDGE_STOP_CHARS = PREFIX + "edge_stop_chars";
  public static final String STOP_PHRASES = PREFIX + "stop_phrases";
  public static final String EXAMPLE_MAX_CHARS = PREFIX + "example_max_chars";
  public static final String SEED = PREFIX + "seed";
  public static final String SAMPLE_PARTITIONS = PREFIX + "sample_partitions";

  /** Generic wording of annual reports that no slogan contains. */
  public static final String DEFAULT_STOP_PHRASES = "进一步,下一步,全年,年度,今年,去年,明年,本年,年内,报告如下,情况报告,"
      + "各级各部门,主要负责,取得了,有关情况,相关工作,工作情况,同志,一是,二是,三是,四是,五是,六是,七是,八是";

  public CandidateSettings {
    require(topK >= 1, TOP_K, "at least 1", topK);
    require(minRegions >= 1, MIN_REGIONS, "at least 1", minRegions);
    require(minDocs >= 1, MIN_DOCS, "at least 1", minDocs);
    require(quotedMinChars >= 1 && quotedMaxChars >= quotedMinChars, QUOTED_MAX_CHARS,
        "at least " + QUOTED_MIN_CHARS, quotedMaxChars);
    require(quotedMinDocs >= 1, QUOTED_MIN_DOCS, "at least 1", quotedMinDocs);
    require(newWordSampleChars >= 0, NEWWORD_SAMPLE_CHARS, "0 (off) or more", newWordSampleChars);
    require(newWordChunkChars >= 1000, NEWWORD_CHUNK_CHARS, "at least 1000", newWordChunkChars);
    require(ngramMinLength >= 2 && ngramMaxLength >= ngramMinLength, NGRAM_MAX_LENGTH,
        "at least " + NGRAM_MIN_LENGTH + " (itself at least 2)", ngramMaxLength);
    require(ngramSampleDocs >= 0, NGRAM_SAMPLE_DOCS, "0 (off) or more", ngramSampleDocs);
    require(ngramClosureRatio > 0 && ngramClosureRatio <= 1, NGRAM_CLOSURE_RATIO, "a share in (0, 1]", ngramClosureRatio);
    require(ngramMaxDocShare > 0 && ngramMaxDocShare <= 1, NGRAM_MAX_DOC_SHARE, "a share in (0, 1]", ngramMaxDocShare);
    require(ngramMinAlignedShare >= 0 && ngramMinAlignedShare <= 1, NGRAM_MIN_ALIGNED_SHARE, "a share in [0, 1]",
        ngramMinAlignedShare);
    require(maxProposals >= 1, MAX_PROPOSALS, "at least 1", maxProposals);
    require(exampleMaxChars >= 10, EXAMPLE_MAX_CHARS, "at least 10", exampleMaxChars);
    require(samplePartitions >= 1, SAMPLE_PARTITIONS, "at least 1", samplePartitions);
    stopPhrases = List.copyOf(stopPhrases);
  }

  public static CandidateSettings fromConfig(CorpusConfig config) {
    NewWords.Settings hanlpDefaults = NewWords.Settings.defaults();
    NewWords.Settings newWords;
    try {
      newWords = new NewWords.Settings(
          config.getInt(NEWWORD_MAX_WORDS, hanlpDefaults.maxWords()),
          config.getInt(NEWWORD_MIN_LENGTH, hanlpDefaults.minLength()),
          config.getInt(NEWWORD_MAX_LENGTH, hanlpDefaults.maxWordLength()),
          config.getInt(NEWWORD_MIN_COUNT, hanlpDefaults.minCount()),
          (float) config.getDouble(NEWWORD_MIN_ENTROPY, hanlpDefaults.minEntropy()),
          (float) config.getDouble(NEWWORD_MIN_AGGREGATION, hanlpDefaults.minAggregation()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PREFIX + "newword.*: " + e.getMessage(), e);
    }
    return new CandidateSettings(
        config.getInt(TOP_K, 500),
        config.getInt(MIN_REGIONS, 3),
        config.getInt(MIN_DOCS, 5),
        config.getInt(QUOTED_MIN_CHARS, QuotedPhrases.DEFAULT_MIN_CHARS),
        config.getInt(QUOTED_MAX_CHARS, QuotedPhrases.DEFAULT_MAX_CHARS),
        config.getInt(QUOTED_MIN_DOCS, 2),
        config.getLong(NEWWORD_SAMPLE_CHARS, 1_000_000L, 0, Long.MAX_VALUE),
        config.getInt(NEWWORD_CHUNK_CHARS, 250_000),
        newWords,
        config.getInt(NGRAM_MIN_LENGTH, 4),
        config.getInt(NGRAM_MAX_LENGTH, 8),
        config.getInt(NGRAM_SAMPLE_DOCS, 2000),
        config.getDouble(NGRAM_CLOSURE_RATIO, 0.9),
        config.getDouble(NGRAM_MAX_DOC_SHARE, 0.5),
        config.getDouble(NGRAM_MIN_ALIGNED_SHARE, 0.5),
        config.getInt(MAX_PROPOSALS, 20_000),
        config.get(EDGE_STOP_CHARS, PhraseShape.DEFAULT_EDGE_STOP_CHARS),
        config.getList(STOP_PHRASES, DEFAULT_STOP_PHRASES),
        config.getInt(EXAMPLE_MAX_CHARS, ExampleSentence.DEFAULT_MAX_CHARS),
        config.getLong(SEED, 17L, Long.MIN_VALUE, Long.MAX_VALUE),
        config.getInt(SAMPLE_PARTITIONS, 8));
  }

  public PhraseShape shape() {
    return new PhraseShape(edgeStopChars);
  }

  public QuotedPhrases quotedPhrases() {
    return new QuotedPhrases(quotedMinChars, quotedMaxChars, shape());
  }

  /** Length of the packed seeds of n-gram discovery: the shortest n-gram, at most 4. */
  public int ngramSeedLength() {
    return Math.min(ngramMinLength, org.reportcorpus.udfs.discover.CharNgrams.MAX_SEED_LENGTH);
  }

  private static void require(boolean ok, String key, String expected, Object actual) {
    if (!ok) {
      throw new IllegalArgumentException(key + ": expected " + expected + " but got " + actual);
    }
  }
}
