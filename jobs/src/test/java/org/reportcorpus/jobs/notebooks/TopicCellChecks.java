package org.reportcorpus.jobs.notebooks;

import static org.reportcorpus.jobs.notebooks.CellChecks.compare;
import static org.reportcorpus.jobs.notebooks.CellChecks.num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Value checks of notebook 03's topic cells. The model's numbers cannot be known in advance, so
 * each cell is checked against what it summarizes: topic_trends' means against the document
 * weights of doc_topics (joined to documents here), the run log against the configured sweep, a
 * topic's label against its top terms, the rankings against a ranking done here.
 */
final class TopicCellChecks {

  static final Map<String, CellChecks.Check> CHECKS = Map.of(
      "model_runs", TopicCellChecks::modelRuns,
      "topics", TopicCellChecks::topics,
      "topic_trends_national", TopicCellChecks::trendsNational,
      "rising_falling", TopicCellChecks::risingFalling,
      "top_provinces", TopicCellChecks::topProvinces,
      "wording_by_year", TopicCellChecks::wordingByYear,
      "top_documents", TopicCellChecks::topDocuments);

  /** The seed warehouse's sweep (Fixtures: corpus.topics.k = 3,5, one restart). */
  static final List<Integer> SWEEP_K = List.of(3, 5);

  private TopicCellChecks() {}

