package org.reportcorpus.jobs.ingest;

import java.util.List;

/** Reason codes of the rejects table; the reject's {@code detail} says more. */
public final class RejectReason {
  /** A zero-byte file, or nothing left after decoding, extraction or normalization. */
  public static final String EMPTY = "empty";
  /** Binary content where text was expected (NUL or control bytes). */
  public static final String NOT_TEXT = "not_text";
  /** Text in no supported encoding, or corrupt UTF-8. */
  public static final String UNDECODABLE = "undecodable";
  /** Over corpus.ingest.max_file_bytes, an archive or .docx inflating past its limits (a zip bomb), or more text than corpus.ingest.max_text_chars. */
  public static final String TOO_LARGE = "too_large";
  /** The parser failed (its message in the detail), a malformed record, a truncated PDF, content that is not what the extension says. */
  public static final String PARSE_ERROR = "parse_error";
  /** An extension no reader handles. */
  public static final String UNSUPPORTED_FORMAT = "unsupported_format";
  /** A PDF whose pages are images (a scan): it needs OCR. */
  public static final String NO_TEXT_LAYER = "no_text_layer";
  /** The file could not be read from storage. */
  public static final String READ_ERROR = "read_error";
  /** A file whose reading and parsing took longer than corpus.ingest.parse_timeout_s. */
  public static final String TIMEOUT = "timeout";
  /** A document that made a stage throw; it must not fail the job. */
  public static final String RUNTIME_ERROR = "runtime_error";

  public static final List<String> ALL = List.of(EMPTY, NOT_TEXT, UNDECODABLE, TOO_LARGE, PARSE_ERROR,
      UNSUPPORTED_FORMAT, NO_TEXT_LAYER, READ_ERROR, TIMEOUT, RUNTIME_ERROR);

  private RejectReason() {}
}
