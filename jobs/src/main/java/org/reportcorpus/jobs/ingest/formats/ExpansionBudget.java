package org.reportcorpus.jobs.ingest.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * What an archive (a .zip and the archives inside it, or a .docx package) may inflate to:
 * entries and bytes counted as they are actually inflated — declared sizes can lie — so a zip
 * bomb stops at the limit instead of filling memory.
 */
final class ExpansionBudget {

  /** The archive passed a limit: it is rejected as a whole ({@code too_large}). */
  static final class Exceeded extends Exception {
    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  /** An entry's bytes, or {@code overLimit} when it inflated past the per-entry limit (bytes then null). */
  record EntryBytes(byte[] bytes, boolean overLimit) {}

  private static final int CHUNK = 64 * 1024;

  private final long maxBytes;
  private final int maxEntries;
  private long bytes;
  private int entries;

  ExpansionBudget(long maxBytes, int maxEntries) {
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  void addEntry() throws Exceeded {
    if (++entries > maxEntries) {
      throw new Exceeded("more than " + maxEntries + " entries (" + IngestSettings.MAX_ARCHIVE_ENTRIES + ")");
    }
  }

  /** Reads an entry into memory, stopping past {@code entryLimit} bytes. */
  EntryBytes read(InputStream in, long entryLimit) throws IOException, Exceeded {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long read = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      count(n);
      read += n;
      if (read > entryLimit) {
        return new EntryBytes(null, true);
      }
      out.write(chunk, 0, n);
    }
    return new EntryBytes(out.toByteArray(), false);
  }

  /** Inflates an entry without keeping it, only to count it. */
  void drain(InputStream in) throws IOException, Exceeded {
    byte[] chunk = new byte[CHUNK];
    int n;
    while ((n = in.read(chunk)) > 0) {
      count(n);
    }
  }

  long bytes() {
    return bytes;
  }

  private void count(int n) throws Exceeded {
    bytes += n;
    if (bytes > maxBytes) {
      throw new Exceeded("inflates to more than " + maxBytes + " bytes (" + IngestSettings.MAX_EXPANDED_BYTES
          + "): a zip bomb?");
    }
  }
}
