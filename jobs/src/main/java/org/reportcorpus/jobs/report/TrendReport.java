package org.reportcorpus.jobs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.report.Figure.Chart;
import org.reportcorpus.jobs.report.Report.Item;
import org.reportcorpus.jobs.report.Report.Section;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the periodic trend report from the warehouse's tables. Every figure is one query of
 * {@link ReportSql} run by Spark; only its small result reaches the driver.
 *
 * <ol>
 *   <li>resolveParams: the report year (latest with documents), the comparison year (the latest
 *       before it) and the terms (those whose share moved most) unless given;
 *   <li>coverage, quality, terms, wording, diffusion, topics, cooccurrence: one section each.
 * </ol>
 *
 * A figure whose table is missing, or whose rows are too few to draw, carries a plain sentence
 * saying so instead of a chart.
 */
public final class TrendReport {

  private static final Logger LOG = LoggerFactory.getLogger(TrendReport.class);

  /** Most rows any figure may bring to the driver; the queries are bounded well below it. */
  static final int MAX_ROWS = 2000;

  private final SparkSession spark;
  private final TableStore store;
  private final ReportParams params;
  private final ReportSql sql;
  /** Set during the first pass: figures start their queries here and return placeholders. */
  private ExecutorService pool;
  private final Map<String, Future<Result>> started = new LinkedHashMap<>();

  /** Queries run side by side. */
  static final int PARALLEL_QUERIES = 4;

  /** What a figure's query returned. */
  private record Result(List<String> columns, List<List<Object>> rows) {}

  private TrendReport(CorpusRun run, ReportParams params) {
    this.spark = run.spark();
    this.store = run.store();
    this.params = params;
    this.sql = new ReportSql(params);
  }

  /** The report of {@code request} over the run's warehouse. */
  public static Report build(CorpusRun run, ReportRequest request) {
    Defaults defaults = resolveParams(run, request);
    ReportParams params = defaults.params();
    LOG.info("[report] year {} against {}, scope {}, terms {}", params.year(), params.compareTo(),
        params.scope(), params.terms());
    TrendReport report = new TrendReport(run, params);
    if (defaults.movers() != null) { // the movers figure's query already ran to choose the terms
      report.started.put("terms_movers", CompletableFuture.completedFuture(defaults.movers()));
    }
    return report.sections();
  }

  /** The resolved parameters, and the movers' result when it was needed to choose the terms. */
  private record Defaults(ReportParams params, Result movers) {}

  /** Fills in what the request left open, from the documents and term_trends of the scope. */
  private static Defaults resolveParams(CorpusRun run, ReportRequest request) {
    if (!run.store().exists(Tables.DOCUMENTS)) {
      throw new IllegalStateException("the warehouse " + run.store().warehouse()
          + " has no documents table; run bin/corpus pipeline first");
    }
    Scope scope = request.scope();
    String inScope = scope.national() ? "" : " AND province_code = " + ReportSql.literal(scope.province().code());
    List<Integer> years = new ArrayList<>();
    run.spark().sql("SELECT DISTINCT report_year FROM corpus.documents WHERE report_year IS NOT NULL" + inScope)
        .collectAsList().forEach(row -> years.add(row.getInt(0)));
    years.sort(null);
    Integer year = request.year();
    if (year == null) {
      if (years.isEmpty()) {
        throw new IllegalStateException("no document of scope " + scope + " has a report year; give --year");
      }
      year = years.get(years.size() - 1);
    }
    Integer compareTo = request.compareTo();
    if (compareTo == null) {
      int before = year;
      compareTo = years.stream().filter(y -> y < before).reduce((a, b) -> b).orElse(year - 1);
    }
    if (!request.terms().isEmpty()) {
      return new Defaults(new ReportParams(year, compareTo, scope, request.terms(), true), null);
    }
    ReportParams draft = new ReportParams(year, compareTo, scope, List.of(), false);
    if (!run.store().exists(Tables.TERM_TRENDS)) {
      return new Defaults(draft, null);
    }
    Result movers = new TrendReport(run, draft).collect("terms_movers", new ReportSql(draft).movers());
    return new Defaults(new ReportParams(year, compareTo, scope, defaultTerms(run, draft, movers), false), movers);
  }

