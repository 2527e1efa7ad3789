package org.reportcorpus.jobs.faults;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.Arrays;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A table's contents in one short string: its row count and an order-free checksum of its rows,
 * without the columns that differ between two runs over the same input (run ids, timestamps,
 * durations, model paths). Equal fingerprints, equal tables (up to a 64-bit hash collision).
 */
public final class Fingerprints {

  /** As scripts/dump-tables leaves out. */
  public static final Set<String> VOLATILE =
      Set.of("run_id", "started_at", "ended_at", "seconds", "created_at", "model_path", "config_hash");

  private Fingerprints() {}

  public static String of(Dataset<Row> table) {
    Column[] kept = Arrays.stream(table.columns()).filter(c -> !VOLATILE.contains(c)).map(c -> col("`" + c + "`"))
        .toArray(Column[]::new);
    Row row = table.select(xxhash64(to_json(struct(kept))).cast("decimal(38,0)").as("h"))
        .agg(count(lit(1)), sum(col("h"))).first();
    return row.getLong(0) + " rows #" + (row.isNullAt(1) ? "0" : row.getDecimal(1).toPlainString());
  }
}
