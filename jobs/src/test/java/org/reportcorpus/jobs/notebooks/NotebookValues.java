package org.reportcorpus.jobs.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.testing.Fixtures;

/** Runs a notebook's SQL cells in order and checks each one's values (CellChecks). */
final class NotebookValues {

  private NotebookValues() {}

  static Path folder() {
    return Fixtures.repoRoot().resolve("notebooks-export");
  }

  static DatabricksNotebook read(Path file) throws IOException {
    return DatabricksNotebook.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Every SQL cell of {@code notebook} run in order; for each cell that {@code checked} accepts
   * and has a check, what differs from {@code expected}; the other cells only have to run.
   */
  static Map<String, List<String>> problems(DatabricksNotebook notebook, SparkSession spark, Expected expected,
      Predicate<String> checked) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (DatabricksNotebook.Cell cell : notebook.sqlCells()) {
      problems.put(cell.name(), problems(cell, spark, expected, checked));
    }
    return problems;
  }

  static List<String> problems(DatabricksNotebook.Cell cell, SparkSession spark, Expected expected, Predicate<String> checked) {
    CellChecks.Result result = CellChecks.Result.of(spark.sql(cell.text()));
    CellChecks.Check check = CellChecks.CHECKS.get(cell.name());
    if (CellChecks.UNCHECKED.containsKey(cell.name())) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (check == null) {
      problems.add("no value check for cell " + cell.name());
    } else if (checked.test(cell.name())) {
      problems.addAll(check.problems(result, expected, spark));
    }
    return problems;
  }

  /**
   * Notebook 01 as it was at commit 3c07b1d, reading term_trends without fixing its slice (test
   * resource: that file with a '-- name:' line added to each cell, the SQL unchanged).
   */
  static DatabricksNotebook unslicedNotebook01() throws IOException {
    try (java.io.InputStream in = NotebookValues.class.getResourceAsStream("/notebooks/01_term_trends_overview.3c07b1d.sql")) {
      return DatabricksNotebook.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static String describe(String cell, List<String> problems) {
    return "cell " + cell + ":\n  " + String.join("\n  ", problems);
  }
}