  /** The terms whose share changed most between the two years; else the most used in the report year. */
  private static List<String> defaultTerms(CorpusRun run, ReportParams draft, Result movers) {
    int term = movers.columns().indexOf("term");
    int change = movers.columns().indexOf("change");
    List<String> terms = movers.rows().stream()
        .sorted(Comparator.comparing((List<Object> row) -> -Math.abs((Double) row.get(change)))
            .thenComparing(row -> (String) row.get(term)))
        .limit(ReportRequest.DEFAULT_TERMS)
        .map(row -> (String) row.get(term))
        .collect(Collectors.toCollection(ArrayList::new));
    if (terms.isEmpty()) {
      for (Row row : run.spark().sql("WITH slice AS (" + new ReportSql(draft).trendSlice() + ") SELECT term FROM slice"
          + " WHERE year = " + draft.year() + " AND n_docs_mentioning > 0 ORDER BY doc_share DESC, term LIMIT "
          + ReportRequest.DEFAULT_TERMS).collectAsList()) {
        terms.add(row.getString(0));
      }
    }
    return terms;
  }

  /**
   * The sections, built twice: a first pass starts every figure's query on a small pool (Spark
   * runs jobs from several threads side by side, and most of a small query's time is planning and
   * scheduling, not work), the second builds the figures from the results.
   */
  private Report sections() {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_QUERIES, runnable -> {
      Thread thread = new Thread(runnable, "report-query");
      thread.setDaemon(true);
      return thread;
    });
    List<Section> sections;
    try {
      this.pool = pool;
      allSections();
      this.pool = null;
      sections = allSections();
    } finally {
      pool.shutdownNow();
    }
    String title = "法治政府建设年度报告 趋势报告 · " + params.year() + " · " + params.scope().label();
    List<Item> parameters = List.of(
        new Item("Report year", Integer.toString(params.year())),
        new Item("Compared with", Integer.toString(params.compareTo())),
        new Item("Scope", params.scope().label() + " (" + params.scope() + ")"),
        new Item("Terms drawn", String.join("、", params.terms())
            + (params.termsGiven() ? "" : " (those whose share moved most)")),
        new Item("Warehouse", store.warehouse()));
    return new Report(title, params, parameters, headline(sections.get(0).figures().get(0)), sections);
  }

  private List<Section> allSections() {
    return List.of(coverage(), quality(), terms(), wording(), diffusion(), topics(), cooccurrence());
  }

  // ---- Sections

  private Section coverage() {
    int y = params.year();
    int y0 = params.compareTo();
    Figure headline = figure("coverage_headline", "Headline numbers")
        .guide("Documents and distinct regions with a report for " + y + " and " + y0 + " in this scope.")
        .sql(sql.headline()).needs(Tables.DOCUMENTS).build();
    Figure byType = figure("coverage_types", "Documents by type and administrative level")
        .guide("Each bar pair compares the documents of one type and level in " + y0 + " and " + y
            + "; a fall may mean reports not yet collected rather than fewer reports.")
        .sql(sql.coverageByType()).needs(Tables.DOCUMENTS)
        .chart(Chart.of("bars", spec("category", List.of("doc_type", "admin_level"),
            "values", List.of("documents_" + y0, "documents_" + y))))
        .build();
    String area = params.scope().national() ? "province" : "prefecture";
    Figure byArea = figure("coverage_areas", "Regions reporting by " + area)
        .guide("Regions (provinces, prefectures, counties) with at least one document, by " + area + ", in " + y0
            + " and " + y + ".")
        .sql(sql.coverageByArea()).needs(Tables.DOCUMENTS)
        .chart(Chart.of("bars", spec("category", List.of("name"),
            "values", List.of("regions_" + y0, "regions_" + y))))
        .build();
    return new Section("coverage", "Coverage",
        "What the figures below rest on: how many documents and regions the warehouse holds for the two years.",
        List.of(headline, byType, byArea));
  }

  private Section quality() {
    Figure summary = figure("quality_summary", "Files, duplicates and missing metadata")
        .guide("Counts over the whole warehouse: near duplicates are left out of every analysis, documents without"
            + " a region or year cannot be placed on a map or a trend line.")
        .sql(sql.qualitySummary()).needs(Tables.DOCUMENTS, Tables.DUPLICATES, Tables.REJECTS).build();
    Figure lacking = figure("quality_lacking", "Documents without a region or a report year")
        .guide("The first " + ReportSql.LACKING + " such documents by path: check their titles to see whether the"
            + " ingest missed what the text says.")
        .sql(sql.documentsLackingMetadata()).needs(Tables.DOCUMENTS)
        .tooLittle(rows -> rows.isEmpty() ? "Every document has a region and a report year." : null)
        .build();
    Figure rejects = figure("quality_rejects", "Files rejected, by reason")
        .guide("Input files that did not become documents, by the reason the ingest gave; the rejects table lists"
            + " each file.")
        .sql(sql.rejectsByReason()).needs(Tables.REJECTS)
        .chart(Chart.of("bars", spec("category", List.of("reason"), "values", List.of("files"), "horizontal", true)))
        .tooLittle(rows -> rows.isEmpty() ? "No input file was rejected." : null)
        .build();
    return new Section("quality", "Data quality",
        "What was read and what was left out, so that a reader knows what the numbers rest on.",
        List.of(summary, lacking, rejects));
  }

  private Section terms() {
    int y = params.year();
    int y0 = params.compareTo();
    Figure movers = figure("terms_movers", "Terms whose document share rose and fell most")
        .guide("Each row is a term: the share of " + y0 + " and " + y + " documents mentioning it, with its 95 %"
            + " Wilson interval as whiskers; where the two intervals do not overlap the change is unlikely to be"
            + " chance.")
        .sql(sql.movers()).needs(Tables.TERM_TRENDS)
        .percent("share_" + y0, "low_" + y0, "high_" + y0, "share_" + y, "low_" + y, "high_" + y, "change")
        .chart(Chart.of("intervals", spec("category", "term", "points", List.of(
            spec("label", Integer.toString(y0), "value", "share_" + y0, "low", "low_" + y0, "high", "high_" + y0),
            spec("label", Integer.toString(y), "value", "share_" + y, "low", "low_" + y, "high", "high_" + y)))))
        .tooLittle(rows -> rows.isEmpty()
            ? "Too little data: no term's share differs between " + y0 + " and " + y
              + " in this scope (one of the years may have no documents)." : null)
        .build();
    Figure trend = figure("terms_trend", "Document share of the chosen terms, all years")
        .guide("The solid line is the share of documents mentioning the term each year, the band its 95 % interval"
            + " (wide where few documents), the dashed line the moving average.")
        .sql(params.terms().isEmpty() ? "" : sql.termTrends()).needs(Tables.TERM_TRENDS).needsTerms()
        .percent("doc_share", "doc_share_low", "doc_share_high", "doc_share_smoothed")
        .chart(Chart.of("lines", spec("x", "year", "series", "term", "y", "doc_share",
            "band", List.of("doc_share_low", "doc_share_high"), "smooth", "doc_share_smoothed", "percent", true)))
        .tooLittle(TrendReport::fewerThanTwoYears)
        .build();
    Figure frequency = figure("terms_per10k", "Occurrences per 10,000 characters")
        .guide("How often the terms are written, not just whether: occurrences per 10,000 characters of the year's"
            + " documents (dashed: moving average), so long reports weigh more than in the share above.")
        .sql(params.terms().isEmpty() ? "" : sql.termFrequency()).needs(Tables.TERM_TRENDS).needsTerms()
        .chart(Chart.of("lines", spec("x", "year", "series", "term", "y", "per_10k_chars",
            "smooth", "per_10k_chars_smoothed")))
        .tooLittle(TrendReport::fewerThanTwoYears)
        .build();
    return new Section("terms", "Terms",
        "Which policy terms gained or lost ground, and the course of the chosen terms over all years.",
        List.of(movers, trend, frequency));
  }

  private Section wording() {
    int y = params.year();
    Figure phrases = figure("wording_new", "New phrases first seen since " + (y - ReportSql.NEW_YEARS))
        .guide("Phrases outside the vocabulary that look like slogans and were first used in the last "
            + (ReportSql.NEW_YEARS + 1) + " years, strongest first, with a sentence around their first use and the"
            + " regions whose documents use them.")
        .sql(sql.newPhrases()).needs(Tables.TERM_CANDIDATES, Tables.DOCUMENTS)
        .tooLittle(rows -> rows.isEmpty() ? "No candidate phrase was first seen between " + (y - ReportSql.NEW_YEARS)
            + " and " + y + (params.scope().national() ? "" : " in this province") + "." : null)
        .build();
    Figure emerging = figure("wording_emerging", "Terms rising against their recent past, " + y)
        .guide("Vocabulary terms and candidate phrases whose national share in " + y
            + " rose most against their mean share of the years before (log ratio; higher is a sharper rise).")
        .sql(sql.emergingTerms()).needs(Tables.EMERGING_TERMS)
        .percent("doc_share", "baseline_share")
        .chart(Chart.of("bars", spec("category", List.of("term"), "values", List.of("log_ratio"), "horizontal", true)))
        .tooLittle(rows -> rows.isEmpty() ? "Too little data: no term passed the emerging-terms thresholds in " + y
            + " (corpus.emerging.min_docs documents)." : null)
        .build();
    return new Section("wording", "New wording", "Phrases that are new in the reports, and terms rising fastest.",
        List.of(phrases, emerging));
  }

  private Section diffusion() {
    int y = params.year();
    Figure curve = figure("diffusion_curve", "Adoption curve of the chosen terms")
        .guide("Of the regions reporting each year, the share that had used the term in a report of their own by"
            + " then: a policy spreading traces an S.")
        .sql(params.terms().isEmpty() ? "" : sql.adoptionCurve()).needs(Tables.TERM_ADOPTION).needsTerms()
        .percent("adoption_share")
        .chart(Chart.of("lines", spec("x", "year", "series", "term", "y", "adoption_share", "percent", true)))
        .tooLittle(TrendReport::fewerThanTwoYears)
        .build();
    Figure map;
    if (params.scope().national()) {
      map = figure("diffusion_map", "Adoption by province, " + y)
          .guide("One tile per province in its rough place on the map, coloured by the share of its reporting"
              + " regions that had adopted the term by " + y + "; grey tiles had no reporting region.")
          .sql(params.terms().isEmpty() ? "" : sql.adoptionByProvince())
          .needs(Tables.TERM_ADOPTION, Tables.DOCUMENTS).needsTerms()
          .percent("adoption_share")
          .chart(new Chart("tiles", spec("group", "term", "code", "province_code", "value", "adoption_share"),
              params.terms()))
          .tooLittle(rows -> rows.isEmpty() ? "Too little data: no province has a reporting region in " + y + "."
              : null)
          .build();
    } else {
      map = figure("diffusion_map", "Adoption by prefecture, " + y)
          .guide("For each prefecture of " + params.scope().label() + ", the share of its regions reporting in " + y
              + " that had used the term in a report of their own by then.")
          .sql(params.terms().isEmpty() ? "" : sql.adoptionByPrefecture())
          .needs(Tables.TERM_DIFFUSION, Tables.DOCUMENTS).needsTerms()
          .percent("adoption_share")
          .chart(new Chart("bars", spec("group", "term", "category", List.of("prefecture"),
              "values", List.of("adoption_share"), "percent", true), params.terms()))
          .tooLittle(rows -> rows.isEmpty() ? "Too little data: no prefecture has a reporting region in " + y + "."
              : null)
          .build();
    }
    return new Section("diffusion", "Diffusion",
        "How far the chosen terms have spread among the regions, over the years and across the map.",
        List.of(curve, map));
  }

  private Section topics() {
    int y = params.year();
    int y0 = params.compareTo();
    Figure prevalence = figure("topics_trend", "Topic prevalence over the years")
        .guide("Each band is a topic's mean weight in the year's documents; the bands stack to the documents'"
            + " whole modelled content.")
        .sql(sql.topicTrends()).needs(Tables.TOPIC_TRENDS)
        .chart(Chart.of("lines", spec("x", "year", "series", "label", "y", "mean_weight", "stack", true)))
        .tooLittle(TrendReport::fewerThanTwoYears)
        .build();
    Figure rising = figure("topics_rising", "Topics rising most, " + y0 + " to " + y)
        .guide("The topics whose mean weight grew most between the two years.")
        .sql(sql.risingTopics()).needs(Tables.TOPIC_TRENDS)
        .chart(Chart.of("bars", spec("category", List.of("label"), "values", List.of("change"), "horizontal", true)))
        .tooLittle(rows -> rows.isEmpty() ? "Too little data: the topic model has no documents of both " + y0
            + " and " + y + " in this scope." : null)
        .build();
    Figure wording = figure("topics_wording", "How each topic is worded, " + y + " against earlier years")
        .guide("The words that mark each topic among the documents it dominates (class-based TF-IDF), in " + y
            + " and over the years before; national, whatever the scope.")
        .sql(sql.topicWording()).needs(Tables.TOPICS, Tables.TOPIC_TERMS_BY_YEAR)
        .tooLittle(rows -> rows.isEmpty() ? "Too little data: the topic model has no topics." : null)
        .build();
    return new Section("topics", "Topics",
        "What the reports write about, from the project's topic model: prevalence, risers and wording.",
        List.of(prevalence, rising, wording));
  }

  private Section cooccurrence() {
    Figure partners = figure("cooccurrence_partners", "Strongest partners of the chosen terms")
        .guide("For each chosen term, the terms most often written in the same sentence beyond chance (normalized"
            + " PMI: 1 = always together, 0 = independent), over the whole warehouse, pairs seen at least twice.")
        .sql(params.terms().isEmpty() ? "" : sql.partners()).needs(Tables.TERM_COOCCURRENCE).needsTerms()
        .chart(Chart.of("bars", spec("category", List.of("term", "partner"), "values", List.of("npmi"),
            "horizontal", true)))
        .tooLittle(rows -> rows.isEmpty() ? "Too little data: no chosen term shares two or more sentences with"
            + " another term." : null)
        .build();
    return new Section("cooccurrence", "Co-occurrence", "Which terms the chosen terms keep company with.",
        List.of(partners));
  }

  // ---- Pieces

  private static List<Item> headline(Figure headline) {
    if (headline.rows().isEmpty()) {
      return List.of();
    }
    List<Object> row = headline.rows().get(0);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < headline.columns().size(); i++) {
      items.add(new Item(headline.columns().get(i).replace('_', ' '), String.valueOf(row.get(i))));
    }
    return items;
  }

  private static String fewerThanTwoYears(List<List<Object>> rows) {
    Set<Object> years = new LinkedHashSet<>();
    rows.forEach(row -> years.add(row.get(1)));
    if (rows.isEmpty()) {
      return "Too little data: no rows for the chosen terms in this scope.";
    }
    return years.size() < 2 ? "Too little data: only one year (" + years.iterator().next()
        + ") — a trend needs two or more; the table gives the numbers." : null;
  }

  /** Settings of a chart as an ordered map: key, value, key, value... */
  static Map<String, Object> spec(Object... keysAndValues) {
    Map<String, Object> spec = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      spec.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return spec;
  }

  private FigureBuilder figure(String id, String title) {
    return new FigureBuilder(id, title);
  }

  /** One figure: its query run when its tables exist, its rows collected and checked. */
  private final class FigureBuilder {
    private final String id;
    private final String title;
    private String guide = "";
    private String query = "";
    private final List<TableDef> needs = new ArrayList<>();
    private boolean needsTerms;
    private final Set<String> percent = new LinkedHashSet<>();
    private Chart chart;
    private Function<List<List<Object>>, String> tooLittle = rows -> rows.isEmpty() ? "No data." : null;

    FigureBuilder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    FigureBuilder guide(String text) {
      guide = text;
      return this;
    }

    FigureBuilder sql(String text) {
      query = text;
      return this;
    }

    FigureBuilder needs(TableDef... tables) {
      needs.addAll(List.of(tables));
      return this;
    }

    FigureBuilder needsTerms() {
      needsTerms = true;
      return this;
    }

    FigureBuilder percent(String... columns) {
      percent.addAll(List.of(columns));
      return this;
    }

    FigureBuilder chart(Chart drawing) {
      chart = drawing;
      return this;
    }

    FigureBuilder tooLittle(Function<List<List<Object>>, String> check) {
      tooLittle = check;
      return this;
    }

    Figure build() {
      for (TableDef table : needs) {
        if (!store.exists(table)) {
          return new Figure(id, title, guide, query, List.of(), List.of(), chart,
              "Not available: this warehouse has no table " + table.name() + " (" + WRITER.getOrDefault(table.name(),
                  "bin/corpus pipeline") + " writes it).", percent);
        }
      }
      if (needsTerms && params.terms().isEmpty()) {
        return new Figure(id, title, guide, query, List.of(), List.of(), chart,
            "Too little data: no term was chosen (give --terms) and no term's share is known for this scope.",
            percent);
      }
      if (pool != null) {
        started.computeIfAbsent(id, key -> pool.submit(() -> collect(id, query)));
        return new Figure(id, title, guide, query, List.of(), List.of(), chart, "pending", percent);
      }
      Result result = started.containsKey(id) ? await(started.get(id)) : collect(id, query);
      List<String> columns = result.columns();
      List<List<Object>> rows = result.rows();
      Chart drawing = chart;
      String reading = guide;
      if (chart != null && !chart.panels().isEmpty()) {
        // One panel per value of the group column that has rows: no panel is drawn empty.
        int group = columns.indexOf((String) chart.spec().get("group"));
        Set<String> present = new LinkedHashSet<>();
        rows.forEach(row -> present.add(String.valueOf(row.get(group))));
        List<String> drawn = chart.panels().stream().filter(present::contains).toList();
        List<String> missing = chart.panels().stream().filter(panel -> !present.contains(panel)).toList();
        drawing = new Chart(chart.kind(), chart.spec(), drawn);
        reading = missing.isEmpty() ? guide : guide + " No data for " + String.join("、", missing) + ".";
      }
      return new Figure(id, title, reading, query, columns, rows, drawing, tooLittle.apply(rows), percent);
    }
  }

  private Result collect(String id, String query) {
    long begun = System.nanoTime();
    Dataset<Row> result = spark.sql(query);
    List<Row> collected = result.limit(MAX_ROWS + 1).collectAsList();
    if (collected.size() > MAX_ROWS) {
      LOG.warn("[report] figure {}: more than {} rows; the first {} are shown", id, MAX_ROWS, MAX_ROWS);
      collected = collected.subList(0, MAX_ROWS);
    }
    List<List<Object>> rows = new ArrayList<>(collected.size());
    collected.forEach(row -> rows.add(Values.of(row)));
    LOG.info("[report] {}: {} rows ({} ms)", id, rows.size(), (System.nanoTime() - begun) / 1_000_000);
    return new Result(List.of(result.columns()), rows);
  }

  private static Result await(Future<Result> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the report's queries ran", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Which command writes a table, for the "not available" sentence. */
  private static final Map<String, String> WRITER = Map.ofEntries(
      Map.entry("duplicates", "bin/corpus ingest"),
      Map.entry("rejects", "bin/corpus ingest"),
      Map.entry("term_trends", "bin/corpus trends"),
      Map.entry("term_adoption", "bin/corpus trends"),
      Map.entry("term_diffusion", "bin/corpus trends"),
      Map.entry("emerging_terms", "bin/corpus trends"),
      Map.entry("term_candidates", "bin/corpus candidates --refresh"),
      Map.entry("term_cooccurrence", "bin/corpus cooccurrence"),
      Map.entry("topics", "bin/corpus topics"),
      Map.entry("topic_trends", "bin/corpus topics"),
      Map.entry("topic_terms_by_year", "bin/corpus topics"));
}
