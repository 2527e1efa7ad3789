package org.reportcorpus.udfs.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decodes the bytes of a text file, detecting the encoding instead of assuming it.
 *
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE), decoded strictly;
 *   <li>bytes with NULs are tried as BOM-less UTF-16 (both byte orders), kept only when the
 *       result reads like Chinese or ASCII text (plausibility score);
 *   <li>other bytes with NULs or many control characters are binary: {@code not_text};
 *   <li>well-formed UTF-8 is UTF-8;
 *   <li>bytes that are mostly well-formed UTF-8 with some invalid sequences are corrupt UTF-8:
 *       {@code undecodable} — decoding them as GB18030 would only produce mojibake;
 *   <li>otherwise the legacy Chinese encodings, GB18030 (covers GBK and GB2312) and Big5 (with
 *       CP950 and HKSCS as fallbacks), are ranked by ICU's {@link CharsetDetector} (and a
 *       declared charset, e.g. from an HTML meta tag, when given); the first that decodes
 *       strictly and plausibly (no private-use, unassigned or control characters, which is what
 *       Big5 punctuation becomes when read as GBK) wins;
 *   <li>nothing fits: {@code undecodable}, with ICU's best guess in the detail.
 * </ol>
 *
 * <p>Pure and thread-safe.
 */
public final class TextDecoder {

  public static final String NOT_TEXT = "not_text";
  public static final String UNDECODABLE = "undecodable";

  /** Share of C0 control characters (other than tab, CR, LF, FF) above which bytes are binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Bytes looked at for binary content, UTF-16 and ICU's detection. */
  private static final int SAMPLE_BYTES = 64 * 1024;
  /** BOM-less UTF-16 must read as this share of expected characters (CJK, ASCII, punctuation). */
  private static final double MIN_UTF16_SCORE = 0.95;
  /** A legacy decoding may hold at most this share of private-use, unassigned or control characters. */
  private static final double MAX_IMPLAUSIBLE_SHARE = 0.005;
  /** Share of well-formed multi-byte UTF-8 sequences from which invalid bytes mean corrupt UTF-8. */
  private static final double CORRUPT_UTF8_SHARE = 0.5;
  /** ICU confidence at which a non-Chinese guess that beats both Chinese ones by a margin wins. */
  private static final int FOREIGN_CONFIDENCE = 50;
  private static final int FOREIGN_MARGIN = 20;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final List<Candidate> GB_FAMILY = List.of(new Candidate(GB18030, "gb18030"));
  private static final List<Candidate> BIG5_FAMILY = big5Family();

  private TextDecoder() {}

  /** Either {@code text} and {@code encoding}, or a {@code failure} reason and detail. */
  public record Decoded(String text, String encoding, String failure, String detail) {
    public boolean ok() {
      return failure == null;
    }

    public static Decoded of(String text, String encoding) {
      return new Decoded(text, encoding, null, null);
    }

