package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.JobCommand;
import picocli.CommandLine;

/** The report's flags: checked before Spark, --terms is the list of terms to draw. */
class ReportJobTest {

  @Test
  void termsAreAListOfTermsToDraw() {
    ReportJob job = new ReportJob();
    new CommandLine(job).parseArgs("--terms", "数字政府, 放管服,数字政府", "--out", "r.html", "--year", "2023");
    ReportRequest request = ReportJob.request(job.year, job.compareTo, job.scope, job.terms);
    assertEquals(List.of("数字政府", "放管服"), request.terms());
    assertEquals(2023, request.year());
    assertTrue(request.scope().national());
  }

  @Test
  void badFlagsExitTwoNamingTheFlag() {
    assertBad("--year: expected a year between 1949 and 2100 but got 3000", "--year", "3000", "--out", "r.html");
    assertBad("--compare-to: expected a year other than --year 2020", "--year", "2020", "--compare-to", "2020",
        "--out", "r.html");
    assertBad("--scope: expected a province's name or GB/T 2260 code after province: but got 99",
        "--scope", "province:99", "--out", "r.html");
    assertBad("Missing required option: '--out=FILE.html'", "--year", "2020");
  }

  @Test
  void requestChecksWithoutACommandLine() {
    assertThrows(IllegalArgumentException.class, () -> ReportJob.request(null, null, "national", List.of(" ", "")));
  }

  private static void assertBad(String message, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = JobCommand.commandLine(new ReportJob());
    commandLine.setErr(new PrintWriter(err));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    assertEquals(JobCommand.USAGE_ERROR, commandLine.execute(args));
    assertTrue(err.toString().contains(message), err.toString());
  }
}
