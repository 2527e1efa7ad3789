package org.reportcorpus.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four output formats on literal rows (no Spark): exact text, awkward cells included. */
class OutputFormatTest {

  /** A cell with a tab, a newline, quotes, a comma, a backslash and CJK. */
  static final String AWKWARD = "a\tb\nc \"q\", \\ 中";

  @Test
  void parsesTheFlagAndNamesItOnABadValue() {
    assertEquals(OutputFormat.JSON, OutputFormat.parse("json"));
    assertEquals("table", OutputFormat.TABLE.label());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("xml"));
    assertEquals("--output: expected table, tsv, csv or json but got xml", bad.getMessage());
  }

  @Test
  void tsvKeepsEachRowOnOneLine() {
    String tsv = print(OutputFormat.TSV, List.of("s", "n", "arr", "m"),
        row(AWKWARD, 3, List.of("x", "y"), map("k", 1L)),
        row(null, null, Arrays.asList("x", null), Map.of()));
    assertEquals("s\tn\tarr\tm\n"
        + "a b c \"q\", \\ 中\t3\t[x, y]\t{k: 1}\n"
        + "NULL\tNULL\t[x, NULL]\t{}\n", tsv);
  }

  @Test
  void csvIsRfc4180() {
    String csv = print(OutputFormat.CSV, List.of("s", "n", "arr", "nothing"),
        row(AWKWARD, 3, List.of("x", "y"), null),
        row(null, 1.5, List.of(), ""));
    assertEquals("s,n,arr,nothing\r\n"
        + "\"a\tb\nc \"\"q\"\", \\ 中\",3,\"[x, y]\",\r\n"
        + ",1.5,[],\r\n", csv);
  }

  @Test
  void jsonLinesKeepTypes() {
    Map<Object, Object> struct = map("region_name", "长沙县");
    struct.put("admin_level", null);
    String json = print(OutputFormat.JSON, List.of("s", "i", "d", "dec", "b", "n", "arr", "m", "nan", "day", "at"),
        row(AWKWARD, 42L, 1.5, new BigDecimal("12.50"), true, null, Arrays.asList("a", null), struct,
            Double.NaN, Date.valueOf("2020-01-02"), Timestamp.from(Instant.parse("2020-01-02T03:04:05Z"))),
        row("\u0001\u2028", 7, -0.25f, null, false, null, List.of(List.of(1, 2)), Map.of(), Double.NEGATIVE_INFINITY,
            null, null));
    assertEquals("{\"s\":\"a\\tb\\nc \\\"q\\\", \\\\ 中\",\"i\":42,\"d\":1.5,\"dec\":12.50,\"b\":true,\"n\":null,"
        + "\"arr\":[\"a\",null],\"m\":{\"region_name\":\"长沙县\",\"admin_level\":null},\"nan\":\"NaN\","
        + "\"day\":\"2020-01-02\",\"at\":\"2020-01-02T03:04:05Z\"}\n"
        + "{\"s\":\"\\u0001\u2028\",\"i\":7,\"d\":-0.25,\"dec\":null,\"b\":false,\"n\":null,\"arr\":[[1,2]],\"m\":{},"
        + "\"nan\":\"-Infinity\",\"day\":null,\"at\":null}\n", json);
  }

  @Test
  void tableAlignsByDisplayWidthAndCutsLongCells() {
    String text = print(out -> new TableFormatter(out, 10, 1000), List.of("term", "docs", "note"),
        row("数字政府", 12, null),
        row("放管服", 3, "a\tb\nc"),
        row("一二三四五六七八", 100, List.of("x", "y")));
    assertEquals(String.join("\n",
        "term       | docs | note",
        "-----------+------+-------",
        "数字政府   |   12 | NULL",
        "放管服     |    3 | a b c",
        "一二三四…  |  100 | [x, y]",
        "(3 rows)", ""), text);
  }

  @Test
  void tableStreamsRowsPastTheMeasuredOnesAtTheSameWidths() {
    String text = print(out -> new TableFormatter(out, 40, 2), List.of("w"),
        row("ab"), row("c"), row("defgh"), row("数"));
    assertEquals(String.join("\n", "w", "--", "ab", "c", "d…", "数", "(4 rows)", ""), text);
  }

  @Test
  void tableOfOneRowAndOfNone() {
    assertEquals("n\n-\n1\n(1 row)\n", print(out -> new TableFormatter(out, 40, 1000), List.of("n"), row(1)));
    assertEquals("word | n\n-----+--\n(0 rows)\n", print(out -> new TableFormatter(out, 40, 1000), List.of("word", "n")));
  }

  @Test
  void displayWidthCountsCjkAsTwo() {
    assertEquals(3, DisplayWidth.of("abc"));
    assertEquals(4, DisplayWidth.of("数字"));
    assertEquals(2, DisplayWidth.of("ａ")); // full-width a
    assertEquals(1, DisplayWidth.of("e\u0301")); // e + combining acute
    assertEquals("数字…", DisplayWidth.truncate("数字政府", 5));
    assertEquals("数字…", DisplayWidth.truncate("数字政府", 6));
    assertEquals("数字政府", DisplayWidth.truncate("数字政府", 8));
    assertEquals("ab…", DisplayWidth.truncate("abcdef", 3));
    assertEquals("  12", DisplayWidth.pad("12", 4, true));
    assertEquals("数 ", DisplayWidth.pad("数", 3, false));
  }

  @Test
  void cellTextOfNestedValues() {
    assertEquals("NULL", CellText.of(null));
    assertEquals("[[1, 2], NULL]", CellText.of(Arrays.asList(List.of(1, 2), null)));
    assertEquals("{a: [x], b: NULL}", CellText.of(mapOf("a", List.of("x"), "b", null)));
    assertEquals("AQI=", CellText.of(new byte[] {1, 2}));
    assertEquals("x y z", CellText.oneLine("x\ty\nz"));
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static Map<Object, Object> map(Object key, Object value) {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }

  private static Map<Object, Object> mapOf(Object k1, Object v1, Object k2, Object v2) {
    Map<Object, Object> map = map(k1, v1);
    map.put(k2, v2);
    return map;
  }

  @SafeVarargs
  private static String print(OutputFormat format, List<String> columns, List<Object>... rows) {
    return print(format::formatter, columns, rows);
  }

  @SafeVarargs
  private static String print(java.util.function.Function<PrintStream, ResultFormatter> make, List<String> columns,
      List<Object>... rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ResultFormatter formatter = make.apply(out);
    formatter.header(columns);
    for (List<Object> row : rows) {
      formatter.row(row);
    }
    formatter.finish();
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
