package org.reportcorpus.jobs.faults;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import java.math.BigInteger;
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
      Set.of("run_id", "started_at", "ended_at", "seconds", "created_at", "model_path", "config_hash",
          "read_at");

  private Fingerprints() {}

  public static String of(Dataset<Row> table) {
    return measure(table).toString();
  }

  public static Fingerprint measure(Dataset<Row> table) {
    Column[] kept = Arrays.stream(table.columns()).filter(c -> !VOLATILE.contains(c)).map(c -> col("`" + c + "`"))
        .toArray(Column[]::new);
    Row row = table.select(xxhash64(to_json(struct(kept))).cast("decimal(38,0)").as("h"))
        .agg(count(lit(1)), sum(col("h"))).first();
    return new Fingerprint(row.getLong(0), row.isNullAt(1) ? BigInteger.ZERO : row.getDecimal(1).toBigInteger());
  }

  /**
   * Rows and the sum of their hashes: additive, so the table after an append of {@code b}'s rows
   * to {@code a} is {@code a.plus(b)}.
   */
  public record Fingerprint(long rows, BigInteger hashSum) {
    public static final Fingerprint EMPTY = new Fingerprint(0, BigInteger.ZERO);

    public Fingerprint plus(Fingerprint other) {
      return new Fingerprint(rows + other.rows, hashSum.add(other.hashSum));
    }

    public Fingerprint times(long n) {
      return new Fingerprint(rows * n, hashSum.multiply(BigInteger.valueOf(n)));
    }

    @Override
    public String toString() {
      return rows + " rows #" + hashSum;
    }
  }
}
