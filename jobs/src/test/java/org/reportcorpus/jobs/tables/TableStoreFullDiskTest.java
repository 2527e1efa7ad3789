package org.reportcorpus.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * A full disk ends a table write in one message naming the table, whether the write task said so
 * (an exception) or the driver's own write did: Hadoop's local file system reports a full disk on
 * the driver (Delta's commit file) as {@code FSError}, an {@link Error}. Only the task's kind was
 * named until bin/test-faults, on another machine, filled the disk at the commit.
 */
class TableStoreFullDiskTest {

  @TempDir
  Path warehouse;

  /** What RawLocalFileSystem throws when a write finds the disk full (its constructor is not public). */
  static final class DiskFull extends Error {
    DiskFull() {
      super(new IOException("No space left on device"));
    }
  }

  @Test
  void aFullDiskOnTheDriverNamesTheTable() {
    TableStore store = new TableStore(SharedSpark.get(), warehouse.toString(), "delta");
    TableWriteException error = assertThrows(TableWriteException.class,
        () -> store.commit(TableStoreUpsertTest.SOURCES, rows(), staged -> {
          throw new DiskFull();
        }));
    assertEquals("table upsert_probe: no space left on the device of " + store.path(TableStoreUpsertTest.SOURCES)
        + "; its previous version is intact", error.getMessage());
  }

  @Test
  void otherErrorsPassAsTheyAre() {
    TableStore store = new TableStore(SharedSpark.get(), warehouse.toString(), "delta");
    OutOfMemoryError thrown = new OutOfMemoryError("Java heap space");
    assertSame(thrown, assertThrows(OutOfMemoryError.class,
        () -> store.commit(TableStoreUpsertTest.SOURCES, rows(), staged -> {
          throw thrown;
        })));
  }

  private static Dataset<Row> rows() {
    SparkSession spark = SharedSpark.get();
    return spark.createDataFrame(List.of(RowFactory.create("d1", List.of("a.pdf"), 1)),
        TableStoreUpsertTest.SOURCES.schema());
  }
}
