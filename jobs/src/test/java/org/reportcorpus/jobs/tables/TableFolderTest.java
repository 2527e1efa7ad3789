package org.reportcorpus.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a table folder is, including what a killed first write leaves (found by bin/test-faults). */
class TableFolderTest {

  @TempDir
  Path dir;

  private String format(Path folder) throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    return TableStore.formatAt(fs, new org.apache.hadoop.fs.Path(folder.toUri()));
  }

  @Test
  void aLogFolderWithoutACommitIsNoTable() throws IOException {
    Path table = dir.resolve("rejects");
    Files.createDirectories(table.resolve("_delta_log/_staged_commits"));
    Files.writeString(table.resolve("part-00000.snappy.parquet"), "data files written, never committed");
    assertNull(format(table));
  }

  @Test
  void aFirstCommitOrACheckpointMakesADeltaTable() throws IOException {
    Path committed = dir.resolve("a");
    Files.createDirectories(committed.resolve("_delta_log"));
    Files.writeString(committed.resolve("_delta_log/00000000000000000000.json"), "{}");
    assertEquals("delta", format(committed));
    Path cleaned = dir.resolve("b"); // old commits removed after a checkpoint
    Files.createDirectories(cleaned.resolve("_delta_log"));
    Files.writeString(cleaned.resolve("_delta_log/_last_checkpoint"), "{}");
    assertEquals("delta", format(cleaned));
  }

  @Test
  void parquetNeedsItsSuccessMarker() throws IOException {
    Path table = dir.resolve("t");
    Files.createDirectories(table);
    Files.writeString(table.resolve("part-00000.parquet"), "x");
    assertNull(format(table));
    Files.writeString(table.resolve("_SUCCESS"), "");
    assertEquals("parquet", format(table));
    assertNull(format(dir.resolve("missing")));
  }
}
