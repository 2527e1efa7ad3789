package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.trends.TrendsJob;

/**
 * Notebooks 01 and 02 on a small generated corpus (ingest and trends only) show the generator's
 * planted truth: term counts and first years from truth/term_counts.tsv, first adopters from
 * truth/adoption.tsv, documents from truth/documents.tsv. The ad-hoc phrase cells (no truth for
 * text outside the vocabulary) and notebook 03 (no topics here) are checked on the seed warehouse.
 */
class GeneratedNotebookValuesTest {

  private static Expected truth;
  private static CorpusConfig config;

  @BeforeAll
  static void generateAndRun() throws IOException {
    var sample = Fixtures.tempDir("notebook-sample");
    SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
        "--out", sample.toString(), "--reports", "60", "--years", "2017-2023", "--seed", "5",
        "--terms", Fixtures.terms().toString()}));
    config = Fixtures.config(Fixtures.tempDir("notebook-warehouse"), List.of(
        sample.resolve("txt-utf8"), sample.resolve("txt-gb18030"), sample.resolve("jsonl")));
    CorpusRun run = Sessions.prepare(SharedSpark.get(), config);
    IngestJob.run(run);
    TrendsJob.run(run);
    // Truth counts every report: none may be a near duplicate left out of the analysis set.
    assertEquals(0, run.store().read(Tables.DUPLICATES).count(), "near duplicates in the generated sample");
    truth = Expected.fromTruth(sample);
  }

  @Test
  void notebooks01And02ShowThePlantedTruth() throws IOException {
    SparkSession spark = SharedSpark.get();
    // Other tests may have registered another warehouse in the shared session since.
    Sessions.prepare(spark, config);
    List<String> failures = new ArrayList<>();
    for (String name : List.of("01_term_trends_overview.sql", "02_policy_diffusion.sql")) {
      DatabricksNotebook notebook = NotebookValues.read(NotebookValues.folder().resolve(name));
      Map<String, List<String>> problems = NotebookValues.problems(notebook, spark, truth, cell -> !CellChecks.needsRealText(cell));
      problems.forEach((cell, list) -> {
        if (!list.isEmpty()) {
          failures.add(name + " " + NotebookValues.describe(cell, list));
        }
      });
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /** Against the truth too, notebook 01 as it was at 3c07b1d (term_trends without its slice) fails. */
  @Test
  void notebook01WithoutItsSliceDoesNotShowTheTruth() throws IOException {
    SparkSession spark = SharedSpark.get();
    Sessions.prepare(spark, config);
    Map<String, List<String>> problems = NotebookValues.problems(NotebookValues.unslicedNotebook01(), spark, truth, cell -> true);
    problems.forEach((cell, list) -> {
      if (!list.isEmpty()) {
        System.out.println("[3c07b1d notebook 01, generated corpus] " + NotebookValues.describe(cell, list));
      }
    });
    assertFalse(problems.get("first_year").isEmpty(), "first_year should fail on the unsliced notebook");
    assertFalse(problems.get("trend_line").isEmpty(), "trend_line should fail on the unsliced notebook");
  }
}
