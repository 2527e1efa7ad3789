package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.Dates;

/**
 * The signature block that closes a report: the signing body and the date under it
 * (「常熟市人民政府⏎2025年3月4日」), or both on the body's last line when paragraphs were joined
 * (「…的文件。 中共海宁市委 海宁市人民政府 2023年2月28日」).
 *
 * @param issuer the signing body, or null when the date stands alone
 * @param date {@code yyyy-MM-dd}, or null when there is no signature
 * @param start offset in the text where the block starts (issuer, else date); the text's length
 *     when there is no signature
 */
public record Signature(String issuer, String date, int start) implements Serializable {

  /** Characters at the end of the text searched for the date. */
  static final int WINDOW = 300;

  /** At most this much may follow the date (a closing bracket, a note without a full stop). */
  private static final int MAX_AFTER_DATE = 20;

  /** A date 「2025年3月4日」: groups year, month, day. */
  static final String CN_DATE_REGEX = "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";

  private static final Pattern CN_DATE = Pattern.compile(CN_DATE_REGEX);

  private static final Pattern ISSUER =
      Pattern.compile(
          "[\\p{IsHan}()() 、]{2,60}(?:人民政府|政府|委员会|常委会|办公室|办公厅|法院|检察院|党委|党组|市委|县委|区委|省委|州委"
              + "|局|厅|委|院|部|中心|办)");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The signature of {@code text}; a null text has none. */
  public static Signature find(String text) {
    if (text == null) {
      return new Signature(null, null, 0);
    }
    int from = Math.max(0, text.length() - WINDOW);
    Matcher m = CN_DATE.matcher(text).region(from, text.length());
    int dateStart = -1;
    String date = null;
    while (m.find()) {
      String after = text.substring(m.end()).strip();
      if (after.length() <= MAX_AFTER_DATE && after.indexOf('。') < 0) {
        String iso = Dates.iso(m.group(1), m.group(2), m.group(3));
        if (iso != null) {
          dateStart = m.start();
          date = iso;
          break;
        }
      }
    }
    if (date == null) {
      return new Signature(null, null, text.length());
    }
    String before = text.substring(0, dateStart);
    String trimmed = before.stripTrailing();
    boolean ownLine = trimmed.isEmpty() || before.substring(trimmed.length()).indexOf('\n') >= 0;
    int cut = lastBreak(trimmed);
    String line = trimmed.substring(cut + 1);
    String issuer = line.strip();
    if (!issuer.isEmpty() && ISSUER.matcher(issuer).matches()) {
      int start = cut + 1 + (line.length() - line.stripLeading().length());
      return new Signature(SPACES.matcher(issuer).replaceAll(" "), date, start);
    }
    // No signing body: the date still closes the report when it stands on its own line.
    return ownLine ? new Signature(null, date, dateStart) : new Signature(null, null, text.length());
  }

  /** Where the signature's line starts: after the last line break or sentence end. */
  private static int lastBreak(String s) {
    int cut = -1;
    for (char c : new char[] {'\n', '。', '!', '?', ';'}) {
      cut = Math.max(cut, s.lastIndexOf(c));
    }
    return cut;
  }
}
