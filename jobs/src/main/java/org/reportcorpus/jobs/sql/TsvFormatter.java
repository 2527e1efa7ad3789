package org.reportcorpus.jobs.sql;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** A header line and tab-separated rows (what scripts/dump-tables parses). */
final class TsvFormatter implements ResultFormatter {

  private final PrintStream out;

  TsvFormatter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void header(List<String> columns) {
    out.println(String.join("\t", columns));
  }

  @Override
  public void row(List<?> cells) {
    out.println(cells.stream().map(CellText::oneLine).collect(Collectors.joining("\t")));
  }

  @Override
  public void finish() {
    out.flush();
  }
}