    public static Decoded fail(String reason, String detail) {
      return new Decoded(null, null, reason, detail);
    }
  }

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes with an optional declared charset (an HTML {@code <meta charset>}, an HTTP header):
   * a hint that ranks GB18030 or Big5 first, never a reason to accept a decoding that fails the
   * checks. Valid UTF-8 stays UTF-8 whatever the declaration says.
   */
  public static Decoded decode(byte[] bytes, String declaredCharset) {
    Decoded byBom = decodeByBom(bytes);
    if (byBom != null) {
      return byBom;
    }
    int sampleLength = Math.min(bytes.length, SAMPLE_BYTES);
    if (hasNul(bytes, sampleLength)) {
      Decoded utf16 = decodeUtf16WithoutBom(bytes, sampleLength);
      if (utf16 != null) {
        return utf16;
      }
    }
    if (looksBinary(bytes)) {
      return Decoded.fail(NOT_TEXT, "binary content (NUL or control bytes)");
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    if (scan.invalid() == 0) {
      return Decoded.of(new String(bytes, StandardCharsets.UTF_8), "utf-8");
    }
    if (scan.validShare() >= CORRUPT_UTF8_SHARE) {
      return Decoded.fail(UNDECODABLE, "invalid UTF-8 at byte " + scan.firstInvalid() + " ("
          + scan.invalid() + " invalid sequences among " + scan.validMultibyte()
          + " valid multi-byte ones): corrupt UTF-8, not a legacy encoding");
    }
    return decodeLegacy(bytes, sampleLength, declaredCharset, scan);
  }

  private static Decoded decodeByBom(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrFail(bytes, 3, StandardCharsets.UTF_8, "utf-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictOrFail(bytes, 2, StandardCharsets.UTF_16LE, "utf-16le");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictOrFail(bytes, 2, StandardCharsets.UTF_16BE, "utf-16be");
    }
    return null;
  }

  /** Both byte orders; the one that reads as text (the other reads as noise) or null. */
  private static Decoded decodeUtf16WithoutBom(byte[] bytes, int sampleLength) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    int zerosEven = 0;
    int zerosOdd = 0;
    for (int i = 0; i < sampleLength; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          zerosEven++;
        } else {
          zerosOdd++;
        }
      }
    }
    // ASCII in UTF-16LE has its zero byte second (odd offsets): try the likelier order first.
    List<Candidate> orders = zerosOdd >= zerosEven
        ? List.of(new Candidate(StandardCharsets.UTF_16LE, "utf-16le"), new Candidate(StandardCharsets.UTF_16BE, "utf-16be"))
        : List.of(new Candidate(StandardCharsets.UTF_16BE, "utf-16be"), new Candidate(StandardCharsets.UTF_16LE, "utf-16le"));
    for (Candidate order : orders) {
      String sample = strict(bytes, 0, sampleLength - sampleLength % 2, order.charset());
      if (sample != null && textScore(sample) >= MIN_UTF16_SCORE) {
        String text = strict(bytes, 0, bytes.length, order.charset());
        if (text != null) {
          return Decoded.of(text, order.name());
        }
      }
    }
    return null;
  }

  private static Decoded decodeLegacy(byte[] bytes, int sampleLength, String declaredCharset, Utf8Scan scan) {
    byte[] sample = Arrays.copyOf(bytes, sampleLength);
    Guesses guesses = Guesses.of(sample);
    if (guesses.foreignConfidence() >= FOREIGN_CONFIDENCE
        && guesses.foreignConfidence() >= Math.max(guesses.gb(), guesses.big5()) + FOREIGN_MARGIN) {
      return Decoded.fail(UNDECODABLE, "not UTF-8 (invalid byte at " + scan.firstInvalid()
          + "); looks like " + guesses.foreignName() + " (ICU confidence " + guesses.foreignConfidence()
          + "), not a Chinese encoding");
    }
    List<List<Candidate>> families = new ArrayList<>();
    List<Candidate> declared = family(declaredCharset);
    if (declared != null) {
      families.add(declared);
    }
    // Ties (ICU gives 10 to everything on a few bytes) go to GB18030, the commoner encoding.
    boolean big5First = guesses.big5() > guesses.gb();
    families.add(big5First ? BIG5_FAMILY : GB_FAMILY);
    families.add(big5First ? GB_FAMILY : BIG5_FAMILY);
    List<String> tried = new ArrayList<>();
    for (List<Candidate> family : families) {
      for (Candidate candidate : family) {
        if (tried.contains(candidate.name())) {
          continue;
        }
        tried.add(candidate.name());
        String text = strict(bytes, 0, bytes.length, candidate.charset());
        if (text != null && implausibleShare(text) <= MAX_IMPLAUSIBLE_SHARE) {
          return Decoded.of(text, candidate.name());
        }
      }
    }
    guesses = guesses.complete(sample);
    return Decoded.fail(UNDECODABLE, "not UTF-8 (invalid byte at " + scan.firstInvalid()
        + "), GB18030 or Big5 (ICU confidence gb18030 " + guesses.gb() + ", big5 " + guesses.big5()
        + (guesses.foreignName() == null ? "" : ", " + guesses.foreignName() + " " + guesses.foreignConfidence())
        + ")");
  }

  /** The legacy family a declared charset names, or null (unknown names and UTF-8 are no hint). */
  static List<Candidate> family(String declaredCharset) {
    if (declaredCharset == null) {
      return null;
    }
    String name = declaredCharset.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (name) {
      case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312" -> GB_FAMILY;
      case "big5", "big5-hkscs", "cp950", "ms950", "x-windows-950", "windows-950", "csbig5" -> BIG5_FAMILY;
      default -> null;
    };
  }

  /**
   * ICU's confidences (0–100) for GB18030, Big5 and the best other charset. The Chinese
   * recognizers run first, alone: each scores the sample on its own, and once one of them reaches
   * {@link #SURE_CHINESE} no other charset can beat it by {@link #FOREIGN_MARGIN}, so the dozens of
   * single-byte recognizers (most of ICU's time on a Chinese file) would not change the outcome.
   * Their guess is then only wanted for a failure's detail, and made there ({@link #complete}).
   */
  private record Guesses(int gb, int big5, String foreignName, int foreignConfidence, boolean chineseOnly) {
    static final int SURE_CHINESE = 100 - FOREIGN_MARGIN + 1;

    static Guesses of(byte[] sample) {
      Guesses chinese = detect(sample, true);
      return Math.max(chinese.gb, chinese.big5) >= SURE_CHINESE ? chinese : detect(sample, false);
    }

    /** These guesses with the best other charset known (all the recognizers run on {@code sample} if not yet). */
    Guesses complete(byte[] sample) {
      return chineseOnly ? detect(sample, false) : this;
    }

    private static Guesses detect(byte[] sample, boolean chineseOnly) {
      int gb = 0;
      int big5 = 0;
      String foreign = null;
      int foreignConfidence = 0;
      CharsetDetector detector = new CharsetDetector();
      if (chineseOnly) {
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
          detector.setDetectableCharset(name, name.equals("GB18030") || name.equals("Big5"));
        }
      }
      detector.setText(sample);
      for (CharsetMatch match : detector.detectAll()) {
        String name = match.getName();
        int confidence = match.getConfidence();
        if (name.equals("GB18030")) {
          gb = Math.max(gb, confidence);
        } else if (name.equals("Big5")) {
          big5 = Math.max(big5, confidence);
        } else if (!name.startsWith("UTF") && confidence > foreignConfidence) {
          foreign = name;
          foreignConfidence = confidence;
        }
      }
      return new Guesses(gb, big5, foreign, foreignConfidence, chineseOnly);
    }
  }

  record Candidate(Charset charset, String name) {}

  private static List<Candidate> big5Family() {
    List<Candidate> family = new ArrayList<>();
    family.add(new Candidate(Charset.forName("Big5"), "big5"));
    // Windows' CP950 and Hong Kong's HKSCS add characters plain Big5 lacks.
    for (String[] extra : new String[][] {{"x-windows-950", "cp950"}, {"Big5-HKSCS", "big5-hkscs"}}) {
      if (Charset.isSupported(extra[0])) {
        family.add(new Candidate(Charset.forName(extra[0]), extra[1]));
      }
    }
    return List.copyOf(family);
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE_BYTES);
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

  private static boolean hasNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Share of code points a Chinese report is made of: ASCII text, CJK ideographs, CJK and
   * full-width punctuation, general punctuation, Latin-1 symbols, circled and Roman numerals,
   * geometric shapes. Random or mis-ordered bytes score far lower.
   */
  static double textScore(String text) {
    int total = 0;
    int expected = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total++;
      if (isExpected(cp)) {
        expected++;
      }
    }
    return total == 0 ? 0 : (double) expected / total;
  }

  private static boolean isExpected(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'
        || (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xFF)
        || (cp >= 0x2000 && cp <= 0x206F) // general punctuation
        || (cp >= 0x2160 && cp <= 0x217F) // Roman numerals
        || (cp >= 0x2460 && cp <= 0x24FF) // circled numbers
        || (cp >= 0x2500 && cp <= 0x25FF) // box drawing, geometric shapes
        || (cp >= 0x2E80 && cp <= 0x2FDF) // radicals
        || (cp >= 0x3000 && cp <= 0x303F) // CJK punctuation
        || (cp >= 0x3400 && cp <= 0x4DBF) // extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // unified ideographs
        || (cp >= 0xF900 && cp <= 0xFAFF) // compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFFEF); // full-width forms
  }

  /** Share of private-use, unassigned, replacement and control characters (tab/CR/LF/FF aside). */
  static double implausibleShare(String text) {
    int total = 0;
    int implausible = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total++;
      if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0x4E00 && cp <= 0x9FFF)) {
        continue; // fast path: ASCII and the unified ideographs are always plausible
      }
      int type = Character.getType(cp);
      boolean control = type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
      if (control || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.SURROGATE || cp == 0xFFFD) {
        implausible++;
      }
    }
    return total == 0 ? 0 : (double) implausible / total;
  }

  private static Decoded strictOrFail(byte[] bytes, int offset, Charset charset, String name) {
    String text = strict(bytes, offset, bytes.length, charset);
    if (text == null) {
      return Decoded.fail(UNDECODABLE, "invalid " + name + " after its byte-order mark");
    }
    return Decoded.of(text, name);
  }

  /** Decodes {@code bytes[offset, end)}, or null at the first malformed or unmappable sequence. */
  private static String strict(byte[] bytes, int offset, int end, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, end - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
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

  /**
   * One pass over the bytes with the well-formedness rules of UTF-8 (Unicode table 3-7: no
   * overlong forms, no surrogates, nothing above U+10FFFF). A malformed sequence counts once, as
   * its maximal prefix, the way decoders substitute it.
   */
  record Utf8Scan(int validMultibyte, int invalid, int firstInvalid) {

    double validShare() {
      return (double) validMultibyte / (validMultibyte + invalid);
    }

    static Utf8Scan of(byte[] bytes) {
      int valid = 0;
      int invalid = 0;
      int firstInvalid = -1;
      int i = 0;
      int n = bytes.length;
      while (i < n) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          i++;
          continue;
        }
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
          length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
          length = 3;
          if (b == 0xE0) {
            secondLow = 0xA0;
          } else if (b == 0xED) {
            secondHigh = 0x9F;
          }
        } else if (b >= 0xF0 && b <= 0xF4) {
          length = 4;
          if (b == 0xF0) {
            secondLow = 0x90;
          } else if (b == 0xF4) {
            secondHigh = 0x8F;
          }
        } else {
          length = 0;
        }
        int consumed = 1;
        boolean ok = length > 0;
        for (int k = 1; ok && k < length; k++) {
          if (i + k >= n) {
            ok = false;
            break;
          }
          int c = bytes[i + k] & 0xFF;
          int low = k == 1 ? secondLow : 0x80;
          int high = k == 1 ? secondHigh : 0xBF;
          if (c < low || c > high) {
            ok = false;
            break;
          }
          consumed++;
        }
        if (ok) {
          valid++;
          i += length;
        } else {
          if (firstInvalid < 0) {
            firstInvalid = i;
          }
          invalid++;
          i += consumed;
        }
      }
      return new Utf8Scan(valid, invalid, firstInvalid);
    }
  }
}
