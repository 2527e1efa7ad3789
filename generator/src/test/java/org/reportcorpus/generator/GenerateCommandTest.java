package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code corpus generate}: a bad flag exits with 2 and one line naming it, before anything is written. */
class GenerateCommandTest {

  @TempDir
  Path tmp;

  @Test
  void aBadFlagExitsWithTwoNamesItAndWritesNothing() {
    Path out = tmp.resolve("corpus");
    String terms = Fixtures.terms().toString();
    assertBad("generate: --reports: expected a number from 1 to 1000000 but got 0",
        "--out", out.toString(), "--terms", terms, "--reports", "0");
    assertBad("Invalid value for option '--reports': 'abc' is not an int",
        "--out", out.toString(), "--terms", terms, "--reports", "abc");
    assertBad("generate: --years: expected A-B (e.g. 2015-2024) but got 2015-x",
        "--out", out.toString(), "--terms", terms, "--years", "2015-x");
    assertBad("generate: --topics: expected 0 (off) or a number from 2 to " + PlantedTopics.COUNT + " (the built-in"
        + " topics) but got 1", "--out", out.toString(), "--terms", terms, "--topics", "1");
    assertBad("generate: --terms: no such file: /no/such/terms.tsv", "--out", out.toString(), "--terms",
        "/no/such/terms.tsv");
    assertBad("Missing required option: '--out=DIR'", "--reports", "3");
    assertFalse(Files.exists(out), "nothing is written on a bad flag");
  }

  @Test
  void theUsageListsEveryFlag() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = GenerateCommand.commandLine(new GenerateCommand());
    commandLine.setOut(new PrintWriter(out, true));
    assertEquals(0, commandLine.execute("--help"));
    for (String flag : new String[] {"--out=DIR", "--reports=N", "--years=A-B", "--seed=S", "--terms=FILE",
        "--overwrite", "--no-slogans", "--topics=K", "default 300", "default 2015-2024", "gives the same bytes"}) {
      assertTrue(out.toString().contains(flag), flag + " in\n" + out);
    }
  }

  private static void assertBad(String message, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = GenerateCommand.commandLine(new GenerateCommand());
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(GenerateCommand.USAGE_ERROR, commandLine.execute(args), err.toString());
    assertTrue(err.toString().contains(message), err.toString());
  }
}
