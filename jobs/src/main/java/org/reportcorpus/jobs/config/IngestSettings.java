package org.reportcorpus.jobs.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How input files are read: size limits, record fields, archive and parser limits. Keys live in
 * conf/corpus.conf under "Ingest formats"; precedence as for every key (see {@link ConfigKeys}).
 * Validated when built, with messages that name the key. Small and serializable: it travels to
 * the executors inside the {@code SourceReader}.
 *
 * @param maxFileBytes a file (or archive entry) larger than this is {@code too_large}
 * @param textFields record fields (JSONL keys, CSV columns) holding the text, in order of preference
 * @param titleFields record fields holding a title
 * @param yearFields record fields holding a year hint
 * @param urlFields record fields holding a URL
 * @param maxExpandedBytes what a .zip or .docx may inflate to, all entries together; more is a
 *     zip bomb: {@code too_large}
 * @param maxArchiveEntries entries a .zip or .docx may hold
 * @param maxArchiveDepth how deep archives may nest (1 = no archive inside an archive)
 * @param maxTextChars text a parser may produce for one document (Tika's write limit)
 * @param pdfMinCharsPerPage a PDF with fewer non-space characters per page has no text layer
 * @param parseTimeoutSeconds the longest one file may take to read and parse; longer is a
 *     {@code timeout} reject (0 = no limit)
 */
public record IngestSettings(
    long maxFileBytes,
    List<String> textFields,
    List<String> titleFields,
    List<String> yearFields,
    List<String> urlFields,
    long maxExpandedBytes,
    int maxArchiveEntries,
    int maxArchiveDepth,
    int maxTextChars,
    int pdfMinCharsPerPage,
    double parseTimeoutSeconds) implements Serializable {

  public static final String TITLE_FIELDS = "corpus.ingest.title_fields";
  public static final String YEAR_FIELDS = "corpus.ingest.year_fields";
  public static final String URL_FIELDS = "corpus.ingest.url_fields";
  public static final String MAX_EXPANDED_BYTES = "corpus.ingest.max_expanded_bytes";
  public static final String MAX_ARCHIVE_ENTRIES = "corpus.ingest.max_archive_entries";
  public static final String MAX_ARCHIVE_DEPTH = "corpus.ingest.max_archive_depth";
  public static final String MAX_TEXT_CHARS = "corpus.ingest.max_text_chars";
  public static final String PDF_MIN_CHARS_PER_PAGE = "corpus.ingest.pdf_min_chars_per_page";
  public static final String PARSE_TIMEOUT_S = "corpus.ingest.parse_timeout_s";

  public static final String DEFAULT_TITLE_FIELDS = "title";
  public static final String DEFAULT_YEAR_FIELDS = "year";
  public static final String DEFAULT_URL_FIELDS = "url";
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 512L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;
  public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 2;
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;
  public static final int DEFAULT_PDF_MIN_CHARS_PER_PAGE = 10;
  public static final double DEFAULT_PARSE_TIMEOUT_S = 120;

  public IngestSettings {
    textFields = List.copyOf(textFields);
    titleFields = List.copyOf(titleFields);
    yearFields = List.copyOf(yearFields);
    urlFields = List.copyOf(urlFields);
    requirePositive(ConfigKeys.MAX_FILE_BYTES, maxFileBytes);
    requirePositive(MAX_EXPANDED_BYTES, maxExpandedBytes);
    requirePositive(MAX_ARCHIVE_ENTRIES, maxArchiveEntries);
    requirePositive(MAX_ARCHIVE_DEPTH, maxArchiveDepth);
    requirePositive(MAX_TEXT_CHARS, maxTextChars);
    if (pdfMinCharsPerPage < 0) {
      throw new IllegalArgumentException(PDF_MIN_CHARS_PER_PAGE + ": expected 0 or more but got " + pdfMinCharsPerPage);
    }
    if (!(parseTimeoutSeconds >= 0)) {
      throw new IllegalArgumentException(PARSE_TIMEOUT_S + ": expected 0 (no limit) or more seconds but got "
          + parseTimeoutSeconds);
    }
    if (textFields.isEmpty()) {
      throw new IllegalArgumentException(ConfigKeys.JSONL_TEXT_FIELDS + ": at least one field is required");
    }
  }

  /** The built-in defaults (what an empty conf file gives). */
  public static IngestSettings defaults() {
    return new IngestSettings(ConfigKeys.DEFAULT_MAX_FILE_BYTES, split(ConfigKeys.DEFAULT_JSONL_TEXT_FIELDS),
        split(DEFAULT_TITLE_FIELDS), split(DEFAULT_YEAR_FIELDS), split(DEFAULT_URL_FIELDS),
        DEFAULT_MAX_EXPANDED_BYTES, DEFAULT_MAX_ARCHIVE_ENTRIES, DEFAULT_MAX_ARCHIVE_DEPTH,
        DEFAULT_MAX_TEXT_CHARS, DEFAULT_PDF_MIN_CHARS_PER_PAGE, DEFAULT_PARSE_TIMEOUT_S);
  }

  public static IngestSettings fromConfig(CorpusConfig config) {
    return new IngestSettings(
        config.maxFileBytes(),
        config.jsonlTextFields(),
        config.getList(TITLE_FIELDS, DEFAULT_TITLE_FIELDS),
        config.getList(YEAR_FIELDS, DEFAULT_YEAR_FIELDS),
        config.getList(URL_FIELDS, DEFAULT_URL_FIELDS),
        config.getLong(MAX_EXPANDED_BYTES, DEFAULT_MAX_EXPANDED_BYTES, 1, Long.MAX_VALUE),
        config.getInt(MAX_ARCHIVE_ENTRIES, DEFAULT_MAX_ARCHIVE_ENTRIES, 1, Integer.MAX_VALUE),
        config.getInt(MAX_ARCHIVE_DEPTH, DEFAULT_MAX_ARCHIVE_DEPTH, 1, 100),
        config.getInt(MAX_TEXT_CHARS, DEFAULT_MAX_TEXT_CHARS, 1, Integer.MAX_VALUE),
        config.getInt(PDF_MIN_CHARS_PER_PAGE, DEFAULT_PDF_MIN_CHARS_PER_PAGE, 0, 1_000_000),
        config.getDouble(PARSE_TIMEOUT_S, DEFAULT_PARSE_TIMEOUT_S, 0, 86_400));
  }

  public IngestSettings withMaxFileBytes(long bytes) {
    return new IngestSettings(bytes, textFields, titleFields, yearFields, urlFields, maxExpandedBytes,
        maxArchiveEntries, maxArchiveDepth, maxTextChars, pdfMinCharsPerPage, parseTimeoutSeconds);
  }

  public IngestSettings withTextFields(List<String> fields) {
    return new IngestSettings(maxFileBytes, fields, titleFields, yearFields, urlFields, maxExpandedBytes,
        maxArchiveEntries, maxArchiveDepth, maxTextChars, pdfMinCharsPerPage, parseTimeoutSeconds);
  }

  public IngestSettings withArchiveLimits(long expandedBytes, int entries, int depth) {
    return new IngestSettings(maxFileBytes, textFields, titleFields, yearFields, urlFields, expandedBytes,
        entries, depth, maxTextChars, pdfMinCharsPerPage, parseTimeoutSeconds);
  }

  public IngestSettings withMaxTextChars(int chars) {
    return new IngestSettings(maxFileBytes, textFields, titleFields, yearFields, urlFields, maxExpandedBytes,
        maxArchiveEntries, maxArchiveDepth, chars, pdfMinCharsPerPage, parseTimeoutSeconds);
  }

  public IngestSettings withParseTimeout(double seconds) {
    return new IngestSettings(maxFileBytes, textFields, titleFields, yearFields, urlFields, maxExpandedBytes,
        maxArchiveEntries, maxArchiveDepth, maxTextChars, pdfMinCharsPerPage, seconds);
  }

  private static void requirePositive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": expected a positive number but got " + value);
    }
  }

  static List<String> split(String commaSeparated) {
    List<String> fields = new ArrayList<>();
    for (String field : commaSeparated.split(",")) {
      if (!field.isBlank()) {
        fields.add(field.strip());
      }
    }
    return fields;
  }
}
