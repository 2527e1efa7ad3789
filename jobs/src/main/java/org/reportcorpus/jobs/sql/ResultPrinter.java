package org.reportcorpus.jobs.sql;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Prints a result in an {@link OutputFormat}, streaming: rows come one partition at a time
 * ({@code toLocalIterator}, never a collect of the whole result), each turned into plain Java
 * values for the format's {@link ResultFormatter}.
 */
public final class ResultPrinter {

  private ResultPrinter() {}

  /** As tsv: a header line and tab-separated rows. */
  public static long print(Dataset<Row> result, PrintStream out) {
    return print(result, OutputFormat.TSV, out);
  }

  /** @return the number of rows printed */
  public static long print(Dataset<Row> result, OutputFormat format, PrintStream out) {
    ResultFormatter formatter = format.formatter(out);
    Iterator<Row> it = result.toLocalIterator();
    it.hasNext(); // runs the first job: a query that fails at once prints no header
    formatter.header(List.of(result.columns()));
    long rows = 0;
    while (it.hasNext()) {
      formatter.row(cells(it.next()));
      rows++;
    }
    formatter.finish();
    return rows;
  }

  /** A row's cells as plain Java values: arrays → List, maps → Map, structs → Map by field name. */
  static List<Object> cells(Row row) {
    List<Object> cells = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      cells.add(plain(row.get(i)));
    }
    return cells;
  }

  static Object plain(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      List<Object> list = new ArrayList<>(seq.size());
      CollectionConverters.asJava(seq).forEach(element -> list.add(plain(element)));
      return list;
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<Object, Object> plain = new LinkedHashMap<>();
      CollectionConverters.asJava(map).forEach((key, element) -> plain.put(plain(key), plain(element)));
      return plain;
    }
    if (value instanceof Row struct) {
      StructType schema = struct.schema();
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < struct.length(); i++) {
        fields.put(schema == null ? "_" + (i + 1) : schema.fields()[i].name(), plain(struct.get(i)));
      }
      return fields;
    }
    return value;
  }
}
