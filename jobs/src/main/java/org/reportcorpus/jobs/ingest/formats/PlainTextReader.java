package org.reportcorpus.jobs.ingest.formats;

import java.util.List;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.udfs.text.TextDecoder;

/** A .txt file → one document, its encoding detected by {@link TextDecoder}. */
final class PlainTextReader {

  List<ReadOutcome> read(String path, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      return List.of(ReadOutcome.undecodable(path, decoded));
    }
    if (decoded.text().isBlank()) {
      return List.of(ReadOutcome.reject(path, RejectReason.EMPTY, "no text after decoding"));
    }
    return List.of(ReadOutcome.document(new RawDocument(path, SourceFormat.TXT.label(), decoded.encoding(),
        decoded.text(), null, null, null)));
  }
}
