package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How a policy spreads. A region adopts a term in the first report year in which one of its own
 * reports (annual or work reports — not press articles about it) mentions the term.
 *
 * <ul>
 *   <li>{@link #firstUse}: term_diffusion — per term and region, that first year and document;
 *   <li>{@link #adoption}: term_adoption — per term, year and scope (national or a province): the
 *       regions reporting that year, how many of them have adopted, the cumulative adopters, and
 *       the adoption share with that year's reporting regions as denominator (an S-curve).
 * </ul>
 */
public final class Diffusion {

  /** Document types written by the region itself. */
  public static final List<String> OWN_REPORTS = List.of("annual_report", "work_report");
  public static final String NATIONAL_SCOPE = "national";

  private Diffusion() {}

  /** The columns of {@link #reports} (besides report_year) the two tables' rows depend on. */
  public static final List<String> DIGESTED =
      List.of("doc_id", "region_code", "region_name", "province", "admin_level");

  /** Dated own reports of resolved regions: (doc_id, report_year, region_code, region_name, province, admin_level). */
  public static Dataset<Row> reports(Dataset<Row> documents) {
    return documents.filter(col("report_year").isNotNull().and(col("region_code").isNotNull())
            .and(col("doc_type").isin(OWN_REPORTS.toArray())))
        .select("doc_id", "report_year", "region_code", "region_name", "province", "admin_level");
  }

  /**
   * (term, region_code, region_name, province, admin_level, first_year, first_doc_id) of the
   * pairs first used in {@code reports} (rows of {@link #reports}), leaving out the pairs of
   * {@code earlier} (rows of term_diffusion from the years before those reports', or null):
   * a pair used before has its first use there.
   */
  public static Dataset<Row> firstUse(Dataset<Row> reports, Dataset<Row> termDocCounts, Dataset<Row> earlier) {
    Dataset<Row> first = termDocCounts.select("doc_id", "term").join(reports, "doc_id")
        .groupBy("term", "region_code")
        .agg(min(struct(col("report_year"), col("doc_id"), col("region_name"), col("province"), col("admin_level")))
            .as("first"))
        .select(col("term"), col("region_code"), col("first.region_name").as("region_name"),
            col("first.province").as("province"), col("first.admin_level").as("admin_level"),
            col("first.report_year").as("first_year"), col("first.doc_id").as("first_doc_id"));
    return earlier == null ? first
        : first.join(earlier.select("term", "region_code"), new String[] {"term", "region_code"}, "left_anti");
  }

  /**
   * (term, year, scope, regions_reporting, regions_reporting_adopted, regions_adopted_cumulative,
   * adoption_share) for the report years of {@code reports} (rows of {@link #reports}), from the
   * first uses in {@code firstUse} (term_diffusion: those up to each year count). A region counts
   * in the scope of its province as its first report mentioning the term gives it.
   */
  public static Dataset<Row> adoption(Dataset<Row> reports, Dataset<Row> firstUse, Dataset<Row> terms) {
    Dataset<Row> reporting = reports.select(col("report_year").as("year"), col("region_code"), col("province"))
        .distinct();
    Dataset<Row> scoped = reporting.select(col("year"), col("region_code"), lit(NATIONAL_SCOPE).as("scope"))
        .unionByName(reporting.filter(col("province").isNotNull())
            .select(col("year"), col("region_code"), col("province").as("scope")));
    Dataset<Row> adopters = firstUse.select("term", "region_code", "first_year");
    Dataset<Row> scopedAdopters = adopters.withColumn("scope", lit(NATIONAL_SCOPE))
        .unionByName(firstUse.filter(col("province").isNotNull())
            .select(col("term"), col("region_code"), col("first_year"), col("province").as("scope")));

    // Every term in every (year, scope) someone reported in.
    Dataset<Row> grid = scoped.groupBy("year", "scope").agg(countDistinct("region_code").as("regions_reporting"))
        .crossJoin(broadcast(terms.select("term")));
    Dataset<Row> reportingAdopted = scoped.join(adopters, "region_code")
        .filter(col("first_year").leq(col("year")))
        .groupBy("term", "year", "scope").agg(countDistinct("region_code").as("regions_reporting_adopted"));
    Dataset<Row> years = scoped.select("year", "scope").distinct();
    Dataset<Row> cumulative = scopedAdopters.join(years, "scope")
        .filter(col("first_year").leq(col("year")))
        .groupBy("term", "year", "scope").agg(count(lit(1)).as("regions_adopted_cumulative"));
    Column adopted = org.apache.spark.sql.functions.coalesce(col("regions_reporting_adopted"), lit(0L));
    return grid.join(reportingAdopted, new String[] {"term", "year", "scope"}, "left")
        .join(cumulative, new String[] {"term", "year", "scope"}, "left")
        .select(col("term"), col("year"), col("scope"), col("regions_reporting"),
            adopted.as("regions_reporting_adopted"),
            org.apache.spark.sql.functions.coalesce(col("regions_adopted_cumulative"), lit(0L)).as("regions_adopted_cumulative"),
            when(col("regions_reporting").gt(0), adopted.divide(col("regions_reporting"))).otherwise(0.0).as("adoption_share"));
  }
}
