package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options are built and checked in full before a session exists: one bad value of any stage's
 * settings fails the whole command with a message naming the key and what it accepts.
 */
class CorpusOptionsTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      // common
      "corpus.format|csv|one of delta, parquet",
      "corpus.ingest.max_reject_share|1.5|a number in [0, 1]",
      "corpus.ingest.partitions|-1|a whole number >= 0",
      "corpus.pipeline.show_rows|many|a whole number in [0, 100000]",
      "corpus.pipeline.topics|maybe|true or false",
      // ingest (IngestSettings)
      "corpus.ingest.max_file_bytes|0|a whole number >= 1",
      "corpus.ingest.max_archive_depth|deep|a whole number in [1, 100]",
      "corpus.ingest.pdf_min_chars_per_page|-3|a whole number in [0, 1000000]",
      // near duplicates
      "corpus.dedup.threshold|1.2|a number in [0, 1]",
      "corpus.dedup.bands|x|a whole number in [1, 1000]",
      // analysis set
      "corpus.analysis.include_near_duplicates|1|true or false",
      "corpus.analysis.years|last|a year or a range of years such as 2015-2024",
      // trends (TrendSettings)
      "corpus.trends.smoothing_window|x|a whole number in [1, 99]",
      "corpus.trends.smoothing_window|4|an odd number >= 1",
      "corpus.emerging.min_docs|0|a whole number >= 1",
      "corpus.emerging.min_chars|-5|a whole number >= 1",
      "corpus.emerging.smoothing_per_10k|0|a number in [",
      // candidates (CandidateSettings)
      "corpus.candidates.top_k|0|at least 1",
      "corpus.candidates.ngram.closure_ratio|abc|a number",
      // co-occurrence (CooccurrenceSettings)
      "corpus.cooccurrence.min_both|0|a whole number >= 1",
      // keywords (KeywordSettings)
      "corpus.keywords.top_k|ten|a whole number in [1, 1000000]",
      // topics (TopicSettings)
      "corpus.topics.k|abc|a comma-separated list of whole numbers >= 2",
      "corpus.topics.k|10,1|a comma-separated list of whole numbers >= 2",
      "corpus.topics.optimizer|sampling|gibbs, online, em",
      "corpus.topics.subsampling_rate|1.5|a share in (0, 1]",
  })
  void aBadValueNamesItsKeyAndWhatItAccepts(String key, String value, String expected) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CorpusOptions.from(CorpusConfig.of(Map.of(key, value), List.of())));
    assertTrue(error.getMessage().startsWith(key + ": expected " + expected), error.getMessage());
    assertTrue(error.getMessage().endsWith("but got " + value), error.getMessage());
  }

  @Test
  void theCommandLineChecksEveryStageBeforeAnyWork() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> {
          CommonOptions common = new CommonOptions();
          new picocli.CommandLine(common).parseArgs("--input", "nowhere", "--set", "corpus.topics.k=abc");
          common.options();
        });
    assertEquals("corpus.topics.k: expected a comma-separated list of whole numbers >= 2 but got abc",
        error.getMessage());
  }

  @Test
  void defaultsAreValidAndTyped() {
    CorpusOptions options = CorpusOptions.from(CorpusConfig.of(Map.of(), List.of()));
    assertEquals(List.of(10, 15, 20, 30, 40), options.topics().ks());
    assertEquals(3, options.trends().smoothingWindow());
    assertEquals(false, options.analysisSet().includeNearDuplicates());
    assertEquals(true, options.pipelineTopics());
    assertEquals(1_000_000L, CorpusOptions.from(CorpusConfig.of(
        Map.of("corpus.candidates.newword.sample_chars", "1_000_000"), List.of())).candidates().newWordSampleChars());
  }
}
