package org.reportcorpus.jobs.notebooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The value checks of the notebooks' cells, by cell name: each compares what a cell shows with
 * {@link Expected} (computed without the tables the cell reads) and returns what differs. Cells of
 * notebooks 01 and 02 are checked on any warehouse; the topic cells of notebook 03 (checked by
 * {@link TopicCellChecks}) and the ad-hoc phrase cells need a warehouse over real text.
 */
final class CellChecks {

  /** A cell's result: its column names and rows as maps. */
  record Result(List<String> columns, List<Map<String, Object>> rows) {

    static Result of(Dataset<Row> rows) {
      List<String> columns = List.of(rows.columns());
      List<Map<String, Object>> maps = new ArrayList<>();
      for (Row row : rows.limit(10_000).collectAsList()) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          map.put(columns.get(i), row.get(i));
        }
        maps.add(map);
      }
      return new Result(columns, maps);
    }
  }

  interface Check {
    /** What differs between the cell's result and the expected values (empty: none). */
    List<String> problems(Result result, Expected expected, SparkSession spark);
  }

  /** Cells that change the session or only explore, with why they have no value check. */
  static final Map<String, String> UNCHECKED = Map.of(
      "analysis_documents", "defines the temporary view analysis_documents, which adhoc_by_year and adhoc_by_province are checked through");

  static final Map<String, Check> CHECKS = new HashMap<>();

  static {
    CHECKS.put("documents_by_type_year", CellChecks::documentsByTypeYear);
    CHECKS.put("top_terms", CellChecks::topTerms);
    CHECKS.put("first_year", CellChecks::firstYear);
    CHECKS.put("trend_line", (r, e, s) -> trendLine(r, e, "放管服"));
    CHECKS.put("regions", CellChecks::regions);
    CHECKS.put("first_adopters", CellChecks::firstAdopters);
    CHECKS.put("adoption_curve", CellChecks::adoptionCurve);
    CHECKS.put("share_with_interval", CellChecks::shareWithInterval);
    CHECKS.put("emerging_terms", CellChecks::emergingTerms);
    CHECKS.put("emerging_years", CellChecks::emergingYears);
    CHECKS.put("adhoc_by_year", (r, e, s) -> adhocByYear(r, e, "依法行政"));
    CHECKS.put("adhoc_by_province", (r, e, s) -> adhocByProvince(r, e, "依法行政"));
    CHECKS.putAll(TopicCellChecks.CHECKS);
  }

  /** Cells that need what only a warehouse over real text gives (texts, topics). */
  static boolean needsRealText(String cell) {
    return cell.startsWith("adhoc_") || TopicCellChecks.CHECKS.containsKey(cell);
  }

  private CellChecks() {}

  // ---- notebook 01 ----

  /** Every document per (doc_type, year): count, near duplicates, mean size; per year only when types are unknown. */
  static List<String> documentsByTypeYear(Result result, Expected expected, SparkSession spark) {
    boolean typed = expected.documents().stream().anyMatch(d -> d.docType() != null);
    Map<String, long[]> want = new TreeMap<>();
    for (Expected.Doc doc : expected.documents()) {
      long[] group = want.computeIfAbsent((typed ? doc.docType() + "|" : "") + doc.year(), k -> new long[3]);
      group[0]++;
      group[1] += doc.nearDuplicate() ? 1 : 0;
      group[2] += doc.nChars();
    }
    Map<String, long[]> got = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      long[] group = got.computeIfAbsent((typed ? row.get("doc_type") + "|" : "") + row.get("report_year"), k -> new long[3]);
      group[0] += num(row, "n_docs", problems).longValue();
      group[1] += num(row, "near_duplicates", problems).longValue();
      // Mean size is checked per row below (only when types are known, one row a group).
      if (typed) {
        long[] w = want.get(row.get("doc_type") + "|" + row.get("report_year"));
        double mean = num(row, "mean_chars", problems).doubleValue();
        if (w != null && Math.abs(mean - Math.round((double) w[2] / w[0])) > 0.5) {
          problems.add(row + ": mean_chars expected " + Math.round((double) w[2] / w[0]));
        }
      }
    }
    problems.addAll(compare("documents (n_docs, near_duplicates)", counts(want, 2), counts(got, 2)));
    return problems;
  }

  /** Top 25 terms by documents mentioning over the national series (then occurrences, term). */
  static List<String> topTerms(Result result, Expected expected, SparkSession spark) {
    List<String> want = new ArrayList<>();
    expected.mentions().entrySet().stream()
        .map(e -> Map.entry(e.getKey(), total(e.getValue())))
        .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparingLong(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
        .limit(25)
        .forEach(e -> want.add(e.getKey() + " docs=" + e.getValue()[0] + " occurrences=" + e.getValue()[1]));
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("term") + " docs=" + num(row, "n_docs_mentioning", problems).longValue()
          + " occurrences=" + num(row, "occurrences", problems).longValue());
    }
    problems.addAll(compare("top terms", want, got));
    return problems;
  }

  /** Per term mentioned: first year, share then, and share in the series' latest year. */
  static List<String> firstYear(Result result, Expected expected, SparkSession spark) {
    int latest = ((TreeMap<Integer, long[]>) expected.years()).lastKey();
    Map<String, String> want = new TreeMap<>();
    for (Map.Entry<String, Map<Integer, long[]>> term : expected.mentions().entrySet()) {
      int first = ((TreeMap<Integer, long[]>) term.getValue()).firstKey();
      want.put(term.getKey(), first + " " + share(term.getValue().get(first)[0], expected.years().get(first)[0])
          + " " + share(term.getValue().getOrDefault(latest, new long[2])[0], expected.years().get(latest)[0]));
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> got = new TreeMap<>();
    for (Map<String, Object> row : result.rows()) {
      String previous = got.put(String.valueOf(row.get("term")), num(row, "first_year", problems).intValue()
          + " " + rounded(num(row, "share_in_first_year", problems).doubleValue())
          + " " + rounded(num(row, "share_in_latest_year", problems).doubleValue()));
      if (previous != null) {
        problems.add("term " + row.get("term") + " shown twice");
      }
    }
    problems.addAll(compare("term -> first_year share_in_first_year share_in_latest_year", want, got));
    return problems;
  }

  /** One row per year of the national series: documents, mentioning, share, per 10,000 characters. */
  static List<String> trendLine(Result result, Expected expected, String term) {
    Map<Integer, long[]> mentions = expected.mentions().getOrDefault(term, Map.of());
    List<String> want = new ArrayList<>();
    expected.years().forEach((year, cell) -> {
      long[] m = mentions.getOrDefault(year, new long[2]);
      want.add(year + " docs=" + cell[0] + " mentioning=" + m[0] + " share=" + share(m[0], cell[0])
          + " per10k=" + f2(m[1] * 10000.0 / cell[1]));
    });
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("year") + " docs=" + num(row, "n_docs", problems).longValue()
          + " mentioning=" + num(row, "n_docs_mentioning", problems).longValue()
          + " share=" + rounded(num(row, "doc_share", problems).doubleValue())
          + " per10k=" + f2(num(row, "per_10k_chars", problems).doubleValue()));
    }
    problems.addAll(compare(term + " by year", want, got));
    return problems;
  }

  static List<String> regions(Result result, Expected expected, SparkSession spark) {
    Map<String, long[]> want = new TreeMap<>();
    expected.documents().forEach(d -> want.computeIfAbsent(d.provinceOrNational() + "|" + d.adminLevel(), k -> new long[1])[0]++);
    Map<String, long[]> got = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.computeIfAbsent(row.get("province_or_national") + "|" + row.get("admin_level"), k -> new long[1])[0]
          += num(row, "n_docs", problems).longValue();
    }
    problems.addAll(compare("documents by region", counts(want, 1), counts(got, 1)));
    return problems;
  }

  // ---- notebook 02 ----

  /** Per term: the first year any region adopted it, how many regions have, and one early region. */
  static List<String> firstAdopters(Result result, Expected expected, SparkSession spark) {
    Map<String, String> want = new TreeMap<>();
    expected.firstUse().forEach((term, regions) -> want.put(term,
        regions.values().stream().min(Integer::compare).orElseThrow() + " " + regions.size()));
    Map<String, String> got = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      String term = String.valueOf(row.get("term"));
      int first = num(row, "first_year", problems).intValue();
      got.put(term, first + " " + num(row, "regions_adopted", problems).longValue());
      Set<String> earliest = new TreeSet<>();
      expected.firstUse().getOrDefault(term, Map.of()).forEach((code, year) -> {
        if (year == first) {
          earliest.add(expected.regionNames().get(code));
        }
      });
      if (!earliest.contains(String.valueOf(row.get("an_early_region")))) {
        problems.add(term + ": an_early_region " + row.get("an_early_region") + " is not one of " + earliest);
      }
    }
    problems.addAll(compare("term -> first_year regions_adopted", want, got));
    return problems;
  }

  /** The national S-curve of the term most regions adopted. */
  static List<String> adoptionCurve(Result result, Expected expected, SparkSession spark) {
    String term = expected.firstUse().entrySet().stream()
        .min(Comparator.<Map.Entry<String, Map<String, Integer>>>comparingInt(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
    Map<String, Integer> adopters = expected.firstUse().get(term);
    List<String> want = new ArrayList<>();
    expected.reporting().forEach((year, regions) -> {
      long adopted = regions.stream().filter(r -> adopters.containsKey(r) && adopters.get(r) <= year).count();
      long cumulative = adopters.values().stream().filter(y -> y <= year).count();
      want.add(term + " " + year + " reporting=" + regions.size() + " adopted=" + adopted + " cumulative=" + cumulative
          + " share=" + share(adopted, regions.size()));
    });
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("term") + " " + row.get("year") + " reporting=" + num(row, "regions_reporting", problems).longValue()
          + " adopted=" + num(row, "regions_reporting_adopted", problems).longValue()
          + " cumulative=" + num(row, "regions_adopted_cumulative", problems).longValue()
          + " share=" + rounded(num(row, "adoption_share", problems).doubleValue()));
    }
    problems.addAll(compare("national adoption by year", want, got));
    return problems;
  }

  /** The three most mentioned terms by year: share with its Wilson interval (the smoothed line: within it). */
  static List<String> shareWithInterval(Result result, Expected expected, SparkSession spark) {
    List<String> terms = expected.mentions().entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Map<Integer, long[]>>>comparingLong(e -> -total(e.getValue())[0])
            .thenComparing(Map.Entry::getKey))
        .limit(3).map(Map.Entry::getKey).sorted().toList();
    List<String> want = new ArrayList<>();
    for (String term : terms) {
      expected.years().forEach((year, cell) -> {
        long k = expected.mentions().get(term).getOrDefault(year, new long[2])[0];
        want.add(term + " " + year + " " + k + "/" + cell[0] + " share=" + share(k, cell[0])
            + " low=" + rounded(wilson(k, cell[0], -1)) + " high=" + rounded(wilson(k, cell[0], 1)));
      });
    }
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("term") + " " + row.get("year") + " " + num(row, "n_docs_mentioning", problems).longValue()
          + "/" + num(row, "n_docs", problems).longValue()
          + " share=" + rounded(num(row, "doc_share", problems).doubleValue())
          + " low=" + rounded(num(row, "low", problems).doubleValue())
          + " high=" + rounded(num(row, "high", problems).doubleValue()));
      double smoothed = num(row, "smoothed", problems).doubleValue();
      if (smoothed < -1e-9 || smoothed > 1 + 1e-9) {
        problems.add(row + ": smoothed share outside [0, 1]");
      }
    }
    problems.addAll(compare("top three terms by year", want, got));
    return problems;
  }

  /** Each dictionary term's counts in its year equal the national series' (candidates: documents only). */
  static List<String> emergingTerms(Result result, Expected expected, SparkSession spark) {
    List<String> problems = new ArrayList<>();
    if (result.rows().isEmpty()) {
      problems.add("no emerging terms");
    }
    for (Map<String, Object> row : result.rows()) {
      int year = num(row, "year", problems).intValue();
      long[] cell = expected.years().get(year);
      if (!"dictionary".equals(row.get("source")) || cell == null) {
        if (cell == null) {
          problems.add(row + ": not a year of the national series");
        }
        continue;
      }
      long[] m = expected.mentions().getOrDefault(String.valueOf(row.get("term")), Map.of()).getOrDefault(year, new long[2]);
      String want = m[0] + " " + share(m[0], cell[0]) + " " + f2(m[1] * 10000.0 / cell[1]);
      String got = num(row, "n_docs_mentioning", problems).longValue() + " " + rounded(num(row, "doc_share", problems).doubleValue())
          + " " + f2(num(row, "per_10k_chars", problems).doubleValue());
      if (!want.equals(got)) {
        problems.add(row.get("term") + " " + year + ": expected mentioning/share/per10k " + want + " but the cell shows " + got);
      }
    }
    return problems;
  }

  static List<String> emergingYears(Result result, Expected expected, SparkSession spark) {
    List<String> want = new ArrayList<>();
    expected.years().forEach((year, cell) -> want.add(year + " docs=" + cell[0] + " chars=" + cell[1]));
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("year") + " docs=" + num(row, "n_docs", problems).longValue() + " chars=" + row.get("n_chars"));
    }
    got.sort(Comparator.naturalOrder());
    want.sort(Comparator.naturalOrder());
    problems.addAll(compare("years of the national series", want, got));
    return problems;
  }

  /** A phrase by report year over the analysis documents: documents, mentioning, occurrences (years it occurs in). */
  static List<String> adhocByYear(Result result, Expected expected, String phrase) {
    Map<Integer, long[]> byYear = new TreeMap<>();
    for (Expected.Text text : expected.texts()) {
      if (text.year() != null) {
        long[] cell = byYear.computeIfAbsent(text.year(), y -> new long[3]);
        int n = occurrences(text.text(), phrase);
        cell[0]++;
        cell[1] += n > 0 ? 1 : 0;
        cell[2] += n;
      }
    }
    List<String> want = new ArrayList<>();
    byYear.forEach((year, c) -> {
      if (c[2] > 0) {
        want.add(year + " docs=" + c[0] + " mentioning=" + c[1] + " occurrences=" + c[2]);
      }
    });
    List<String> problems = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (Map<String, Object> row : result.rows()) {
      got.add(row.get("report_year") + " docs=" + num(row, "n_docs", problems).longValue()
          + " mentioning=" + num(row, "n_docs_mentioning", problems).longValue()
          + " occurrences=" + num(row, "occurrences", problems).longValue());
    }
    problems.addAll(compare(phrase + " by year", want, got));
    return problems;
  }

  /** By province (read by region_of, not recomputed here): the occurrences add up to the analysis documents'. */
  static List<String> adhocByProvince(Result result, Expected expected, String phrase) {
    long want = expected.texts().stream().mapToLong(t -> occurrences(t.text(), phrase)).sum();
    long wantDocs = expected.texts().stream().filter(t -> occurrences(t.text(), phrase) > 0).count();
    List<String> problems = new ArrayList<>();
    long got = 0;
    long docs = 0;
    for (Map<String, Object> row : result.rows()) {
      got += num(row, "occurrences", problems).longValue();
      docs += num(row, "n_docs", problems).longValue();
    }
    if (got != want) {
      problems.add(phrase + ": occurrences over the provinces " + got + ", expected " + want);
    }
    if (docs < wantDocs || docs > expected.texts().size()) {
      problems.add(phrase + ": " + docs + " documents over the provinces, expected between " + wantDocs
          + " and " + expected.texts().size());
    }
    return problems;
  }

  // ---- helpers ----

  /** Non-overlapping occurrences, as term_count counts them (texts are normalized already). */
  static int occurrences(String text, String phrase) {
    int n = 0;
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
      n++;
    }
    return n;
  }

  /** 95 % Wilson score interval end (as TermTrends defines it, written out again here). */
  static double wilson(long k, long n, int sign) {
    double z = 1.959963984540054;
    double p = (double) k / n;
    double z2n = z * z / n;
    return (p + z2n / 2 + sign * z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n))) / (1 + z2n);
  }

  /** A share as the cells show it: three decimals. */
  static String share(long k, long n) {
    return rounded((double) k / n);
  }

  static String rounded(double value) {
    return new java.math.BigDecimal(Double.toString(value)).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static String f2(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }

  private static long[] total(Map<Integer, long[]> byYear) {
    long[] total = new long[2];
    byYear.values().forEach(m -> {
      total[0] += m[0];
      total[1] += m[1];
    });
    return total;
  }

  private static List<String> counts(Map<String, long[]> groups, int width) {
    List<String> lines = new ArrayList<>();
    groups.forEach((key, values) -> {
      StringBuilder line = new StringBuilder(key);
      for (int i = 0; i < width; i++) {
        line.append(' ').append(values[i]);
      }
      lines.add(line.toString());
    });
    return lines;
  }

  static Number num(Map<String, Object> row, String column, List<String> problems) {
    if (!row.containsKey(column)) {
      if (!problems.contains("no column " + column)) {
        problems.add("no column " + column);
      }
      return Double.NaN;
    }
    Object value = row.get(column);
    return value == null ? Double.NaN : (Number) value;
  }

  /** Lines expected but not shown, and shown but not expected (the first ten of each). */
  static List<String> compare(String what, List<String> want, List<String> got) {
    if (Objects.equals(want, got)) {
      return List.of();
    }
    List<String> missing = new ArrayList<>(want);
    missing.removeAll(got);
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(want);
    List<String> problems = new ArrayList<>();
    problems.add(what + ": " + want.size() + " rows expected, " + got.size() + " shown"
        + (missing.isEmpty() && extra.isEmpty() ? " (same rows, other order)" : ""));
    missing.stream().limit(10).forEach(line -> problems.add("  expected: " + line));
    extra.stream().limit(10).forEach(line -> problems.add("  shown:    " + line));
    return problems;
  }

  static List<String> compare(String what, Map<String, String> want, Map<String, String> got) {
    List<String> w = new ArrayList<>();
    want.forEach((k, v) -> w.add(k + " " + v));
    List<String> g = new ArrayList<>();
    got.forEach((k, v) -> g.add(k + " " + v));
    return compare(what, w, g);
  }
}
