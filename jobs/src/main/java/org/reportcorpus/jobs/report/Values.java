package org.reportcorpus.jobs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A result row as plain values the report embeds: whole numbers as Long, fractions as Double
 * rounded to {@value #DECIMALS} decimals (so that the last bits of a floating-point sum never
 * change the report's bytes), text as String, null as null.
 */
public final class Values {

  static final int DECIMALS = 6;

  private Values() {}

  public static List<Object> of(Row row) {
    List<Object> values = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      values.add(value(row.isNullAt(i) ? null : row.get(i)));
    }
    return values;
  }

  static Object value(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
      return round(((Number) raw).doubleValue());
    }
    if (raw instanceof Boolean) {
      return raw;
    }
    return raw.toString();
  }

  /** {@code value} rounded half-up to {@value #DECIMALS} decimals; NaN and infinities become null. */
  public static Double round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    double rounded = new BigDecimal(Double.toString(value)).setScale(DECIMALS, java.math.RoundingMode.HALF_UP)
        .doubleValue();
    return rounded == 0.0 ? 0.0 : rounded; // no -0.0
  }
}
