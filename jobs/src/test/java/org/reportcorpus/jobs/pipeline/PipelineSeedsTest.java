package org.reportcorpus.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.sql.SqlCommand;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.OpenCcOracle;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;

/** The whole pipeline over the real seeds and the State Council's government work reports. */
class PipelineSeedsTest {

  private static final String SEED_003 = "003_e07ef6ad28cc21cb.txt";

  private final SparkSession spark = SharedSpark.get();

  private TableStore store(CorpusConfig config) {
    return new TableStore(spark, config.warehouse(), config.format());
  }

  @Test
  void everyInputBecomesADocumentNothingIsLost() {
    CorpusConfig config = SeedWarehouse.get();
    Dataset<Row> documents = store(config).read(Tables.DOCUMENTS);
    assertEquals(77, documents.count(), "5 seeds + 72 JSONL records");
    // labels.tsv sits beside the seeds: read, and accounted for as an unsupported format.
    List<Row> rejects = store(config).read(Tables.REJECTS).collectAsList();
    assertEquals(1, rejects.size(), rejects.toString());
    assertTrue(rejects.get(0).<String>getAs("source_path").endsWith("seeds/labels.tsv"));
    assertEquals("unsupported_format", rejects.get(0).getAs("reason"));
    assertEquals(5, documents.filter(col("source_format").equalTo("txt")).count());
    assertEquals(72, documents.filter(col("source_format").equalTo("jsonl")).count());
    assertEquals(52, documents.filter(col("doc_type").equalTo("work_report")).count());
    assertEquals(20, documents.filter(col("doc_type").equalTo("other")).count());
    assertEquals(52, documents.filter(col("given_year").isNotNull()).count());
    assertEquals(0, documents.filter("report_year != given_year - 1 AND doc_type = 'work_report'").count());
  }

