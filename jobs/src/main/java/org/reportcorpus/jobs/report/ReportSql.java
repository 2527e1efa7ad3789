package org.reportcorpus.jobs.report;

import java.util.stream.Collectors;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * The SQL of every figure of the trend report, with the report's parameters written in as
 * literals: each query is what the report shows under its figure, runs as it stands in
 * {@code bin/corpus sql}, and returns the figure's rows. Every query is bounded — by years,
 * chosen terms, provinces, topics or a LIMIT — so only small aggregates reach the driver.
 */
public final class ReportSql {

  /** Documents without region or year listed. */
  static final int LACKING = 20;
  /** Rising and falling terms listed, each. */
  static final int MOVERS = 10;
  /** New phrases listed. */
  static final int NEW_PHRASES = 15;
  /** Years back from the report year in which a phrase counts as new. */
  static final int NEW_YEARS = 2;
  /** Emerging terms listed. */
  static final int EMERGING = 15;
  /** Strongest partners per chosen term. */
  static final int PARTNERS = 5;
  /** Words per topic and period. */
  static final int TOPIC_WORDS = 8;
  /** Rising topics listed. */
  static final int RISING_TOPICS = 5;

  private final ReportParams p;

  public ReportSql(ReportParams params) {
    this.p = params;
  }

  // ---- Coverage

  /** Headline numbers: documents and regions reporting in both years. */
  public String headline() {
    return "SELECT count_if(report_year = " + p.year() + ") AS documents_" + p.year() + ",\n"
        + "       count_if(report_year = " + p.compareTo() + ") AS documents_" + p.compareTo() + ",\n"
        + "       count(DISTINCT IF(report_year = " + p.year() + ", region_code, NULL)) AS regions_" + p.year() + ",\n"
        + "       count(DISTINCT IF(report_year = " + p.compareTo() + ", region_code, NULL)) AS regions_"
        + p.compareTo() + ",\n"
        + "       count(*) AS documents_all_years\n"
        + "FROM corpus.documents" + where(scopeOfDocuments());
  }

  /** Documents by type and administrative level, report year against comparison year. */
  public String coverageByType() {
    return "SELECT coalesce(doc_type, '(unknown)') AS doc_type,\n"
        + "       coalesce(admin_level, '(unknown)') AS admin_level,\n"
        + "       count_if(report_year = " + p.compareTo() + ") AS documents_" + p.compareTo() + ",\n"
        + "       count_if(report_year = " + p.year() + ") AS documents_" + p.year() + "\n"
        + "FROM corpus.documents\n"
        + "WHERE report_year IN (" + p.compareTo() + ", " + p.year() + ")" + and(scopeOfDocuments()) + "\n"
        + "GROUP BY 1, 2\n"
        + "ORDER BY 1, 2";
  }

  /** Regions reporting per province (national) or per prefecture (province scope). */
  public String coverageByArea() {
    String code = p.scope().national() ? "province_code" : "prefecture_code";
    String name = p.scope().national() ? "province" : "prefecture";
    return "SELECT " + code + " AS code, " + name + " AS name,\n"
        + "       count(DISTINCT IF(report_year = " + p.compareTo() + ", region_code, NULL)) AS regions_"
        + p.compareTo() + ",\n"
        + "       count(DISTINCT IF(report_year = " + p.year() + ", region_code, NULL)) AS regions_" + p.year() + ",\n"
        + "       count_if(report_year = " + p.year() + ") AS documents_" + p.year() + "\n"
        + "FROM corpus.documents\n"
        + "WHERE report_year IN (" + p.compareTo() + ", " + p.year() + ") AND " + code + " IS NOT NULL"
        + and(scopeOfDocuments()) + "\n"
        + "GROUP BY 1, 2\n"
        + "ORDER BY 1, 2";
  }

  // ---- Data quality (the whole warehouse: rejects have no region)

  /** One scan of each table, unpivoted into (measure, value) rows. */
  public String qualitySummary() {
    return "WITH documents AS (\n"
        + "  SELECT count(*) AS documents, sum(size(source_paths)) AS sources,\n"
        + "         count_if(region_code IS NULL) AS no_region, count_if(report_year IS NULL) AS no_year\n"
        + "  FROM corpus.documents),\n"
        + "near AS (SELECT count(*) AS near FROM corpus.duplicates),\n"
        + "rejected AS (SELECT count(*) AS rejected FROM corpus.rejects)\n"
        + "SELECT stack(8,\n"
        + "  'sources read (document sources and rejects)', sources + rejected,\n"
        + "  'documents', documents,\n"
        + "  'source files behind the documents', sources,\n"
        + "  'exact duplicates (extra copies collapsed)', sources - documents,\n"
        + "  'near duplicates (left out of analyses)', near,\n"
        + "  'documents without a region', no_region,\n"
        + "  'documents without a report year', no_year,\n"
        + "  'files rejected', rejected) AS (measure, value)\n"
        + "FROM documents CROSS JOIN near CROSS JOIN rejected";
  }

