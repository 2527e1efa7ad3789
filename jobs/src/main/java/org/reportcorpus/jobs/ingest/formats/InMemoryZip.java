package org.reportcorpus.jobs.ingest.formats;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Opens zip bytes where they are, in memory (the central directory decides what the entries are). */
final class InMemoryZip {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private InMemoryZip() {}

  static ZipFile open(byte[] bytes) throws IOException {
    return ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
        .setUseUnicodeExtraFields(true)
        .get();
  }

  /**
   * An entry's name. Zips made on Chinese Windows store GBK names without the UTF-8 flag, so a
   * name neither flagged nor carrying a Unicode path field is decoded as strict UTF-8, else
   * GB18030, else Latin-1. Backslashes (Windows tools) become slashes.
   */
  static String entryName(ZipArchiveEntry entry) {
    String name;
    if (entry.getGeneralPurposeBit().usesUTF8ForNames()
        || entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
      name = entry.getName();
    } else {
      byte[] raw = entry.getRawName();
      name = raw == null ? entry.getName() : decodeName(raw);
    }
    return name.replace('\\', '/');
  }

  private static String decodeName(byte[] raw) {
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
      try {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(raw))
            .toString();
      } catch (CharacterCodingException e) {
        // next candidate
      }
    }
    return new String(raw, StandardCharsets.ISO_8859_1);
  }
}
