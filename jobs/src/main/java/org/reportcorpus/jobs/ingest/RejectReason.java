package org.reportcorpus.jobs.ingest;

/** Reason codes of the rejects table. */
public final class RejectReason {
  public static final String EMPTY = "empty";
  public static final String NOT_TEXT = "not_text";
  public static final String UNDECODABLE = "undecodable";
  public static final String TOO_LARGE = "too_large";
  public static final String PARSE_ERROR = "parse_error";
  public static final String UNSUPPORTED_FORMAT = "unsupported_format";
  public static final String READ_ERROR = "read_error";
  public static final String RUNTIME_ERROR = "runtime_error";

  private RejectReason() {}
}