  /** Documents that cannot be placed on a map or a trend line, for a reader to check. */
  public String documentsLackingMetadata() {
    return "SELECT coalesce(title, '(no title)') AS title, source_path,\n"
        + "       concat_ws(' and ', IF(region_code IS NULL, 'region', NULL), IF(report_year IS NULL, 'year', NULL))"
        + " AS missing\n"
        + "FROM corpus.documents\n"
        + "WHERE region_code IS NULL OR report_year IS NULL\n"
        + "ORDER BY source_path\n"
        + "LIMIT " + LACKING;
  }

  public String rejectsByReason() {
    return "SELECT reason, count(*) AS files\n"
        + "FROM corpus.rejects\n"
        + "GROUP BY reason\n"
        + "ORDER BY files DESC, reason";
  }

  // ---- Terms

  /** The terms whose document share rose and fell most between the two years, with 95 % intervals. */
  public String movers() {
    int y = p.year();
    int y0 = p.compareTo();
    return "WITH slice AS (" + trendSlice() + "),\n"
        + "pairs AS (\n"
        + "  SELECT cur.term, cur.category,\n"
        + "         prev.doc_share AS share_" + y0 + ", prev.doc_share_low AS low_" + y0
        + ", prev.doc_share_high AS high_" + y0 + ",\n"
        + "         cur.doc_share AS share_" + y + ", cur.doc_share_low AS low_" + y
        + ", cur.doc_share_high AS high_" + y + ",\n"
        + "         cur.doc_share - prev.doc_share AS change,\n"
        + "         prev.n_docs_mentioning AS docs_" + y0 + ", cur.n_docs_mentioning AS docs_" + y + "\n"
        + "  FROM slice cur JOIN slice prev ON prev.term = cur.term AND prev.year = " + y0 + "\n"
        + "  WHERE cur.year = " + y + " AND cur.doc_share <> prev.doc_share),\n"
        + "ranked AS (\n"
        + "  SELECT *, row_number() OVER (ORDER BY change DESC, term) AS rise_rank,\n"
        + "            row_number() OVER (ORDER BY change, term) AS fall_rank\n"
        + "  FROM pairs)\n"
        + "SELECT IF(change > 0, 'rose', 'fell') AS direction, term, category,\n"
        + "       share_" + y0 + ", low_" + y0 + ", high_" + y0 + ", share_" + y + ", low_" + y + ", high_" + y
        + ", change,\n"
        + "       IF(low_" + y + " > high_" + y0 + " OR high_" + y + " < low_" + y0
        + ", 'yes', 'no') AS intervals_apart,\n"
        + "       docs_" + y0 + ", docs_" + y + "\n"
        + "FROM ranked\n"
        + "WHERE (change > 0 AND rise_rank <= " + MOVERS + ") OR (change < 0 AND fall_rank <= " + MOVERS + ")\n"
        + "ORDER BY change DESC, term";
  }

  /** The chosen terms' document share over all years, with interval and smoothed line. */
  public String termTrends() {
    return "WITH slice AS (" + trendSlice() + ")\n"
        + "SELECT term, year, doc_share, doc_share_low, doc_share_high, doc_share_smoothed,\n"
        + "       n_docs_mentioning, n_docs\n"
        + "FROM slice\n"
        + "WHERE term IN " + termList() + "\n"
        + "ORDER BY term, year";
  }

  /** The chosen terms' occurrences per 10,000 characters over all years. */
  public String termFrequency() {
    return "WITH slice AS (" + trendSlice() + ")\n"
        + "SELECT term, year, per_10k_chars, per_10k_chars_smoothed, occurrences, n_chars\n"
        + "FROM slice\n"
        + "WHERE term IN " + termList() + "\n"
        + "ORDER BY term, year";
  }

  // ---- New wording

