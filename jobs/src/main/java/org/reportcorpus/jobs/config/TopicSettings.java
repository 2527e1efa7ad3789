package org.reportcorpus.jobs.config;

import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * Settings of the topics job, from the {@code corpus.topics.*} keys of conf/corpus.conf (or
 * {@code --set key=value}); conf/corpus.conf documents each.
 */
public record TopicSettings(
    String units, List<String> sectionKinds, int minDocs, List<Integer> ks, int restarts, int finalKs, int coherenceTerms, int holdoutPercent,
    String optimizer, int maxIter, double subsamplingRate, double learningOffset, double learningDecay, double topicConcentration, long seed,
    double minDf, double maxDf, int vocabSize,
    List<String> posPrefixes, List<String> excludedPos, int minLength,
    String stopwordsPath, String reportWordsPath,
    int topTerms, double minDocWeight, int yearTerms, int partitions, int unitsPerPartition, int sweepSample, int sweepIter, int finalIter, double reportWordShare,
    double reportWordEvenness, Gibbs gibbs) {

  /**
   * The Gibbs sampler's settings (optimizer = gibbs): the prior's starting total alpha_sum
   * (refitted every sync after burn_in sweeps), beta, and how many sweeps each shard runs on its
   * own between two merges of the word–topic counts.
   */
  public record Gibbs(double alphaSum, double beta, int syncSweeps, int burnIn) {
    public Gibbs {
      require(alphaSum > 0, PREFIX + "gibbs.alpha_sum", "a number > 0", alphaSum);
      require(beta > 0, PREFIX + "gibbs.beta", "a number > 0", beta);
      require(syncSweeps >= 1, PREFIX + "gibbs.sync_sweeps", "a count >= 1", syncSweeps);
      require(burnIn >= 0, PREFIX + "gibbs.burn_in", "a count >= 0", burnIn);
    }
  }

  public static final String PREFIX = "corpus.topics.";
  public static final String UNITS = PREFIX + "units";
  public static final String SECTION_KINDS = PREFIX + "section_kinds";
  public static final String K = PREFIX + "k";
  public static final String MIN_DOCS = PREFIX + "min_docs";
  public static final String OPTIMIZER = PREFIX + "optimizer";
  public static final String MAX_ITER = PREFIX + "max_iter";
  public static final String SEED = PREFIX + "seed";

  public static final String GIBBS = "gibbs";
  /** gibbs: our collapsed Gibbs sampler; online, em: MLlib's variational optimizers. */
  public static final List<String> OPTIMIZERS = List.of(GIBBS, "online", "em");

  public static final String UNITS_DOCUMENTS = "documents";
  public static final String UNITS_SECTIONS = "sections";

  public TopicSettings {
    require(units.equals(UNITS_DOCUMENTS) || units.equals(UNITS_SECTIONS), UNITS, "documents or sections", units);
    require(!units.equals(UNITS_SECTIONS) || !sectionKinds.isEmpty(), SECTION_KINDS, "at least one section kind",
        sectionKinds);
    require(minDocs >= 2, PREFIX + "min_docs", "a count >= 2", minDocs);
    require(!ks.isEmpty() && ks.stream().allMatch(k -> k >= 2), K, "a list of topic counts >= 2", ks);
    require(restarts >= 1, PREFIX + "restarts", "a count >= 1", restarts);
    require(finalKs >= 1, PREFIX + "final_ks", "a count >= 1", finalKs);
    require(coherenceTerms >= 2, PREFIX + "coherence_terms", "a count >= 2", coherenceTerms);
    require(holdoutPercent >= 0 && holdoutPercent <= 50, PREFIX + "holdout_percent", "0..50", holdoutPercent);
    require(OPTIMIZERS.contains(optimizer), OPTIMIZER, String.join(", ", OPTIMIZERS), optimizer);
    require(maxIter >= 1, MAX_ITER, "a count >= 1", maxIter);
    require(subsamplingRate > 0 && subsamplingRate <= 1, PREFIX + "subsampling_rate", "a share in (0, 1]",
        subsamplingRate);
    require(learningOffset > 0, PREFIX + "learning_offset", "a number > 0", learningOffset);
    require(learningDecay > 0.5 && learningDecay <= 1, PREFIX + "learning_decay", "a number in (0.5, 1]", learningDecay);
    require(topicConcentration >= 0, PREFIX + "topic_concentration", "a number >= 0 (0 = MLlib's default)",
        topicConcentration);
    require(minDf >= 0, PREFIX + "min_df", "a count or share >= 0", minDf);
    require(maxDf > 0, PREFIX + "max_df", "a share or count > 0", maxDf);
    require(vocabSize >= 2, PREFIX + "vocab_size", "a size >= 2", vocabSize);
    require(!posPrefixes.isEmpty(), PREFIX + "pos_prefixes", "at least one tag prefix", posPrefixes);
    require(minLength >= 1, PREFIX + "min_length", "a length >= 1", minLength);
    require(topTerms >= coherenceTerms, PREFIX + "top_terms", "at least coherence_terms", topTerms);
    require(minDocWeight >= 0 && minDocWeight < 1, PREFIX + "min_doc_weight", "a weight in [0, 1)", minDocWeight);
    require(yearTerms >= 1, PREFIX + "year_terms", "a count >= 1", yearTerms);
    require(partitions >= 1, PREFIX + "partitions", "a count >= 1", partitions);
    require(unitsPerPartition >= 1, PREFIX + "units_per_partition", "a count >= 1", unitsPerPartition);
    require(sweepSample >= minDocs, PREFIX + "sweep_sample", "a count >= min_docs (" + minDocs + ")", sweepSample);
    require(sweepIter >= 1, PREFIX + "sweep_iter", "a count >= 1", sweepIter);
    require(finalIter >= 1, PREFIX + "final_iter", "a count >= 1", finalIter);
    require(reportWordShare > 0 && reportWordShare <= 1, PREFIX + "report_words.min_year_share", "a share in (0, 1]",
        reportWordShare);
    require(reportWordEvenness >= 0 && reportWordEvenness <= 1, PREFIX + "report_words.min_evenness",
        "a number in [0, 1]", reportWordEvenness);
    sectionKinds = List.copyOf(sectionKinds);
    ks = ks.stream().distinct().sorted().toList();
    posPrefixes = List.copyOf(posPrefixes);
    excludedPos = List.copyOf(excludedPos);
  }

  public static TopicSettings fromConfig(CorpusConfig config) {
    return new TopicSettings(
        config.get(UNITS, UNITS_DOCUMENTS),
        config.getList(SECTION_KINDS, "achievements,plans"),
        config.getInt(MIN_DOCS, 20),
        config.getIntList(K, "10,15,20,30,40", 2),
        config.getInt(PREFIX + "restarts", 2),
        config.getInt(PREFIX + "final_ks", 3),
        config.getInt(PREFIX + "coherence_terms", 10),
        config.getInt(PREFIX + "holdout_percent", 10),
        config.get(OPTIMIZER, GIBBS),
        config.getInt(MAX_ITER, 300),
        config.getDouble(PREFIX + "subsampling_rate", 0.3),
        config.getDouble(PREFIX + "learning_offset", 1),
        config.getDouble(PREFIX + "learning_decay", 0.6),
        config.getDouble(PREFIX + "topic_concentration", 0),
        config.getInt(SEED, 7),
        config.getDouble(PREFIX + "min_df", 3),
        config.getDouble(PREFIX + "max_df", 0.9),
        config.getInt(PREFIX + "vocab_size", 8000),
        config.getList(PREFIX + "pos_prefixes", KeywordSettings.DEFAULT_POS_PREFIXES),
        config.getList(PREFIX + "exclude_pos", KeywordSettings.DEFAULT_EXCLUDE_POS),
        config.getInt(PREFIX + "min_length", 2),
        config.get(PREFIX + "stopwords", new Path(config.rulesFolder(), KeywordSettings.DEFAULT_STOPWORDS_FILE).toString()),
        config.get(PREFIX + "report_words",
            new Path(config.rulesFolder(), KeywordSettings.DEFAULT_REPORT_WORDS_FILE).toString()),
        config.getInt(PREFIX + "top_terms", 30),
        config.getDouble(PREFIX + "min_doc_weight", 0.05),
        config.getInt(PREFIX + "year_terms", 10),
        config.getInt(PREFIX + "partitions", 8),
        config.getInt(PREFIX + "units_per_partition", 1000),
        config.getInt(PREFIX + "sweep_sample", 2000),
        config.getInt(PREFIX + "sweep_iter", 100),
        config.getInt(PREFIX + "final_iter", 100),
        config.getDouble(PREFIX + "report_words.min_year_share", 0.6),
        config.getDouble(PREFIX + "report_words.min_evenness", 0.7),
        new Gibbs(config.getDouble(PREFIX + "gibbs.alpha_sum", 5), config.getDouble(PREFIX + "gibbs.beta", 0.01),
            config.getInt(PREFIX + "gibbs.sync_sweeps", 10), config.getInt(PREFIX + "gibbs.burn_in", 50)));
  }

  /**
   * Partitions of {@code units} units: at least {@code partitions}, more as the corpus grows
   * ({@code units_per_partition} each). A count from the data, not from the cluster, so that the
   * same input and seed give the same topics on a laptop and on a cluster.
   */
  public int partitionsFor(long units) {
    return (int) Math.max(partitions, Math.min(100_000, (units + unitsPerPartition - 1) / unitsPerPartition));
  }

  /** The settings with one k only (bench, scoring). */
  public TopicSettings withKs(List<Integer> only) {
    return new TopicSettings(units, sectionKinds, minDocs, only, restarts, finalKs, coherenceTerms, holdoutPercent, optimizer, maxIter,
        subsamplingRate, learningOffset, learningDecay, topicConcentration, seed, minDf, maxDf, vocabSize, posPrefixes, excludedPos, minLength, stopwordsPath,
        reportWordsPath, topTerms, minDocWeight, yearTerms, partitions, unitsPerPartition, sweepSample, sweepIter, finalIter, reportWordShare, reportWordEvenness, gibbs);
  }

  /** The settings modelling other units (as a saved model was trained). */
  public TopicSettings withUnits(String otherUnits, List<String> otherKinds) {
    return new TopicSettings(otherUnits, otherKinds, minDocs, ks, restarts, finalKs, coherenceTerms, holdoutPercent, optimizer, maxIter,
        subsamplingRate, learningOffset, learningDecay, topicConcentration, seed, minDf, maxDf, vocabSize, posPrefixes, excludedPos, minLength, stopwordsPath,
        reportWordsPath, topTerms, minDocWeight, yearTerms, partitions, unitsPerPartition, sweepSample, sweepIter, finalIter, reportWordShare, reportWordEvenness, gibbs);
  }

  private static void require(boolean ok, String key, String expected, Object got) {
    if (!ok) {
      throw new IllegalArgumentException(key + ": expected " + expected + " but got " + got);
    }
  }
}
