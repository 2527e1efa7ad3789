package org.reportcorpus.jobs.ingest;

import java.util.List;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.formats.FormatReader;
import org.reportcorpus.jobs.config.IngestSettings;
import org.reportcorpus.jobs.ingest.formats.SourceFormat;

/**
 * Turns the bytes of one input file into raw documents or rejects; never throws for bad input.
 *
 * <ul>
 *   <li>{@code .txt}: one document; UTF-8, UTF-16 (BOM or not), GB18030/GBK or Big5, detected;
 *   <li>{@code .html}, {@code .htm}: the body's text, scripts and styles dropped, blocks on lines;
 *   <li>{@code .pdf} (text layer; a scan is {@code no_text_layer}), {@code .docx}, {@code .doc}: Tika;
 *   <li>{@code .jsonl}: one document per line ({@code file#L<line>}); {@code .csv}: one per record
 *       ({@code file#R<n>}); text, title, year and URL fields configurable;
 *   <li>{@code .zip}: its entries by their own formats ({@code archive.zip!/dir/entry.txt}),
 *       in memory, within entry and expansion limits.
 * </ul>
 *
 * The formats live in {@link org.reportcorpus.jobs.ingest.formats}; this class is what the
 * job ships to the executors: serializable, holding only {@link IngestSettings}.
 */
public final class SourceReader implements java.io.Serializable {

  private static final long serialVersionUID = 2L;

  private final IngestSettings settings;

  public SourceReader(IngestSettings settings) {
    this.settings = settings;
  }

  /** The built-in defaults with the given record text fields and size limit. */
  public SourceReader(List<String> textFields, long maxBytes) {
    this(IngestSettings.defaults().withTextFields(textFields).withMaxFileBytes(maxBytes));
  }

  /** A reader with the ingest settings of a run; bad values fail here, naming their key. */
  public static SourceReader fromConfig(CorpusConfig config) {
    return new SourceReader(IngestSettings.fromConfig(config));
  }

  public IngestSettings settings() {
    return settings;
  }

  /** The {@code source_format} a path's extension gives ({@code zip} for archives), or null. */
  public static String formatOf(String path) {
    SourceFormat format = SourceFormat.ofPath(path);
    if (format == null) {
      return null;
    }
    return format == SourceFormat.ZIP ? "zip" : format.label();
  }

  /** Decides from the name and size alone whether a file is read at all; null when it is. */
  public ReadOutcome precheck(String path, long size) {
    return new FormatReader(settings).precheck(path, size);
  }

  public List<ReadOutcome> read(String path, byte[] bytes) {
    return new FormatReader(settings).read(path, bytes);
  }
}
