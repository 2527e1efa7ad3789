package org.reportcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpus.catalog=hive keeps what one session creates for the next: two bin/corpus sql runs, each
 * its own JVM (a session cannot switch its catalog, and embedded Derby admits one JVM at a time),
 * on the same warehouse — the first creates a view, the second queries it.
 */
class HiveCatalogTest {

  @TempDir
  Path warehouse;

  @Test
  void aViewCreatedInOneSessionIsThereInTheNext() throws Exception {
    String created = corpusSql("CREATE DATABASE IF NOT EXISTS mine",
        "CREATE VIEW mine.answer COMMENT 'kept between sessions' AS SELECT 41 + 1 AS answer");
    assertTrue(Files.isDirectory(warehouse.resolve("_catalog/metastore_db")), created);
    String queried = corpusSql("SELECT answer FROM mine.answer");
    assertEquals("answer\n42\n", queried);
  }

  private String corpusSql(String... statements) throws IOException, InterruptedException {
    Path javaHome = Paths.get(System.getProperty("java.home"));
    List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(),
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
        "-Dcorpus.home=" + RepoPaths.root(),
        "-Dlog4j2.configurationFile=" + RepoPaths.root().resolve("conf/log4j2.properties"),
        "-cp", System.getProperty("java.class.path"), CorpusCli.class.getName(),
        "sql", "--warehouse", warehouse.toString(), "--set", "corpus.catalog=hive", "--set", "spark.master=local[1]"));
    for (String statement : statements) {
      command.add("-e");
      command.add(statement);
    }
    Path log = warehouse.resolveSibling(warehouse.getFileName() + "-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "bin/corpus sql did not end");
    assertEquals(0, process.exitValue(), out + Files.readString(log, StandardCharsets.UTF_8));
    return out;
  }
}