  /** Candidate slogans first seen in the last years, with an example and the regions using them. */
  public String newPhrases() {
    return "WITH recent AS (\n"
        + "  SELECT phrase, first_year, n_regions, n_docs, score, example\n"
        + "  FROM corpus.term_candidates\n"
        + "  WHERE first_year BETWEEN " + (p.year() - NEW_YEARS) + " AND " + p.year() + "\n"
        + "  ORDER BY score DESC, phrase\n"
        + "  LIMIT " + NEW_PHRASES + ")\n"
        + "SELECT r.phrase, r.first_year, r.n_regions, r.n_docs, r.example,\n"
        + "       concat_ws('、', slice(array_sort(collect_set(d.region_name)), 1, 10)) AS regions\n"
        + "FROM recent r\n"
        + (p.scope().national() ? "LEFT " : "")
        + "JOIN corpus.documents d ON d.region_name IS NOT NULL AND instr(d.text, r.phrase) > 0"
        + and(scopeOfDocuments("d.")) + "\n"
        + "GROUP BY r.phrase, r.first_year, r.n_regions, r.n_docs, r.example, r.score\n"
        + "ORDER BY r.score DESC, r.phrase";
  }

  /** Terms whose national share rose most against the years before (the emerging_terms table). */
  public String emergingTerms() {
    return "SELECT rank, term, source, doc_share, baseline_share, baseline_years, log_ratio, n_docs_mentioning\n"
        + "FROM corpus.emerging_terms\n"
        + "WHERE year = " + p.year() + " AND rank <= " + EMERGING + "\n"
        + "ORDER BY rank, term";
  }

  // ---- Diffusion

  /** The adoption S-curve of the chosen terms. */
  public String adoptionCurve() {
    return "SELECT term, year, adoption_share, regions_reporting_adopted, regions_reporting,\n"
        + "       regions_adopted_cumulative\n"
        + "FROM corpus.term_adoption\n"
        + "WHERE scope = " + literal(p.scope().tableScope()) + " AND term IN " + termList() + "\n"
        + "ORDER BY term, year";
  }

  /** Adoption share by province in the report year (national scope). */
  public String adoptionByProvince() {
    return "SELECT a.term, d.province_code, a.scope AS province, a.adoption_share,\n"
        + "       a.regions_reporting_adopted, a.regions_reporting\n"
        + "FROM corpus.term_adoption a\n"
        + "JOIN (SELECT DISTINCT province, province_code FROM corpus.documents WHERE province_code IS NOT NULL) d\n"
        + "  ON d.province = a.scope\n"
        + "WHERE a.year = " + p.year() + " AND a.scope <> 'national' AND a.term IN " + termList() + "\n"
        + "ORDER BY a.term, d.province_code";
  }

  /**
   * Adoption share by prefecture in the report year (province scope): of the prefecture's regions
   * reporting that year, those whose first year with the term is that year or earlier.
   */
  public String adoptionByPrefecture() {
    return "WITH reporting AS (\n"
        + "  SELECT DISTINCT prefecture_code, prefecture, region_code FROM corpus.documents\n"
        + "  WHERE report_year = " + p.year() + " AND region_code IS NOT NULL AND prefecture_code IS NOT NULL"
        + and(scopeOfDocuments()) + "),\n"
        + "chosen AS (SELECT explode(array" + termList() + ") AS term)\n"
        + "SELECT c.term, r.prefecture_code, r.prefecture,\n"
        + "       count(DISTINCT IF(f.first_year <= " + p.year() + ", r.region_code, NULL)) / count(DISTINCT r.region_code)"
        + " AS adoption_share,\n"
        + "       count(DISTINCT IF(f.first_year <= " + p.year() + ", r.region_code, NULL)) AS regions_reporting_adopted,\n"
        + "       count(DISTINCT r.region_code) AS regions_reporting\n"
        + "FROM reporting r CROSS JOIN chosen c\n"
        + "LEFT JOIN corpus.term_diffusion f ON f.term = c.term AND f.region_code = r.region_code\n"
        + "GROUP BY c.term, r.prefecture_code, r.prefecture\n"
        + "ORDER BY c.term, r.prefecture_code";
  }

  // ---- Topics

  public String topicTrends() {
    return "SELECT topic_id, label, year, mean_weight, n_docs\n"
        + "FROM corpus.topic_trends\n"
        + "WHERE scope = " + literal(p.scope().tableScope()) + "\n"
        + "ORDER BY topic_id, year";
  }

