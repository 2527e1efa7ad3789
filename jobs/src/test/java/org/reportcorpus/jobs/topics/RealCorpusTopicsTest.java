package org.reportcorpus.jobs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.PlantedTopicsRun;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The topics job with its default settings on the real documents of ../shared/corpus (the seeds
 * and the 72 national work reports): the chosen model has no dead topic (prevalence below
 * 1/(4k)), no two topics sharing half their top-10 terms, and no topic of negative NPMI —
 * checked on the topics table itself, not on the job's own verdict.
 */
class RealCorpusTopicsTest {

  private static CorpusRun run;
  private static String runId;

  @BeforeAll
  static void trainWithDefaults() {
    CorpusConfig seeds = SeedWarehouse.get();
    // A copy of the seed warehouse: the pipeline tests re-run that one and compare its tables.
    Path warehouse = Fixtures.tempDir("real-topics");
    copy(Paths.get(seeds.warehouse()), warehouse);
    Map<String, String> settings = new HashMap<>();
    seeds.settings().forEach((key, value) -> {
      if (!key.startsWith(TopicSettings.PREFIX)) { // the tests' light sweep: back to the defaults
        settings.put(key, value);
      }
    });
    settings.put("corpus.warehouse", warehouse.toString());
    run = Sessions.prepare(SharedSpark.get(), CorpusConfig.of(settings, List.of()));
    runId = TopicsJob.train(run, PlantedTopicsRun.quiet());
  }

  @Test
  void theChosenModelHasNoDeadDuplicateOrNegativeTopic() {
    List<Row> topics = run.store().read(Tables.TOPICS).orderBy("topic_id").collectAsList();
    int k = topics.size();
    Row chosen = run.store().read(Tables.TOPIC_MODEL_RUNS).filter("chosen AND run_id = '" + runId + "'").first();
    assertEquals(k, (int) chosen.getAs("k"));
    assertEquals(run.options().topics().ks(), List.of(10, 15, 20, 30, 40), "the defaults of conf/corpus.conf");
    StringBuilder report = new StringBuilder();
    topics.forEach(t -> report.append('\n').append(t));
    for (Row topic : topics) {
      assertTrue(topic.<Double>getAs("prevalence") >= 1.0 / (4 * k), "dead topic" + report);
      assertTrue(topic.<Double>getAs("coherence") >= 0, "negative NPMI" + report);
    }
    for (int a = 0; a < k; a++) {
      List<String> first = topics.get(a).getList(topics.get(a).fieldIndex("top_terms"));
      for (int b = a + 1; b < k; b++) {
        List<String> second = topics.get(b).getList(topics.get(b).fieldIndex("top_terms"));
        long shared = first.stream().filter(second::contains).count();
        assertTrue(2 * shared < Math.min(first.size(), second.size()), "topics " + a + " and " + b + " share "
            + shared + " of their top terms" + report);
      }
    }
    assertTrue(chosen.<Boolean>getAs("meets_rules"));
  }

  @Test
  void boilerplateReviewedIntoConfIsNotProposedAgain() {
    List<String> proposed = run.store().read(Tables.TOPIC_REPORT_WORDS).select("term")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    for (String reviewed : List.of("我国", "国家", "继续")) { // in conf/report_words.txt: removed before counting
      assertTrue(!proposed.contains(reviewed), proposed.toString());
    }
    for (Row word : run.store().read(Tables.TOPIC_REPORT_WORDS).collectAsList()) {
      assertTrue(word.<Double>getAs("min_year_share") >= run.options().topics().reportWordShare(), word.toString());
      assertTrue(word.<Double>getAs("topic_evenness") >= run.options().topics().reportWordEvenness(), word.toString());
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
