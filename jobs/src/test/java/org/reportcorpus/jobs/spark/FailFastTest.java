package org.reportcorpus.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.tables.TableWriteException;
import org.reportcorpus.jobs.tables.WarehouseCheck;
import picocli.CommandLine;

/**
 * A missing input, an unwritable warehouse or a disk without room stop a writing job with one
 * line naming the path before any session starts, so no table can have changed (a job that reached
 * Spark here would print Spark's start-up log and take seconds, not fail this way).
 */
class FailFastTest {

  @TempDir
  Path dir;

  @Test
  void aMissingInputIsOneLineNamingIt() throws IOException {
    Path warehouse = dir.resolve("warehouse");
    Result result = run(new PipelineJob.Command(), "--input", dir.resolve("no-such-folder").toString(),
        "--warehouse", warehouse.toString());
    assertEquals(JobCommand.USAGE_ERROR, result.code());
    assertEquals(List.of("pipeline: --input: no such file or folder: " + dir.resolve("no-such-folder")), result.lines());
    assertFalse(Files.exists(warehouse), "nothing was written");
  }

  @Test
  void aWarehouseThatCannotBeCreatedIsOneLineNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path warehouse = file.resolve("warehouse"); // under a file: not creatable, even by root
    Result result = run(new IngestJob.Command(), "--input", file.toString(), "--warehouse", warehouse.toString());
    assertEquals(1, result.code());
    assertEquals(1, result.lines().size(), result.lines().toString());
    assertTrue(result.lines().get(0).startsWith("ingest: --warehouse: cannot create " + warehouse + " ("),
        result.lines().get(0));
    assertTrue(result.lines().get(0).endsWith("; no table was changed"), result.lines().get(0));
  }

  @Test
  void tooLittleFreeSpaceIsOneLineNamingTheDisk() throws IOException {
    Path input = Files.writeString(dir.resolve("r.txt"), "x");
    Path warehouse = dir.resolve("warehouse");
    Result result = run(new PipelineJob.Command(), "--input", input.toString(), "--warehouse", warehouse.toString(),
        "--set", "corpus.warehouse.min_free_mb=1000000000");
    assertEquals(1, result.code());
    assertEquals(1, result.lines().size(), result.lines().toString());
    assertTrue(result.lines().get(0).matches("pipeline: --warehouse: only \\d+ MB free on the disk of "
        + java.util.regex.Pattern.quote(warehouse.toString())
        + ", less than corpus.warehouse.min_free_mb=1000000000; no table was changed"), result.lines().get(0));
    try (Stream<Path> left = Files.list(warehouse)) {
      assertEquals(0, left.count(), "the probe file is gone and nothing else was written");
    }
  }

  @Test
  void theCheckCreatesTheFolderAndLeavesNothingBehind() throws IOException {
    Path warehouse = dir.resolve("new/warehouse");
    WarehouseCheck.writable(warehouse.toString(), 0);
    assertTrue(Files.isDirectory(warehouse));
    try (Stream<Path> left = Files.list(warehouse)) {
      assertEquals(0, left.count());
    }
    WarehouseCheck.writable("file:" + warehouse, 0); // a file: address is the same folder
  }

  @Test
  void otherFileSystemsAreLeftToTheirFirstWrite() {
    WarehouseCheck.writable("hdfs://namenode:8020/corpus/warehouse", Long.MAX_VALUE);
    WarehouseCheck.writable("s3a://bucket/warehouse", Long.MAX_VALUE);
    Path file = dir.resolve("f");
    assertThrows(TableWriteException.class, () -> {
      Files.writeString(file, "x");
      WarehouseCheck.writable(file.toString(), 0);
    });
  }

  private record Result(int code, List<String> lines) {}

  private static Result run(Object command, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = JobCommand.commandLine(command);
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    int code = commandLine.execute(args);
    return new Result(code, err.toString().lines().toList());
  }
}
