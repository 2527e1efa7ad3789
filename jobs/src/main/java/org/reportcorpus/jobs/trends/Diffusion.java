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

  /** Dated reports of resolved regions: (doc_id, year, region_code, region_name, province, admin_level). */
  static Dataset<Row> regionReports(Dataset<Row> documents) {
    return documents.filter(col("report_year").isNotNull().and(col("region_code").isNotNull())
            .and(col("doc_type").isin(OWN_REPORTS.toArray())))
        .select(col("doc_id"), col("report_year").as("year"), col("region_code"), col("region_name"),
            col("province"), col("admin_level"));
  }

  /** (term, region_code, region_name, province, admin_level, first_year, first_doc_id). */
  public static Dataset<Row> firstUse(Dataset<Row> documents, Dataset<Row> termDocCounts) {
    return termDocCounts.select("doc_id", "term").join(regionReports(documents), "doc_id")
        .groupBy("term", "region_code")
        .agg(min(struct(col("year"), col("doc_id"), col("region_name"), col("province"), col("admin_level"))).as("first"))
        .select(col("term"), col("region_code"), col("first.region_name").as("region_name"),
            col("first.province").as("province"), col("first.admin_level").as("admin_level"),
            col("first.year").as("first_year"), col("first.doc_id").as("first_doc_id"));
  }

  /** (term, year, scope, regions_reporting, regions_reporting_adopted, regions_adopted_cumulative, adoption_share). */
  public static Dataset<Row> adoption(Dataset<Row> documents, Dataset<Row> firstUse, Dataset<Row> terms) {
    Dataset<Row> reporting = regionReports(documents).select("year", "region_code", "province").distinct();
    Dataset<Row> scoped = reporting.select(col("year"), col("region_code"), lit(NATIONAL_SCOPE).as("scope"))
        .unionByName(reporting.filter(col("province").isNotNull())
            .select(col("year"), col("region_code"), col("province").as("scope")));
    Dataset<Row> regionsByScope = scoped.select("region_code", "scope").distinct();
    Dataset<Row> adopters = firstUse.select("term", "region_code", "first_year");

    // Every term in every (year, scope) someone reported in.
    Dataset<Row> grid = scoped.groupBy("year", "scope").agg(countDistinct("region_code").as("regions_reporting"))
        .crossJoin(broadcast(terms.select("term")));
    Dataset<Row> reportingAdopted = scoped.join(adopters, "region_code")
        .filter(col("first_year").leq(col("year")))
        .groupBy("term", "year", "scope").agg(countDistinct("region_code").as("regions_reporting_adopted"));
    Dataset<Row> years = scoped.select("year", "scope").distinct();
    Dataset<Row> cumulative = adopters.join(regionsByScope, "region_code").join(years, "scope")
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
