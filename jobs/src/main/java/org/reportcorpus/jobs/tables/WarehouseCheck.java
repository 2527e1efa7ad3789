package org.reportcorpus.jobs.tables;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check a writing job makes of its warehouse before it starts Spark, so that an unwritable
 * folder or a full disk is one line naming the path, not a stack trace after half the tables.
 * Local folders only: a Hadoop address (hdfs://, s3a://) is checked by its first write, which
 * Delta commits atomically.
 */
public final class WarehouseCheck {

  private WarehouseCheck() {}

  /**
   * Creates the warehouse folder if needed, writes and deletes a probe file in it, and checks that
   * its disk has at least {@code minFreeBytes} free; throws {@link TableWriteException} otherwise.
   */
  public static void writable(String warehouse, long minFreeBytes) {
    Path folder = localPath(warehouse);
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException | SecurityException e) {
      throw new TableWriteException("--warehouse: cannot create " + folder + " (" + reason(e) + "); no table was changed");
    }
    Path probe = folder.resolve(".write-probe-" + ProcessHandle.current().pid());
    try {
      Files.write(probe, new byte[] {1});
    } catch (IOException | SecurityException e) {
      throw new TableWriteException("--warehouse: cannot write in " + folder + " (" + reason(e) + "); no table was changed");
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException e) {
        // the probe write failed too, and said why
      }
    }
    try {
      FileStore store = Files.getFileStore(folder);
      long free = store.getUsableSpace();
      if (free < minFreeBytes) {
        throw new TableWriteException(String.format("--warehouse: only %d MB free on the disk of %s, less than"
            + " corpus.warehouse.min_free_mb=%d; no table was changed", free >> 20, folder, minFreeBytes >> 20));
      }
    } catch (IOException e) {
      throw new TableWriteException("--warehouse: cannot read the free space of " + folder + " (" + reason(e) + ")");
    }
  }

  /** The local folder of a warehouse path or file: URI; null for any other file system. */
  static Path localPath(String warehouse) {
    if (warehouse.startsWith("file:")) {
      return Path.of(URI.create(warehouse)).toAbsolutePath();
    }
    if (warehouse.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return null;
    }
    return Path.of(warehouse).toAbsolutePath();
  }

  private static String reason(Exception e) {
    String name = e.getClass().getSimpleName();
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
        : e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