  public String risingTopics() {
    return "SELECT cur.topic_id, cur.label, prev.mean_weight AS weight_" + p.compareTo() + ",\n"
        + "       cur.mean_weight AS weight_" + p.year() + ", cur.mean_weight - prev.mean_weight AS change\n"
        + "FROM corpus.topic_trends cur\n"
        + "JOIN corpus.topic_trends prev ON prev.topic_id = cur.topic_id AND prev.scope = cur.scope"
        + " AND prev.year = " + p.compareTo() + "\n"
        + "WHERE cur.scope = " + literal(p.scope().tableScope()) + " AND cur.year = " + p.year() + "\n"
        + "ORDER BY change DESC, cur.topic_id\n"
        + "LIMIT " + RISING_TOPICS;
  }

  /** Each topic's wording in the report year against the years before (national: the table has no scope). */
  public String topicWording() {
    String words = "concat_ws('、', transform(array_sort(collect_list(struct(rank, term))), x -> x.term))";
    return "WITH this_year AS (\n"
        + "  SELECT topic_id, term, rank FROM corpus.topic_terms_by_year\n"
        + "  WHERE year = " + p.year() + " AND rank <= " + TOPIC_WORDS + "),\n"
        + "before AS (\n"
        + "  SELECT topic_id, term,\n"
        + "         row_number() OVER (PARTITION BY topic_id ORDER BY sum(weight) DESC, term) AS rank\n"
        + "  FROM corpus.topic_terms_by_year WHERE year < " + p.year() + "\n"
        + "  GROUP BY topic_id, term)\n"
        + "SELECT t.topic_id, t.label,\n"
        + "       coalesce(n.words, '') AS words_" + p.year() + ",\n"
        + "       coalesce(b.words, '') AS words_before_" + p.year() + "\n"
        + "FROM corpus.topics t\n"
        + "LEFT JOIN (SELECT topic_id, " + words + " AS words FROM this_year GROUP BY topic_id) n\n"
        + "  ON n.topic_id = t.topic_id\n"
        + "LEFT JOIN (SELECT topic_id, " + words + " AS words FROM before WHERE rank <= " + TOPIC_WORDS
        + " GROUP BY topic_id) b\n"
        + "  ON b.topic_id = t.topic_id\n"
        + "ORDER BY t.topic_id";
  }

  // ---- Co-occurrence

  /** The strongest partners (sentence level, NPMI) of each chosen term; whole warehouse. */
  public String partners() {
    return "WITH chosen AS (SELECT explode(array" + termList() + ") AS term),\n"
        + "pairs AS (\n"
        + "  SELECT c.term, IF(o.term_a = c.term, o.term_b, o.term_a) AS partner, o.npmi, o.n_both, o.n_units\n"
        + "  FROM corpus.term_cooccurrence o JOIN chosen c ON c.term IN (o.term_a, o.term_b)\n"
        + "  WHERE o.level = 'sentence' AND o.n_both >= 2),\n"
        + "ranked AS (\n"
        + "  SELECT *, row_number() OVER (PARTITION BY term ORDER BY npmi DESC, partner) AS rank FROM pairs)\n"
        + "SELECT term, rank, partner, npmi, n_both AS sentences_together, n_units AS sentences\n"
        + "FROM ranked\n"
        + "WHERE rank <= " + PARTNERS + "\n"
        + "ORDER BY term, rank";
  }

  // ---- Pieces

  /** The term_trends rows of the report's scope: every document type, whole documents. */
  String trendSlice() {
    if (p.scope().national()) {
      return "SELECT * FROM corpus." + TrendSlice.HEADLINE_VIEW;
    }
    return "SELECT * FROM corpus.term_trends WHERE geo_level = 'province' AND geo_code = "
        + literal(p.scope().province().code()) + " AND doc_type = '" + TrendSlice.ALL + "' AND section_kind = '"
        + TrendSlice.ALL + "'";
  }

  private String scopeOfDocuments() {
    return scopeOfDocuments("");
  }

  private String scopeOfDocuments(String alias) {
    return p.scope().national() ? "" : alias + "province_code = " + literal(p.scope().province().code());
  }

  /** The chosen terms as a parenthesized list of literals: ('a', 'b'). */
  String termList() {
    return p.terms().stream().map(ReportSql::literal).collect(Collectors.joining(", ", "(", ")"));
  }

  /** A Spark SQL string literal. */
  public static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String where(String condition) {
    return condition.isEmpty() ? "" : "\nWHERE " + condition;
  }

  private static String and(String condition) {
    return condition.isEmpty() ? "" : " AND " + condition;
  }
}
