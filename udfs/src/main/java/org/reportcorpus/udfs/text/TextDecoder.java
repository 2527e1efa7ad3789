package org.reportcorpus.udfs.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file, detecting the encoding instead of assuming it: a byte-order
 * mark decides first; then strict UTF-8; then strict GB18030 (which covers GBK and GB2312).
 * Bytes that look binary (NULs or many control characters without a UTF-16 BOM) are not text.
 */
public final class TextDecoder {

  /** Share of C0 control characters (other than tab, CR, LF, FF) above which bytes are binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoder() {}

  /** Either {@code text} and {@code encoding}, or a {@code failure} reason and detail. */
  public record Decoded(String text, String encoding, String failure, String detail) {
    public boolean ok() {
      return failure == null;
    }

    static Decoded of(String text, String encoding) {
      return new Decoded(text, encoding, null, null);
    }

    static Decoded fail(String reason, String detail) {
      return new Decoded(null, null, reason, detail);
    }
  }

  public static final String NOT_TEXT = "not_text";
  public static final String UNDECODABLE = "undecodable";

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, "utf-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "utf-16le");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "utf-16be");
    }
    if (looksBinary(bytes)) {
      return Decoded.fail(NOT_TEXT, "binary content (NUL or control bytes)");
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8");
    if (utf8.ok()) {
      return utf8;
    }
    Decoded gb = strict(bytes, 0, Charset.forName("GB18030"), "gb18030");
    if (gb.ok()) {
      return gb;
    }
    return Decoded.fail(UNDECODABLE, "neither valid UTF-8 nor GB18030: " + utf8.detail());
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return n > 0 && (double) control / n > MAX_CONTROL_SHARE;
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
      return Decoded.of(text, name);
    } catch (CharacterCodingException e) {
      return Decoded.fail(UNDECODABLE, name + ": " + e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
