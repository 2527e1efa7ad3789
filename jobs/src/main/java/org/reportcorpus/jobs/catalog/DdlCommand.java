package org.reportcorpus.jobs.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/corpus ddl}: prints the SQL that registers the warehouse's tables (those that exist,
 * by their folders) in another catalog — an existing metastore, a Databricks workspace, a Spark
 * Thrift server — with column types and comments from {@link Tables} and fully qualified
 * locations. Reads only the file system: no Spark session starts.
 */
@Command(name = "ddl", mixinStandardHelpOptions = true,
    description = "print CREATE statements (with column comments) that register the warehouse's tables in any Spark SQL catalog")
public final class DdlCommand extends JobCommand {

  @Override
  protected boolean writesTables() {
    return false; // reads the tables: a read-only warehouse is fine
  }

  @Option(names = "--database", paramLabel = "NAME", description = "database to register the tables in (default ${DEFAULT-VALUE})")
  String database = Tables.DATABASE;

  @Option(names = "--location", paramLabel = "URI",
      description = "the warehouse's URI as the catalog sees it, if not the --warehouse path (e.g. a mount)")
  String location;

  public static void main(String[] args) {
    JobCommand.main(new DdlCommand(), args);
  }

  @Override
  public Integer call() {
    CorpusOptions options = common.options();
    System.out.print(Ddl.script(statements(options, database, location)));
    System.out.flush();
    return 0;
  }

  /** The statements for the warehouse of {@code options}; {@code location} replaces its qualified path if given. */
  public static List<String> statements(CorpusOptions options, String database, String location) {
    Ddl.checkDatabase(database);
    Configuration hadoop = new Configuration();
    // As Spark does: spark.hadoop.* settings configure the file systems (credentials, endpoints).
    options.common().sparkSettings().forEach((key, value) -> {
      if (key.startsWith("spark.hadoop.")) {
        hadoop.set(key.substring("spark.hadoop.".length()), value);
      }
    });
    try {
      Path warehouse = new Path(options.warehouse());
      FileSystem fs = warehouse.getFileSystem(hadoop);
      warehouse = fs.makeQualified(warehouse);
      String base = location != null ? location.replaceAll("/+$", "") : warehouse.toString();
      Map<TableDef, String> present = new LinkedHashMap<>();
      Map<TableDef, String> locations = new LinkedHashMap<>();
      for (TableDef table : Tables.ALL) {
        String format = TableStore.formatAt(fs, new Path(warehouse, table.name()));
        if (format != null) {
          present.put(table, format);
          locations.put(table, base + "/" + table.name());
        }
      }
      if (present.isEmpty()) {
        throw new IllegalArgumentException("--warehouse: no tables in " + warehouse + "; run bin/corpus pipeline first");
      }
      return Ddl.statements(database, present, locations);
    } catch (IOException e) {
      throw new UncheckedIOException("--warehouse: cannot read " + options.warehouse(), e);
    }
  }
}
