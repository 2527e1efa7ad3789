package org.reportcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/corpus sql} with statements on standard input, as a script would run it: the rows of
 * the good statements on stdout, the syntax error as one line on stderr, exit code 0.
 *
 * <p>Starts bin/corpus (a JVM and a Spark session, several seconds), which runs from the cli jar
 * and the classpath files of the package phase, so it runs in this module's verify phase (see
 * cli/pom.xml), after them.
 */
class SqlShellLauncherTest {

  @TempDir
  Path tmp;

  @Test
  void aScriptOnStandardInputPrintsRowsSurvivesASyntaxErrorAndExitsZero() throws Exception {
    Path script = tmp.resolve("script.sql");
    Files.writeString(script, "SELECT 1 AS one;\nSELEC 2;\n-- after the error\nSELECT '数字政府' AS term,\n  2 AS n;\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process corpus = new ProcessBuilder(RepoPaths.root().resolve("bin/corpus").toString(), "sql",
        "--warehouse", tmp.resolve("warehouse").toString())
        .redirectInput(script.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(corpus.waitFor(5, TimeUnit.MINUTES), "bin/corpus sql did not end");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, corpus.exitValue(), stderr);
    assertEquals("one\n1\nterm\tn\n数字政府\t2\n", Files.readString(out, StandardCharsets.UTF_8), stderr);
    List<String> errors = stderr.lines().filter(line -> line.startsWith("error: ")).toList();
    assertEquals(1, errors.size(), stderr);
    assertTrue(errors.get(0).startsWith("error: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'"), stderr);
    assertTrue(stderr.lines().noneMatch(line -> line.startsWith("\tat ")), "no stack trace:\n" + stderr);
  }
}
