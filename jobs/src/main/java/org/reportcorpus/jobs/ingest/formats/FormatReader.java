package org.reportcorpus.jobs.ingest.formats;

import java.util.List;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * Reads a file's (or an archive entry's) bytes with the reader of its format, chosen by
 * extension; see {@link SourceFormat}. Never throws for bad input: whatever a reader throws
 * becomes a {@code runtime_error} reject of that file or entry alone. Cheap to create: it holds
 * only the settings; parsers live in per-JVM holders.
 */
public final class FormatReader {

  private final IngestSettings settings;

  public FormatReader(IngestSettings settings) {
    this.settings = settings;
  }

  /** The reject a file gets from its name and size alone, or null when it is worth reading. */
  public ReadOutcome precheck(String path, long size) {
    if (SourceFormat.ofPath(path) == null) {
      return ReadOutcome.reject(path, RejectReason.UNSUPPORTED_FORMAT, "extension not supported");
    }
    if (size == 0) {
      return ReadOutcome.reject(path, RejectReason.EMPTY, "zero-byte file");
    }
    if (size > settings.maxFileBytes()) {
      return ReadOutcome.reject(path, RejectReason.TOO_LARGE,
          size + " bytes > limit " + settings.maxFileBytes() + " (" + ConfigKeys.MAX_FILE_BYTES + ")");
    }
    return null;
  }

  /**
   * A file's documents or rejects; a file whose reading uses more CPU time than
   * {@code corpus.ingest.parse_timeout_s} (an archive: all its entries together) is one
   * {@code timeout} reject.
   */
  public List<ReadOutcome> read(String path, byte[] bytes) {
    return ParseDeadline.within(settings.parseTimeoutSeconds(), () -> readNow(path, bytes),
        () -> List.of(ReadOutcome.reject(path, RejectReason.TIMEOUT, "reading took longer than "
            + settings.parseTimeoutSeconds() + " s of CPU (" + IngestSettings.PARSE_TIMEOUT_S + "); abandoned")));
  }

  private List<ReadOutcome> readNow(String path, byte[] bytes) {
    ReadOutcome precheck = precheck(path, bytes.length);
    if (precheck != null) {
      return List.of(precheck);
    }
    try {
      return switch (SourceFormat.ofPath(path)) {
        case TXT -> new PlainTextReader().read(path, bytes);
        case HTML -> new HtmlReader(settings).read(path, bytes, SourceFormat.HTML.label());
        case PDF -> new TikaReader(settings).read(path, bytes, SourceFormat.PDF);
        case DOCX -> new TikaReader(settings).read(path, bytes, SourceFormat.DOCX);
        case DOC -> new TikaReader(settings).read(path, bytes, SourceFormat.DOC);
        case JSONL -> new JsonlReader(settings).read(path, bytes);
        case CSV -> new CsvReader(settings).read(path, bytes);
        case ZIP -> new ZipReader(settings, this::readNow).read(path, bytes);
      };
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      // A reader bug or a resource error on this input: the file (or entry) alone is rejected.
      return List.of(ReadOutcome.reject(path, RejectReason.RUNTIME_ERROR, Failures.describe(e)));
    }
  }
}
