package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reportcorpus.jobs.config.AnalysisSet;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The notebooks of notebooks-export give the right numbers on the seed warehouse (the whole
 * pipeline over ../shared/corpus): every SQL cell is run in order and its values compared with
 * {@link Expected#fromWarehouse}, SQL over term_doc_counts, documents and duplicates written in
 * the test (the default analysis set: near duplicates out). And the checks have teeth: notebook 01
 * as it was at commit 3c07b1d, reading term_trends without its slice, fails them.
 */
class NotebookValuesTest {

  private static Expected expected;

  private static synchronized Expected expected() {
    SeedWarehouse.get();
    if (expected == null) {
      // The expected values assume the default analysis set; the seed warehouse's config must have it.
      assertEquals(AnalysisSet.defaults(), CorpusOptions.from(SeedWarehouse.get()).analysisSet());
      expected = Expected.fromWarehouse(SharedSpark.get());
    }
    return expected;
  }

  @Test
  void everySqlCellHasAValueCheckOrSaysWhyNot() throws IOException {
    List<String> unchecked = new ArrayList<>();
    for (Path file : NotebooksCommand.sources(NotebookValues.folder())) {
      for (DatabricksNotebook.Cell cell : NotebookValues.read(file).sqlCells()) {
        if (!CellChecks.CHECKS.containsKey(cell.name()) && !CellChecks.UNCHECKED.containsKey(cell.name())) {
          unchecked.add(file.getFileName() + " " + cell.name());
        }
      }
    }
    assertEquals(List.of(), unchecked);
  }

  @TestFactory
  Stream<DynamicTest> everyCellShowsTheExpectedValuesOnTheSeedWarehouse() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : NotebooksCommand.sources(NotebookValues.folder())) {
      DatabricksNotebook notebook = NotebookValues.read(file);
      // In order, as a reader runs them: a later cell may use an earlier one's temporary view.
      for (DatabricksNotebook.Cell cell : notebook.sqlCells()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + cell.name(), () -> {
          Expected values = expected();
          List<String> problems = NotebookValues.problems(cell, SharedSpark.get(), values, name -> true);
          assertEquals(List.of(), problems, NotebookValues.describe(cell.name(), problems));
        }));
      }
    }
    return tests.stream();
  }

  /** The review's finding, kept as a test: term_trends read without its slice mixes slices. */
  @Test
  void notebook01WithoutItsSliceFailsTheChecks() throws IOException {
    DatabricksNotebook unsliced = NotebookValues.unslicedNotebook01();
    Expected values = expected();
    SparkSession spark = SharedSpark.get();
    Map<String, List<String>> problems = NotebookValues.problems(unsliced, spark, values, name -> true);
    problems.forEach((cell, list) -> {
      if (!list.isEmpty()) {
        System.out.println("[3c07b1d notebook 01] " + NotebookValues.describe(cell, list));
      }
    });
    assertFalse(problems.get("first_year").isEmpty(), "first_year should fail on the unsliced notebook");
    assertFalse(problems.get("trend_line").isEmpty(), "trend_line should fail on the unsliced notebook");
    assertTrue(problems.get("trend_line").get(0).startsWith("放管服 by year:"), problems.get("trend_line").toString());
  }
}