  /**
   * One model per configured k in the sweep, and one chosen model whose k is the number of topics
   * (a sweep fit on the whole corpus with the full budget counts as the first restart, so the
   * chosen one may be a sweep row).
   */
  static List<String> modelRuns(CellChecks.Result result, Expected expected, SparkSession spark) {
    List<String> problems = new ArrayList<>();
    List<Integer> sweep = new ArrayList<>();
    List<String> chosen = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      if ("sweep".equals(row.get("stage"))) {
        sweep.add(num(row, "k", problems).intValue());
      }
      if (Boolean.TRUE.equals(row.get("chosen"))) {
        chosen.add(row.get("stage") + " k=" + row.get("k"));
      }
    }
    sweep.sort(Integer::compare);
    if (!sweep.equals(SWEEP_K)) {
      problems.add("sweep models: k " + sweep + ", expected " + SWEEP_K);
    }
    long topics = spark.sql("SELECT count(*) FROM corpus.topics").first().getLong(0);
    if (chosen.size() != 1 || !chosen.get(0).endsWith(" k=" + topics)) {
      problems.add("chosen models " + chosen + ", expected one with k=" + topics);
    }
    return problems;
  }

  /** Every topic once; its label its first three top terms; prevalences (means of whole weight vectors) add to 1. */
  static List<String> topics(CellChecks.Result result, Expected expected, SparkSession spark) {
    List<String> problems = new ArrayList<>();
    double total = 0;
    for (Map<String, Object> row : result.rows()) {
      String[] terms = String.valueOf(row.get("top_terms")).split(" ");
      String label = String.join("·", List.of(terms).subList(0, Math.min(3, terms.length)));
      if (!label.equals(row.get("label"))) {
        problems.add("topic " + row.get("topic_id") + ": label " + row.get("label") + ", expected " + label);
      }
      total += num(row, "prevalence", problems).doubleValue();
    }
    if (Math.abs(total - 1) > 0.0005 * result.rows().size() + 1e-9) {
      problems.add("prevalences add up to " + total + ", expected 1");
    }
    return problems;
  }

  /** topic id → year → {documents, mean weight} over the dated modelled documents, nationally. */
  static Map<Integer, Map<Integer, double[]>> means(SparkSession spark) {
    String scope = "'national'";
    List<Row> rows = spark.sql("WITH modelled AS (SELECT DISTINCT doc_id FROM corpus.doc_topics),"
        + " docs AS (SELECT d.doc_id, d.report_year, " + scope + " AS scope FROM corpus.documents d"
        + "   JOIN modelled m ON m.doc_id = d.doc_id WHERE d.report_year IS NOT NULL"
        + "),"
        + " n AS (SELECT report_year, scope, count(*) AS n_docs FROM docs GROUP BY report_year, scope),"
        + " topics AS (SELECT DISTINCT topic_id FROM corpus.doc_topics)"
        + " SELECT t.topic_id, n.report_year, n.scope, n.n_docs,"
        + "   coalesce(sum(dt.weight), 0) / n.n_docs"
        + " FROM n CROSS JOIN topics t"
        + " LEFT JOIN (SELECT docs.report_year, docs.scope, w.topic_id, w.weight FROM docs"
        + "   JOIN corpus.doc_topics w ON w.doc_id = docs.doc_id) dt"
        + "   ON dt.report_year = n.report_year AND dt.scope = n.scope AND dt.topic_id = t.topic_id"
        + " GROUP BY t.topic_id, n.report_year, n.scope, n.n_docs").collectAsList();
    Map<Integer, Map<Integer, double[]>> means = new TreeMap<>();
    for (Row row : rows) {
      means.computeIfAbsent(row.getInt(0), t -> new TreeMap<>()).put(row.getInt(1), new double[] {row.getLong(3), row.getDouble(4)});
    }
    return means;
  }

  static List<String> trendsNational(CellChecks.Result result, Expected expected, SparkSession spark) {
    List<String> want = new ArrayList<>();
    means(spark).forEach((topic, years) -> years.forEach((year, m) ->
        want.add(topic + " " + year + " docs=" + (long) m[0] + " mean=" + f4(m[1]))));
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("topic_id") + " " + row.get("year") + " docs=" + num(row, "n_docs", problems).longValue()
          + " mean=" + f4(num(row, "mean_weight", problems).doubleValue()));
    }
    got.sort(null);
    want.sort(null);
    problems.addAll(compare("national mean weight by topic and year", want, got));
    return problems;
  }

  /** Latest year's mean weight against the mean of the earlier years' means. */
  static List<String> risingFalling(CellChecks.Result result, Expected expected, SparkSession spark) {
    List<String> want = new ArrayList<>();
    means(spark).forEach((topic, years) -> {
      int latest = ((TreeMap<Integer, double[]>) years).lastKey();
      double last = years.get(latest)[1];
      double earlier = years.entrySet().stream().filter(e -> e.getKey() < latest)
          .mapToDouble(e -> e.getValue()[1]).average().orElse(Double.NaN);
      want.add(topic + " latest=" + f4(last) + " earlier=" + f4(earlier));
    });
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      double latest = num(row, "latest_weight", problems).doubleValue();
      double earlier = num(row, "earlier_weight", problems).doubleValue();
      got.add(row.get("topic_id") + " latest=" + f4(latest) + " earlier=" + f4(earlier));
      if (Math.abs(num(row, "change", problems).doubleValue() - (latest - earlier)) > 0.00011) {
        problems.add(row + ": change is not latest - earlier");
      }
    }
    got.sort(null);
    want.sort(null);
    problems.addAll(compare("latest and earlier weight by topic", want, got));
    return problems;
  }

  /** Per topic the three provinces (3+ dated modelled documents) with the highest mean weight. */
  static List<String> topProvinces(CellChecks.Result result, Expected expected, SparkSession spark) {
    List<Row> rows = spark.sql("WITH docs AS (SELECT d.doc_id, d.province FROM corpus.documents d"
        + "   JOIN (SELECT DISTINCT doc_id FROM corpus.doc_topics) m ON m.doc_id = d.doc_id"
        + "   WHERE d.report_year IS NOT NULL AND d.province IS NOT NULL),"
        + " n AS (SELECT province, count(*) AS n_docs FROM docs GROUP BY province HAVING count(*) >= 3),"
        + " sums AS (SELECT w.topic_id, docs.province, sum(w.weight) AS weight FROM docs"
        + "   JOIN corpus.doc_topics w ON w.doc_id = docs.doc_id GROUP BY w.topic_id, docs.province)"
        // A topic below min_doc_weight in every document of a province still weighs 0 there.
        + " SELECT t.topic_id, n.province, n.n_docs, coalesce(s.weight, 0) / n.n_docs AS weight"
        + " FROM n CROSS JOIN (SELECT DISTINCT topic_id FROM corpus.doc_topics) t"
        + " LEFT JOIN sums s ON s.topic_id = t.topic_id AND s.province = n.province").collectAsList();
    Map<Integer, List<Row>> byTopic = rows.stream().collect(Collectors.groupingBy(r -> r.getInt(0), TreeMap::new, Collectors.toList()));
    List<String> want = new ArrayList<>();
    byTopic.forEach((topic, provinces) -> provinces.stream()
        .sorted((a, b) -> a.getDouble(3) != b.getDouble(3) ? Double.compare(b.getDouble(3), a.getDouble(3))
            : a.getString(1).compareTo(b.getString(1)))
        .limit(3)
        .forEach(r -> want.add(topic + " " + r.getString(1) + " docs=" + r.getLong(2) + " weight=" + f4(r.getDouble(3)))));
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("topic_id") + " " + row.get("province") + " docs=" + num(row, "n_docs", problems).longValue()
          + " weight=" + f4(num(row, "mean_weight", problems).doubleValue()));
    }
    problems.addAll(compare("top provinces by topic", want, got));
    return problems;
  }

  /** Per year, the documents the most prevalent topic dominates. */
  static List<String> wordingByYear(CellChecks.Result result, Expected expected, SparkSession spark) {
    Map<Integer, Long> want = new TreeMap<>();
    for (Row row : spark.sql("SELECT d.report_year, count(*) FROM corpus.doc_topics w"
        + " JOIN corpus.documents d ON d.doc_id = w.doc_id"
        + " WHERE w.is_dominant AND d.report_year IS NOT NULL"
        + "   AND w.topic_id = (SELECT topic_id FROM corpus.topics ORDER BY prevalence DESC, topic_id LIMIT 1)"
        + " GROUP BY d.report_year").collectAsList()) {
      want.put(row.getInt(0), row.getLong(1));
    }
    Map<Integer, Long> got = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.put(num(row, "year", problems).intValue(), num(row, "n_docs", problems).longValue());
      if (String.valueOf(row.get("terms")).isBlank()) {
        problems.add(row + ": no terms");
      }
    }
    if (!want.equals(got)) {
      problems.add("documents dominated by the most prevalent topic per year: expected " + want + " but the cell shows " + got);
    }
    return problems;
  }

  /** Per topic the three highest weights of doc_topics, highest first. */
  static List<String> topDocuments(CellChecks.Result result, Expected expected, SparkSession spark) {
    Map<String, List<Double>> weights = new HashMap<>();
    for (Row row : spark.sql("SELECT t.label, w.weight FROM corpus.doc_topics w"
        + " JOIN corpus.topics t ON t.topic_id = w.topic_id").collectAsList()) {
      weights.computeIfAbsent(row.getString(0), l -> new ArrayList<>()).add(row.getDouble(1));
    }
    List<String> want = new ArrayList<>();
    new TreeMap<>(weights).forEach((label, list) -> list.stream().sorted((a, b) -> Double.compare(b, a)).limit(3)
        .forEach(w -> want.add(label + " " + CellChecks.rounded(w))));
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("label") + " " + CellChecks.rounded(num(row, "weight", problems).doubleValue()));
    }
    got.sort(null);
    want.sort(null);
    problems.addAll(compare("the three highest weights per topic", want, got));
    return problems;
  }

  private static String f4(double value) {
    return String.format(java.util.Locale.ROOT, "%.4f", value);
  }
}
