package org.reportcorpus.jobs.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.trends.Diffusion;
import org.reportcorpus.jobs.testing.Fixtures;

/**
 * What a warehouse's notebook cells should show, computed without the tables the cells read: for
 * a warehouse over real text from term_doc_counts, documents and duplicates by SQL written here;
 * for a generated corpus from the generator's truth files.
 *
 * @param documents every document of the warehouse
 * @param years national series: report year → {documents, characters} of the dated analysis documents
 * @param mentions term → report year → {documents mentioning, occurrences} over those documents
 * @param firstUse term → region_code → first report year of one of the region's own reports mentioning it
 * @param reporting report year → region codes with an own (dated) report that year
 * @param regionNames region_code → region_name
 * @param texts analysis documents' (report_year, text), for phrases counted in SQL; null when unknown
 */
record Expected(List<Doc> documents, Map<Integer, long[]> years, Map<String, Map<Integer, long[]>> mentions,
    Map<String, Map<String, Integer>> firstUse, Map<Integer, Set<String>> reporting, Map<String, String> regionNames,
    List<Text> texts) {

  /** One document; docType null when the source does not know it; nearDuplicate: left out of analyses. */
  record Doc(String docType, Integer year, String provinceOrNational, String adminLevel, int nChars, boolean nearDuplicate) {}

  record Text(Integer year, String text) {}

  /** Over a warehouse registered as corpus.* with the default analysis set (near duplicates out). */
  static Expected fromWarehouse(SparkSession spark) {
    spark.sql("SELECT d.* FROM corpus.documents d WHERE d.doc_id NOT IN (SELECT doc_id FROM corpus.duplicates)")
        .createOrReplaceTempView("expected_analysis_documents");
    List<Doc> documents = new ArrayList<>();
    for (Row row : spark.sql("SELECT d.doc_type, d.report_year, coalesce(d.province, d.region_name), d.admin_level,"
        + " d.n_chars, d.doc_id IN (SELECT doc_id FROM corpus.duplicates) FROM corpus.documents d").collectAsList()) {
      documents.add(new Doc(row.getString(0), row.isNullAt(1) ? null : row.getInt(1), row.getString(2),
          row.getString(3), row.getInt(4), row.getBoolean(5)));
    }
    Map<Integer, long[]> years = new TreeMap<>();
    for (Row row : spark.sql("SELECT report_year, count(*), sum(n_chars) FROM expected_analysis_documents"
        + " WHERE report_year IS NOT NULL GROUP BY report_year").collectAsList()) {
      years.put(row.getInt(0), new long[] {row.getLong(1), row.getLong(2)});
    }
    Map<String, Map<Integer, long[]>> mentions = new HashMap<>();
    for (Row row : spark.sql("SELECT t.term, d.report_year, count(*), sum(t.occurrences)"
        + " FROM corpus.term_doc_counts t JOIN expected_analysis_documents d ON d.doc_id = t.doc_id"
        + " WHERE d.report_year IS NOT NULL GROUP BY t.term, d.report_year").collectAsList()) {
      mentions.computeIfAbsent(row.getString(0), t -> new TreeMap<>()).put(row.getInt(1), new long[] {row.getLong(2), row.getLong(3)});
    }
    String ownReports = Diffusion.OWN_REPORTS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
    String own = " WHERE d.report_year IS NOT NULL AND d.region_code IS NOT NULL AND d.doc_type IN (" + ownReports + ")";
    Map<String, Map<String, Integer>> firstUse = new HashMap<>();
    for (Row row : spark.sql("SELECT t.term, d.region_code, min(d.report_year)"
        + " FROM corpus.term_doc_counts t JOIN expected_analysis_documents d ON d.doc_id = t.doc_id" + own
        + " GROUP BY t.term, d.region_code").collectAsList()) {
      firstUse.computeIfAbsent(row.getString(0), t -> new TreeMap<>()).put(row.getString(1), row.getInt(2));
    }
    Map<Integer, Set<String>> reporting = new TreeMap<>();
    Map<String, String> regionNames = new HashMap<>();
    for (Row row : spark.sql("SELECT d.report_year, d.region_code, d.region_name FROM expected_analysis_documents d" + own)
        .collectAsList()) {
      reporting.computeIfAbsent(row.getInt(0), y -> new TreeSet<>()).add(row.getString(1));
      regionNames.put(row.getString(1), row.getString(2));
    }
    List<Text> texts = new ArrayList<>();
    for (Row row : spark.sql("SELECT report_year, text FROM expected_analysis_documents").collectAsList()) {
      texts.add(new Text(row.isNullAt(0) ? null : row.getInt(0), row.getString(1)));
    }
    return new Expected(documents, years, mentions, firstUse, reporting, regionNames, texts);
  }

  /**
   * From a generated sample's truth/ (documents.tsv, term_counts.tsv, adoption.tsv). Every generated
   * report is a region's (or its department's) annual report on the rule of law, so every document
   * counts as an own report of its region; none is a near duplicate (the test asserts the
   * duplicates table is empty). Document types are not in the truth (docType null).
   */
  static Expected fromTruth(Path sample) throws IOException {
    List<Map<String, String>> docs = Fixtures.readTsv(sample.resolve("truth/documents.tsv"));
    Map<String, Map<String, String>> bySource = new HashMap<>();
    List<Doc> documents = new ArrayList<>();
    Map<Integer, long[]> years = new TreeMap<>();
    Map<Integer, Set<String>> reporting = new TreeMap<>();
    Map<String, String> regionNames = new HashMap<>();
    for (Map<String, String> doc : docs) {
      bySource.put(doc.get("source"), doc);
      int year = Integer.parseInt(doc.get("report_year"));
      int chars = Integer.parseInt(doc.get("n_chars"));
      String province = doc.get("province").isEmpty() ? doc.get("region_name") : doc.get("province");
      documents.add(new Doc(null, year, province, doc.get("admin_level"), chars, false));
      long[] cell = years.computeIfAbsent(year, y -> new long[2]);
      cell[0]++;
      cell[1] += chars;
      reporting.computeIfAbsent(year, y -> new TreeSet<>()).add(doc.get("region_code"));
      regionNames.put(doc.get("region_code"), doc.get("region_name"));
    }
    Map<String, Map<Integer, long[]>> mentions = new HashMap<>();
    for (Map<String, String> row : Fixtures.readTsv(sample.resolve("truth/term_counts.tsv"))) {
      int year = Integer.parseInt(bySource.get(row.get("source")).get("report_year"));
      long[] m = mentions.computeIfAbsent(row.get("term"), t -> new TreeMap<>()).computeIfAbsent(year, y -> new long[2]);
      m[0]++;
      m[1] += Long.parseLong(row.get("occurrences"));
    }
    Map<String, Map<String, Integer>> firstUse = new HashMap<>();
    for (Map<String, String> row : Fixtures.readTsv(sample.resolve("truth/adoption.tsv"))) {
      firstUse.computeIfAbsent(row.get("term"), t -> new TreeMap<>())
          .put(row.get("region_code"), Integer.parseInt(row.get("first_year")));
    }
    return new Expected(documents, years, mentions, firstUse, reporting, regionNames, null);
  }
}
