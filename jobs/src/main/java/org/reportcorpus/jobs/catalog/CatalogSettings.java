package org.reportcorpus.jobs.catalog;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.jobs.config.CorpusConfig;

/**
 * Where a session keeps its table definitions ({@value #CATALOG}):
 *
 * <ul>
 *   <li>{@code session} (default): Spark's in-memory catalog; every session registers the
 *       warehouse's tables again (database {@code corpus}), and anything else created in it is gone
 *       when it ends.
 *   <li>{@code hive}: Spark's Hive catalog over an embedded Derby metastore inside the warehouse
 *       ({@code <warehouse>/_catalog/metastore_db}), so views and tables users create survive
 *       between sessions. Embedded Derby admits one JVM at a time: a second {@code bin/corpus} on
 *       the same warehouse fails while the first runs. Needs a local warehouse (Derby writes
 *       files) and Spark's Hive classes (bin/corpus has them; the cluster jar does not ship them —
 *       a cluster brings its own metastore).
 * </ul>
 */
public record CatalogSettings(String kind, Path catalogDir) {

  public static final String CATALOG = "corpus.catalog";
  public static final List<String> KINDS = List.of("session", "hive");
  /** A folder of the warehouse that holds no table. */
  public static final String CATALOG_FOLDER = "_catalog";
  static final String HIVE_STATE_BUILDER = "org.apache.spark.sql.hive.HiveSessionStateBuilder";

  public static CatalogSettings fromConfig(CorpusConfig config) {
    String kind = config.getChoice(CATALOG, "session", KINDS);
    if (kind.equals("session")) {
      return new CatalogSettings(kind, null);
    }
    String warehouse = config.warehouse();
    if (warehouse.contains("://") && !warehouse.startsWith("file:")) {
      throw CorpusConfig.invalid(CATALOG, "session with a warehouse that is not a local folder (the hive catalog's"
          + " embedded Derby metastore writes local files; register a remote warehouse with bin/corpus ddl)", kind);
    }
    Path local = Paths.get(warehouse.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
    return new CatalogSettings(kind, local.resolve(CATALOG_FOLDER));
  }

  public boolean hive() {
    return kind.equals("hive");
  }

  /**
   * The Spark settings of the catalog (none for {@code session}): Hive catalog, Derby metastore
   * and derby.log in {@link #catalogDir}, and managed tables (CREATE TABLE without LOCATION) in
   * its {@code managed} folder rather than the working directory.
   */
  public Map<String, String> sparkSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (hive()) {
      settings.put("spark.sql.catalogImplementation", "hive");
      settings.put("spark.hadoop.javax.jdo.option.ConnectionURL",
          "jdbc:derby:;databaseName=" + catalogDir.resolve("metastore_db") + ";create=true");
      settings.put("spark.sql.warehouse.dir", catalogDir.resolve("managed").toString());
    }
    return settings;
  }

  /** Adds the catalog's settings of {@code config} to a session being built (Sessions.create). */
  public static void configure(org.apache.spark.sql.SparkSession.Builder builder, CorpusConfig config) {
    CatalogSettings catalog = fromConfig(config);
    catalog.prepareJvm();
    catalog.sparkSettings().forEach(builder::config);
  }

  /** Before the session starts: checks the Hive classes are there and points Derby's home (derby.log) at the catalog. */
  public void prepareJvm() {
    if (!hive()) {
      return;
    }
    try {
      Class.forName(HIVE_STATE_BUILDER);
    } catch (ClassNotFoundException e) {
      throw CorpusConfig.invalid(CATALOG, "session here: Spark's Hive classes (spark-hive) are not on the classpath",
          kind);
    }
    System.setProperty("derby.system.home", catalogDir.toString());
  }
}
