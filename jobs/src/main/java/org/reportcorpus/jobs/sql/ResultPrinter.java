package org.reportcorpus.jobs.sql;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints a result as a header line and tab-separated rows, streaming (no collect). */
public final class ResultPrinter {

  private ResultPrinter() {}

  public static long print(Dataset<Row> result, PrintStream out) {
    out.println(String.join("\t", result.columns()));
    long rows = 0;
    Iterator<Row> it = result.toLocalIterator();
    while (it.hasNext()) {
      Row row = it.next();
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length(); i++) {
        if (i > 0) {
          line.append('\t');
        }
        line.append(cell(row.get(i)));
      }
      out.println(line);
      rows++;
    }
    out.flush();
    return rows;
  }

  static String cell(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      return "[" + String.join(", ", scala.jdk.javaapi.CollectionConverters.asJava(seq).stream()
          .map(ResultPrinter::cell).toList()) + "]";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(ResultPrinter::cell).toList()) + "]";
    }
    // Tabs and newlines inside a cell would break the tsv.
    return value.toString().replace('\t', ' ').replace('\n', ' ');
  }
}
