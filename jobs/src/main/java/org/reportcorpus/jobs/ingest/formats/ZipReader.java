package org.reportcorpus.jobs.ingest.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * A .zip archive → the outcomes of its entries, each read by its own format; an entry's source
 * path is {@code archive.zip!/dir/entry.txt} (nested: {@code a.zip!/b.zip!/c.txt}).
 *
 * <p>Everything stays in memory — the archive is read where it lies, entries one at a time, and
 * nothing is written to disk. Limits: an entry larger than {@code corpus.ingest.max_file_bytes}
 * is rejected alone ({@code too_large}); an archive with more entries than
 * {@code corpus.ingest.max_archive_entries}, or whose entries (with those of the archives inside
 * it) inflate past {@code corpus.ingest.max_expanded_bytes}, is a zip bomb: the whole archive is
 * one {@code too_large} reject and none of its documents are kept. Archives nest at most
 * {@code corpus.ingest.max_archive_depth} deep. Directories and macOS metadata
 * ({@code __MACOSX/}, {@code ._name}) are not files and are skipped.
 */
final class ZipReader {

  /** Reads one (non-archive) entry by its format. */
  interface EntryReader {
    List<ReadOutcome> read(String entryPath, byte[] bytes);
  }

  private final IngestSettings settings;
  private final EntryReader entryReader;

  ZipReader(IngestSettings settings, EntryReader entryReader) {
    this.settings = settings;
    this.entryReader = entryReader;
  }

  List<ReadOutcome> read(String path, byte[] bytes) {
    ExpansionBudget budget = new ExpansionBudget(settings.maxExpandedBytes(), settings.maxArchiveEntries());
    try {
      return readArchive(path, bytes, 1, budget);
    } catch (ExpansionBudget.Exceeded e) {
      return List.of(ReadOutcome.reject(path, RejectReason.TOO_LARGE, "archive " + e.getMessage()));
    }
  }

  private List<ReadOutcome> readArchive(String path, byte[] bytes, int depth, ExpansionBudget budget)
      throws ExpansionBudget.Exceeded {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (ZipFile zip = InMemoryZip.open(bytes)) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        String name = InMemoryZip.entryName(entry);
        if (entry.isDirectory() || isMacMetadata(name)) {
          continue;
        }
        budget.addEntry();
        outcomes.addAll(readEntry(zip, entry, path + "!/" + name, depth, budget));
      }
    } catch (IOException | RuntimeException e) {
      return List.of(ReadOutcome.reject(path, RejectReason.PARSE_ERROR, "not a readable zip archive: " + Failures.describe(e)));
    }
    if (outcomes.isEmpty()) {
      outcomes.add(ReadOutcome.reject(path, RejectReason.EMPTY, "archive holds no files"));
    }
    return outcomes;
  }

  private List<ReadOutcome> readEntry(ZipFile zip, ZipArchiveEntry entry, String entryPath, int depth,
      ExpansionBudget budget) throws ExpansionBudget.Exceeded {
    SourceFormat format = SourceFormat.ofPath(entryPath);
    if (format == null) {
      return reject(entryPath, RejectReason.UNSUPPORTED_FORMAT, "extension not supported");
    }
    if (format == SourceFormat.ZIP && depth + 1 > settings.maxArchiveDepth()) {
      return reject(entryPath, RejectReason.UNSUPPORTED_FORMAT, "archive nested more than "
          + settings.maxArchiveDepth() + " deep (" + IngestSettings.MAX_ARCHIVE_DEPTH + ")");
    }
    if (!zip.canReadEntryData(entry)) {
      return entry.getGeneralPurposeBit().usesEncryption()
          ? reject(entryPath, RejectReason.PARSE_ERROR, "encrypted zip entry")
          : reject(entryPath, RejectReason.UNSUPPORTED_FORMAT, "zip compression method "
              + ZipMethod.getMethodByCode(entry.getMethod()) + " not supported");
    }
    if (entry.getSize() > settings.maxFileBytes()) {
      return reject(entryPath, RejectReason.TOO_LARGE, entry.getSize() + " bytes > limit "
          + settings.maxFileBytes() + " (corpus.ingest.max_file_bytes)");
    }
    ExpansionBudget.EntryBytes data;
    try (InputStream in = zip.getInputStream(entry)) {
      data = budget.read(in, settings.maxFileBytes());
    } catch (IOException | RuntimeException e) {
      return reject(entryPath, RejectReason.PARSE_ERROR, "damaged zip entry: " + Failures.describe(e));
    }
    if (data.overLimit()) {
      return reject(entryPath, RejectReason.TOO_LARGE, "inflates past " + settings.maxFileBytes()
          + " bytes (corpus.ingest.max_file_bytes)");
    }
    if (data.bytes().length == 0) {
      return reject(entryPath, RejectReason.EMPTY, "zero-byte entry");
    }
    if (format == SourceFormat.ZIP) {
      return readArchive(entryPath, data.bytes(), depth + 1, budget);
    }
    return entryReader.read(entryPath, data.bytes());
  }

  private static boolean isMacMetadata(String name) {
    return name.startsWith("__MACOSX/") || name.contains("/._") || name.startsWith("._");
  }

  private static List<ReadOutcome> reject(String path, String reason, String detail) {
    return List.of(ReadOutcome.reject(path, reason, detail));
  }
}