  /**
   * Every occurrence of a term in a source file is either counted in {@code term_doc_counts} or
   * sits in a line the cleaning stripped (kept in {@code documents.stripped}): the two add up to
   * an independent count on OpenCC's conversion of the source.
   */
  @Test
  void termCountsPlusStrippedLinesEqualAnIndependentCountOnOpenCcText() throws Exception {
    CorpusConfig config = SeedWarehouse.get();
    TermDictionary dictionary = TermDictionary.load(Fixtures.terms());
    Map<String, Map<String, Integer>> counted = new HashMap<>();
    for (Row row : store(config).read(Tables.TERM_DOC_COUNTS).join(
        store(config).read(Tables.DOCUMENTS).select("doc_id", "source_path"), "doc_id").collectAsList()) {
      counted.computeIfAbsent(row.getAs("source_path"), k -> new HashMap<>())
          .put(row.getAs("term"), row.getAs("occurrences"));
    }
    Map<String, String> strippedBySource = new HashMap<>();
    for (Row row : store(config).read(Tables.DOCUMENTS).select("source_path", "stripped").collectAsList()) {
      strippedBySource.put(row.getString(0), String.join("\n", row.<String>getList(1)));
    }
    Map<String, String> sources = sourceTexts();
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String oracleText = OpenCcOracle.simplify(source.getValue());
      String stripped = strippedBySource.get(source.getKey());
      Map<String, Integer> ours = counted.getOrDefault(source.getKey(), Map.of());
      for (TermEntry entry : dictionary.entries()) {
        int expected = entry.surfaceForms().stream().mapToInt(f -> OpenCcOracle.count(oracleText, f)).sum();
        int inStripped = entry.surfaceForms().stream().mapToInt(f -> OpenCcOracle.count(stripped, f)).sum();
        int actual = ours.getOrDefault(entry.term(), 0);
        compared++;
        if (expected != actual + inStripped) {
          mismatches.add(source.getKey() + " " + entry.term() + ": source " + expected + " != counted " + actual
              + " + stripped " + inStripped);
        }
      }
    }
    assertEquals(77 * dictionary.size(), compared);
    assertEquals(List.of(), mismatches);
    Path seeds = Fixtures.sharedCorpus().resolve("seeds");
    assertEquals(9, counted.get(seeds.resolve("000_95fd3ce53541a022.txt").toString()).get("综合查一次"));
    assertEquals(3, counted.get(seeds.resolve("001_7bf61fff27766dcc.txt").toString()).get("综合查一次"));
    assertEquals(null, counted.getOrDefault(seeds.resolve("002_2bed144c6ff0fd44.txt").toString(), Map.of()).get("综合查一次"));
  }

  /** Seed 003 prints its article twice: the document keeps one copy, and counts are of one copy. */
  @Test
  void anArticlePrintedTwiceIsCountedOnce() throws Exception {
    CorpusConfig config = SeedWarehouse.get();
    Path seed = Fixtures.sharedCorpus().resolve("seeds/" + SEED_003);
    Row doc = store(config).read(Tables.DOCUMENTS).filter(col("source_path").equalTo(seed.toString())).first();
    assertEquals("news", doc.getAs("doc_type"));
    // The article is the one long line of the page; the page prints it twice.
    String source = OpenCcOracle.simplify(Files.readString(seed, StandardCharsets.UTF_8));
    String article = source.lines().max(java.util.Comparator.comparingInt(String::length)).orElseThrow().strip();
    assertEquals(2, OpenCcOracle.count(source, article));
    String text = doc.getAs("text");
    assertEquals(1, OpenCcOracle.count(text.replace(" ", ""), article.replace(" ", "").replace("\u3000", "")));
    int inArticle = OpenCcOracle.count(article, "法治政府");
    int outsideArticle = OpenCcOracle.count(text.replace(" ", "").replace(article.replace(" ", ""), ""), "法治政府");
    Row counted = spark.sql("SELECT term_count(text, '法治政府') FROM corpus.documents WHERE source_path = '"
        + seed + "'").first();
    assertEquals(inArticle + outsideArticle, counted.getInt(0));
    assertTrue(inArticle > 1);
  }

  /** Every field of labels.tsv, read back from the documents table the pipeline wrote. */
  @Test
  void documentsCarryEverySeedLabel() throws Exception {
    CorpusConfig config = SeedWarehouse.get();
    Path seeds = Fixtures.sharedCorpus().resolve("seeds");
    List<String> lines = Files.readAllLines(seeds.resolve("labels.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    List<String> wrong = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] label = line.split("\t", -1);
      Row doc = store(config).read(Tables.DOCUMENTS)
          .filter(col("source_path").equalTo(seeds.resolve(label[0]).toString())).first();
      Map<String, String> actual = new HashMap<>();
      actual.put("doc_type", doc.getAs("doc_type"));
      actual.put("region", doc.getAs("region_name"));
      actual.put("region_code", doc.getAs("region_code"));
      actual.put("province", doc.getAs("province"));
      actual.put("prefecture", doc.getAs("prefecture"));
      actual.put("admin_level", doc.getAs("admin_level"));
      actual.put("report_year", String.valueOf((Object) doc.getAs("report_year")));
      actual.put("published", String.valueOf((Object) doc.getAs("published_date")));
      actual.put("script", doc.getAs("script"));
      actual.put("issuer", doc.getAs("issuer"));
      for (String field : actual.keySet()) {
        String expected = label[header.indexOf(field)];
        String got = actual.get(field) == null || actual.get(field).equals("null") ? "" : actual.get(field);
        if (!expected.equals(got)) {
          wrong.add(label[0] + " " + field + ": expected '" + expected + "' got '" + got + "'");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void workReportsLoseTheWikiLicenceFooter() {
    CorpusConfig config = SeedWarehouse.get();
    Dataset<Row> reports = store(config).read(Tables.DOCUMENTS).filter(col("source_format").equalTo("jsonl"));
    assertEquals(0, reports.filter(col("text").contains("Public domain").or(col("text").contains("公有领域"))).count());
    assertEquals(52, reports.filter("exists(stripped, l -> l LIKE '%公有领域%' OR l = 'Public domain')"
        + " AND doc_type = 'work_report' AND region_name = '全国'").count());
  }

  @Test
  void digitalGovernmentFirstAppearsInThe2021Report() {
    CorpusConfig config = SeedWarehouse.get();
    Row first = store(config).read(Tables.TERM_DOC_COUNTS).filter(col("term").equalTo("数字政府"))
        .join(store(config).read(Tables.DOCUMENTS).filter(col("doc_type").equalTo("work_report")), "doc_id")
        .orderBy("given_year").select("given_year", "report_year").first();
    assertEquals(2021, first.getInt(0));
    assertEquals(2020, first.getInt(1));
    Row trend = store(config).read(Tables.TERM_TRENDS)
        .filter("term = '数字政府' AND n_docs_mentioning > 0 AND geo_level = 'national' AND doc_type = 'work_report'"
            + " AND section_kind = 'all'").orderBy("year").first();
    assertEquals(2020, (int) trend.getAs("year"));
  }

  /** 放管服 in the work reports: non-zero exactly where an independent count on the text says. */
  @Test
  void fangguanfuTrendFollowsTheWorkReports() throws Exception {
    CorpusConfig config = SeedWarehouse.get();
    java.util.Set<Integer> expectedDelivered = new java.util.TreeSet<>();
    for (Map.Entry<String, String> source : sourceTexts().entrySet()) {
      if (source.getKey().contains("#L")) {
        Row doc = store(config).read(Tables.DOCUMENTS).filter(col("source_path").equalTo(source.getKey()))
            .select("doc_type", "given_year", "text").first();
        if ("work_report".equals(doc.getString(0)) && OpenCcOracle.count(OpenCcOracle.simplify(source.getValue()), "放管服") > 0) {
          expectedDelivered.add(doc.getInt(1));
        }
      }
    }
    assertEquals(java.util.Set.of(2017, 2018, 2019, 2021, 2022), expectedDelivered);
    List<Integer> trendYears = store(config).read(Tables.TERM_TRENDS)
        .filter("term = '放管服' AND geo_level = 'national' AND doc_type = 'work_report' AND section_kind = 'all'"
            + " AND n_docs_mentioning > 0").orderBy("year").select("year").as(org.apache.spark.sql.Encoders.INT()).collectAsList();
    assertEquals(expectedDelivered.stream().map(y -> y - 1).toList(), trendYears, "report years = delivered - 1");
  }

  @Test
  void termCountSqlFunctionMatchesTermTrends() {
    SeedWarehouse.get();
    List<Row> bySql = spark.sql("SELECT report_year, sum(term_count(text, '数字政府')) AS n FROM corpus.documents"
        + " WHERE report_year IS NOT NULL GROUP BY report_year HAVING n > 0 ORDER BY 1").collectAsList();
    List<Row> byTrends = spark.sql("SELECT year, occurrences FROM corpus.term_trends WHERE term = '数字政府'"
        + " AND geo_level = 'national' AND doc_type = 'all' AND section_kind = 'all' AND occurrences > 0 ORDER BY 1")
        .collectAsList();
    assertTrue(!bySql.isEmpty());
    assertEquals(byTrends.toString(), bySql.toString());
  }

  @Test
  void rerunningThePipelineGivesIdenticalTables() {
    CorpusConfig config = SeedWarehouse.get();
    TableStore store = store(config);
    Map<String, Long> versions = new HashMap<>();
    // logs, and source_files (the same files, read at another time: compared without read_at)
    List<Tables.TableDef> tables = Tables.ALL.stream().filter(t -> t != Tables.RUNS && t != Tables.TOPIC_MODEL_RUNS
        && t != Tables.SOURCE_FILES && store.exists(t)).toList();
    for (Tables.TableDef table : tables) {
      versions.put(table.name(), latestVersion(store.path(table)));
    }
    long sourceFilesVersion = latestVersion(store.path(Tables.SOURCE_FILES));
    long runsBefore = store.read(Tables.RUNS).count();
    // Every file read again (not skipped as unchanged): the same tables, and one more run logged.
    Map<String, String> readAll = new HashMap<>(config.settings());
    readAll.put("corpus.ingest.skip_unchanged", "false");
    PipelineJob.run(CorpusRun.of(spark, CorpusConfig.of(readAll, config.inputs())),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(runsBefore + 1, store.read(Tables.RUNS).count());
    assertEquals(0, store.read(Tables.SOURCE_FILES).drop("read_at").exceptAll(
        spark.read().format("delta").option("versionAsOf", sourceFilesVersion)
            .load(store.path(Tables.SOURCE_FILES)).drop("read_at")).count());
    for (Tables.TableDef table : tables) {
      Dataset<Row> before = spark.read().format("delta").option("versionAsOf", versions.get(table.name()))
          .load(store.path(table));
      Dataset<Row> after = store.read(table);
      assertEquals(before.count(), after.count(), table.name() + " row count");
      assertEquals(0, before.exceptAll(after).count(), table.name() + " rows changed");
      assertEquals(0, after.exceptAll(before).count(), table.name() + " rows changed");
    }
    // With nothing new to read (the default), a re-run commits no new version of any table.
    Map<String, Long> afterReadAll = new HashMap<>();
    for (Tables.TableDef table : Tables.ALL) {
      afterReadAll.put(table.name(), store.exists(table) ? latestVersion(store.path(table)) : -1L);
    }
    PipelineJob.run(CorpusRun.of(spark, config), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    for (Tables.TableDef table : Tables.ALL) {
      assertEquals(afterReadAll.get(table.name()), store.exists(table) ? latestVersion(store.path(table)) : -1L,
          table.name() + " got a new version");
    }
  }

  @Test
  void pipelinePrintsTablesAndTrendRows() {
    String output = SeedWarehouse.pipelineOutput();
    assertTrue(output.contains("corpus.term_trends"), output);
    assertTrue(output.contains("term\tcategory\tyear\tn_docs\tn_docs_mentioning\tdoc_share"), output);
    assertTrue(output.contains("emerging_terms: ") && output.contains("by per_10k_chars: "), output);
  }

  @Test
  void sqlCommandPrintsAHeaderAndTabSeparatedRows() {
    SeedWarehouse.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SqlCommand.run(spark, SqlCommand.split("SELECT count(*) AS n FROM corpus.documents;\n"
        + "SELECT doc_type, count(*) AS n FROM corpus.documents GROUP BY doc_type ORDER BY doc_type"),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals("n\n77\ndoc_type\tn\nannual_report\t4\nnews\t1\nother\t20\nwork_report\t52\n",
        out.toString(StandardCharsets.UTF_8));
  }

  private long latestVersion(String path) {
    return spark.sql("DESCRIBE HISTORY delta.`" + path + "`").selectExpr("max(version)").first().getLong(0);
  }

  /** source_path → raw text, read straight from the files (not through the project's readers). */
  private static Map<String, String> sourceTexts() throws Exception {
    Map<String, String> texts = new HashMap<>();
    Path seeds = Fixtures.sharedCorpus().resolve("seeds");
    try (var files = Files.list(seeds)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    Path jsonl = Fixtures.sharedCorpus().resolve("gov-work-reports/government_work_reports.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        JsonNode node = json.readTree(lines.get(i));
        texts.put(jsonl + "#L" + (i + 1), node.get("content").asText());
      }
    }
    return texts;
  }
}
