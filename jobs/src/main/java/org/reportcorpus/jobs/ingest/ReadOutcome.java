package org.reportcorpus.jobs.ingest;

/** One outcome of reading a source: a raw document, or a reject with its reason. */
public record ReadOutcome(RawDocument document, String sourcePath, String reason, String detail) {

  public static ReadOutcome document(RawDocument document) {
    return new ReadOutcome(document, document.sourcePath(), null, null);
  }

  public static ReadOutcome reject(String sourcePath, String reason, String detail) {
    return new ReadOutcome(null, sourcePath, reason, detail);
  }

  /** The reject of a file whose bytes are not text in any encoding the decoder knows. */
  public static ReadOutcome undecodable(String sourcePath, org.reportcorpus.udfs.text.TextDecoder.Decoded failed) {
    return reject(sourcePath, failed.failure(), failed.detail());
  }

  public boolean isReject() {
    return reason != null;
  }
}
