package org.reportcorpus.jobs.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a run, typed and validated: built once from the merged configuration (flags
 * &gt; {@code --set} &gt; conf file &gt; defaults) before a SparkSession exists, so a bad value of any
 * stage — say {@code corpus.topics.k=abc} — stops {@code pipeline} in its first second with a
 * message naming the key, not after ingest and trends have run. Each job reads its own part.
 *
 * @param common inputs, warehouse, format, vocabulary and rules locations, and the raw settings
 * @param pipelineTopics whether {@code pipeline} fits topic models ({@value #PIPELINE_TOPICS})
 * @param pipelineRetrainTopics whether {@code pipeline} fits a new model when one exists, rather
 *     than scoring the new documents with it ({@value #PIPELINE_RETRAIN_TOPICS})
 */
public record CorpusOptions(
    CorpusConfig common,
    IngestSettings ingest,
    DedupSettings dedup,
    AnalysisSet analysisSet,
    TrendSettings trends,
    CandidateSettings candidates,
    CooccurrenceSettings cooccurrence,
    KeywordSettings keywords,
    TopicSettings topics,
    boolean pipelineTopics,
    boolean pipelineRetrainTopics) {

  public static final String PIPELINE_TOPICS = "corpus.pipeline.topics";
  public static final String PIPELINE_RETRAIN_TOPICS = "corpus.pipeline.retrain_topics";

  public static CorpusOptions from(CorpusConfig config) {
    org.reportcorpus.jobs.catalog.CatalogSettings.fromConfig(config); // checked here, applied by Sessions
    return new CorpusOptions(
        config,
        IngestSettings.fromConfig(config),
        config.dedupSettings(),
        AnalysisSet.fromConfig(config),
        TrendSettings.fromConfig(config),
        CandidateSettings.fromConfig(config),
        CooccurrenceSettings.fromConfig(config),
        KeywordSettings.fromConfig(config),
        TopicSettings.fromConfig(config),
        config.getBoolean(PIPELINE_TOPICS, true),
        config.getBoolean(PIPELINE_RETRAIN_TOPICS, false));
  }

  /** These options with more inputs and some settings replaced, built and checked again. */
  public CorpusOptions with(List<String> moreInputs, Map<String, String> overrides) {
    List<String> inputs = new ArrayList<>(common.inputs());
    inputs.addAll(moreInputs);
    Map<String, String> settings = new LinkedHashMap<>(common.settings());
    settings.putAll(overrides);
    return from(CorpusConfig.of(settings, inputs));
  }

  public String warehouse() {
    return common.warehouse();
  }

  public String format() {
    return common.format();
  }
}
