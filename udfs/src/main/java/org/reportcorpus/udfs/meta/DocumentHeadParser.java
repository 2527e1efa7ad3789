package org.reportcorpus.udfs.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.clean.Dates;

/**
 * Reads the {@link DocumentHead} of a document, once.
 *
 * <ol>
 *   <li>title: the given one, else a short line near the top that reads as a report title (never a
 *       numbered heading like 「二、…情况」), else the page's 信息名称;
 *   <li>the top of the body: its first lines, the addressee (the line ending ':' after the title,
 *       also when the opening sentence follows on the same line) and the opening after them;
 *   <li>the delivery line (「——2024年3月5日在湖南省第十四届人民代表大会…」, also after page and
 *       newspaper headers the stripper left) with the congress it names, the speaker's line next to
 *       it (「省长 ×××」), both by the patterns of {@link HeadRules}; an adoption note near the top, the
 *       source line of the head, the {@link Signature} at the end;
 *   <li>the lines by role for the region rules ({@link #lines}), of the body and of the unstripped
 *       text.
 * </ol>
 *
 * <p>Title, addressee and opening are still read two ways: the top (step 2) for the metadata
 * columns and the doc type, the lines by role (step 4) for the region, which also sees page chrome
 * and every salutation. Both readings are kept as they were, so no column changes.
 *
 * <p>Pure and thread-safe.
 */
public final class DocumentHeadParser {

  /** Characters of the unstripped text that make its head (datelines, bylines, page fields). */
  static final int HEAD_CHARS = 1000;

  /** Characters of the body where an adoption note is looked for. */
  private static final int DATELINE_CHARS = 400;

  /** Non-empty lines of the body where the delivery line is looked for (headers may come first). */
  static final int DELIVERY_LINES = 25;

  /** Longest line read as a delivery or speaker line. */
  private static final int DELIVERY_LINE_CHARS = 150;

  /** Lines before and after the delivery line where the speaker's line is looked for. */
  private static final int SPEAKER_REACH = 3;

  private static final int SPEAKER_LINE_CHARS = 40;

  static final int OPENING_CHARS = 300;

  /** Lines at the top looked at for title, addressee and document number. */
  static final int TOP_LINES = 15;

  /** Lines of the head the region rules look at before the body starts. */
  private static final int HEAD_LINES = 60;

  /** 「——2024年3月5日在第十四届全国人民代表大会…」 under a work report's title. */
  private static final Pattern DELIVERY = Pattern.compile(Signature.CN_DATE_REGEX + "\\s*在");
  /** 「(2024年3月11日第十四届全国人民代表大会第二次会议通过)」 under a resolution's title. */
  private static final Pattern ADOPTED =
      Pattern.compile("[((]\\s*" + Signature.CN_DATE_REGEX + "[^))]{0,60}通过\\s*[))]");
  private static final Pattern PRESS_SOURCE =
      Pattern.compile("(?:稿件来源|文章来源|来源)\\s*[::]\\s*([^\\s|,,。]+)");
  private static final Pattern TITLE_LINE =
      Pattern.compile("^[^,,。;;::!?]{6,60}(?:报告|情况|总结|决议)$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\\d]+[))]|\\d+[.、])");
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          "^([\\p{IsHan}()() 、,,]{2,80}?(?:政府|党委|党组|委|委员会|常委会|人大|中央|国务院|办公室|办公厅|局|厅|部|院))"
              + "\\s*[::]\\s*(.*)$");

  /** A congress or speaker "place" that is only the kind of unit: 「在市第十六届…」, 「自治区主席」. */
  private static final Pattern UNIT_WORD = Pattern.compile("^(?:本|我)?(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县|自治旗)?$");

  private static final Pattern YEAR_START = Pattern.compile("(?:19|20)\\d{2}\\s*年");

  private static final Pattern TITLE_WORDS =
      Pattern.compile("报告|总结|工作情况|法治政府|依法行政|年度|述法|政府工作");

  /** "中共嘉兴市委、嘉兴市人民政府: 2022年,…" — an addressee in front of the body on one line. */
  private static final Pattern ADDRESSEE_PREFIX =
      Pattern.compile("^([^:,。]{2,80}?(?:政府|委|局|厅|常委会|办公室|人大|领导)):\\s*(.+)$");

  private static final Pattern GOVERNMENT_BODY =
      Pattern.compile("政府|委|局|厅|常委会|办公室|人大|领导|法院|检察院");

  /** "信息名称:常州市…" — web page field labels. */
  private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan} ]{2,6}):\\s*(.+)$");

  private DocumentHeadParser() {}

  /**
   * The head of one document.
   *
   * @param normalizedText the text before boilerplate stripping, not null
   * @param cleaned the same text after {@code BoilerplateStripper}, with a non-null text
   * @param signature {@link Signature#find} of the cleaned text (found here when null)
   * @param givenTitle a stripped, non-blank title that came with the record, or null
   * @param rules the delivery and speaker patterns
   */
  public static DocumentHead parse(
      String normalizedText, CleanedText cleaned, Signature signature, String givenTitle, HeadRules rules) {
    String body = cleaned.text();
    String title = givenTitle != null ? givenTitle : findTitle(body);
    if (title == null) {
      title = cleaned.pageTitle();
    }
    Top top = Top.of(body, title);
    String dateline = body.substring(0, Math.min(body.length(), DATELINE_CHARS));
    List<String> headLines = headLines(body);
    int deliveryAt = deliveryLine(headLines, rules.delivery());
    DocumentHead.Delivery delivery = deliveryAt < 0 ? null : delivery(headLines.get(deliveryAt), rules.delivery());
    String head = normalizedText.substring(0, Math.min(normalizedText.length(), HEAD_CHARS));
    // one signature for both views: page chrome after it (「(此件公开发布)」, 扫一扫…) would hide it
    Signature closing = signature != null ? signature : Signature.find(body);
    return new DocumentHead(
        title,
        top.addressee,
        top.opening,
        top.lines,
        delivery,
        deliveryAt < 0 ? null : speaker(headLines, deliveryAt, rules),
        dateOf(ADOPTED, dateline),
        cleaned.source() != null ? cleaned.source() : pressSource(head),
        closing,
        lines(title, body, closing.issuer()),
        normalizedText.equals(body) ? null : lines(title, normalizedText, closing.issuer()));
  }

  /** A title line before the body starts: short, not a numbered heading, reads as a report title. */
  static String findTitle(String text) {
    if (text == null) {
      return null;
    }
    int lines = 0;
    for (String line : text.split("\n", TOP_LINES + 1)) {
      String candidate = line.strip();
      if (++lines > TOP_LINES || candidate.length() > 80) {
        break; // the body has started: a heading further down is not the title
      }
      if (!NUMBERED.matcher(candidate).find() && TITLE_LINE.matcher(candidate).matches()) {
        return candidate;
      }
    }
    return null;
  }

  /** The first non-empty lines of the body, stripped. */
  private static List<String> headLines(String body) {
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n", DELIVERY_LINES * 4 + 1)) {
      String l = line.strip();
      if (!l.isEmpty()) {
        lines.add(l);
        if (lines.size() == DELIVERY_LINES) {
          break;
        }
      }
    }
    return lines;
  }

  /** The index of the first short line with a dated delivery (「…日在」) or a congress, or -1. */
  private static int deliveryLine(List<String> lines, Pattern congress) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() <= DELIVERY_LINE_CHARS
          && (DELIVERY.matcher(line).find() || congress.matcher(line).find())) {
        return i;
      }
    }
    return -1;
  }

  private static DocumentHead.Delivery delivery(String line, Pattern congress) {
    Matcher dated = DELIVERY.matcher(line);
    boolean hasDate = dated.find();
    Matcher named = congress.matcher(line);
    boolean hasCongress = named.find();
    boolean national = hasCongress && named.group("national") != null;
    return new DocumentHead.Delivery(
        line,
        hasDate ? Integer.valueOf(dated.group(1)) : null,
        hasDate ? isoDate(dated) : null,
        hasCongress ? placeOf(named.group("place")) : null,
        national);
  }

  /**
   * The speaker's line near the delivery line (「湖南省省长 ×××」, 「代市长 ×××」, 「国务院总理」), or the
   * rest of the delivery line itself; null when none.
   */
  private static DocumentHead.Speaker speaker(List<String> lines, int deliveryAt, HeadRules rules) {
    int from = Math.max(0, deliveryAt - SPEAKER_REACH);
    int to = Math.min(lines.size() - 1, deliveryAt + SPEAKER_REACH);
    for (int i = from; i <= to; i++) {
      String line = lines.get(i);
      if (i == deliveryAt) {
        Matcher congress = rules.delivery().matcher(line);
        // 「…会议上 湖南省省长 ×××」, also inside the brackets of 「(在…会议上 省长 ×××)」
        line = congress.find() ? line.substring(congress.end()).replaceFirst("^上", "") : "";
        line = line.replaceFirst("\\)$", "").strip();
      }
      if (line.isEmpty() || line.length() > SPEAKER_LINE_CHARS) {
        continue;
      }
      Matcher m = rules.speaker().matcher(line);
      if (m.find()) {
        return new DocumentHead.Speaker(line, placeOf(m.group("place")), m.group("title"));
      }
    }
    return null;
  }

  /** The place as written, blank when it is only the kind of unit (「在市第十六届…」). */
  private static String placeOf(String place) {
    String p = place == null ? "" : place.strip();
    return UNIT_WORD.matcher(p).matches() ? "" : p;
  }

  private static String pressSource(String head) {
    Matcher m = PRESS_SOURCE.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static String dateOf(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? isoDate(m) : null;
  }

  private static String isoDate(Matcher m) {
    return Dates.iso(m.group(1), m.group(2), m.group(3));
  }

  /**
   * The top of the body: its first lines, the addressee and where the opening paragraph starts.
   * Title lines, short unpunctuated lines (headlines, 「——2024年3月5日在…」, 「国务院总理 李强」) and
   * salutations ending ':' come before the opening.
   */
  private record Top(List<String> lines, String addressee, String opening) {

    static Top of(String body, String title) {
      List<String> lines = new ArrayList<>();
      String addressee = null;
      String opening = null;
      int offset = 0;
      while (offset < body.length() && lines.size() < TOP_LINES) {
        int nl = body.indexOf('\n', offset);
        int end = nl < 0 ? body.length() : nl;
        String line = body.substring(offset, end).strip();
        int next = nl < 0 ? body.length() : nl + 1;
        if (line.isEmpty()) {
          offset = next;
          continue;
        }
        String start = line.length() > 200 ? line.substring(0, 200) : line;
        lines.add(start);
        Matcher a = ADDRESSEE.matcher(start);
        if (addressee == null && opening == null && a.matches()) {
          addressee = a.group(1).strip();
          if (!a.group(2).isBlank()) {
            opening = openingFrom(body, body.indexOf(a.group(2), offset));
          }
        } else if (opening == null && !isPreamble(line, title)) {
          opening = openingFrom(body, offset);
        }
        offset = next;
      }
      return new Top(List.copyOf(lines), addressee, opening);
    }

    private static boolean isPreamble(String line, String title) {
      return line.equals(title)
          || line.length() <= 60 && line.indexOf('。') < 0 && line.indexOf(',') < 0
          || line.length() <= 20 && (line.endsWith(":") || line.endsWith("!"));
    }

    private static String openingFrom(String body, int start) {
      int s = Math.max(0, start);
      String rest = body.substring(s, Math.min(body.length(), s + OPENING_CHARS + 40)).strip();
      return rest.length() > OPENING_CHARS ? rest.substring(0, OPENING_CHARS) : rest;
    }
  }

  /**
   * The lines of a head by role, as the region rules read them: title-like lines, addressee lines
   * (「苏州市人民政府:」), page chrome (whose government lines, like 「发布机构:常州市人民政府」, are
   * issuers) and the opening (about 300 characters from the first body line). The {@link
   * Signature}'s signing body is an issuer too.
   *
   * @param title the document title, or null
   * @param text the text, or null; full-width ':' ',' ';' are read as their ASCII forms
   */
  public static DocumentHead.Lines lines(String title, String text) {
    return lines(title, text, text == null ? null : Signature.find(unifyPunctuation(text)).issuer());
  }

  /** {@link #lines(String, String)} with the signing body already found (null when none). */
  private static DocumentHead.Lines lines(String title, String text, String signer) {
    String given = title == null ? null : unifyPunctuation(title);
    String all = text == null ? "" : unifyPunctuation(text);
    List<String> titles = new ArrayList<>();
    List<String> addressees = new ArrayList<>();
    List<String> issuers = new ArrayList<>();
    StringBuilder preamble = new StringBuilder();
    if (given != null && !given.isBlank()) {
      titles.add(given.trim());
    }
    String[] lines = all.split("\n", -1);
    int bodyLine = -1;
    String bodyFirst = null;
    for (int i = 0; i < lines.length && i < HEAD_LINES; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.endsWith(":")) {
        String addressee = line.substring(0, line.length() - 1).trim();
        if (GOVERNMENT_BODY.matcher(addressee).find() && addressee.length() <= 80) {
          addressees.add(addressee);
        }
        continue;
      }
      Matcher prefixed = ADDRESSEE_PREFIX.matcher(line);
      if (prefixed.matches() && !prefixed.group(1).contains("年")) {
        String addressee = prefixed.group(1).trim();
        int space = addressee.lastIndexOf(' ');
        if (space > 0) {
          String before = addressee.substring(0, space).trim();
          if (isTitleLike(before)) {
            titles.add(before);
          }
          addressee = addressee.substring(space + 1);
        }
        addressees.add(addressee);
        bodyLine = i;
        bodyFirst = prefixed.group(2);
        break;
      }
      Matcher label = LABEL.matcher(line);
      String value = label.matches() ? label.group(2).trim() : line;
      if (isTitleLike(value)) {
        titles.add(value);
        continue;
      }
      if (value.length() > 40
          || value.contains("。")
          || (value.contains(",") && value.length() > 20)
          || YEAR_START.matcher(value).lookingAt()) {
        bodyLine = i;
        bodyFirst = line;
        break;
      }
      // navigation, metadata, headings and other page chrome: kept aside for the national check;
      // a government named there (发布机构:常州市人民政府, 中共常熟市委 常熟市人民政府) is the issuer
      preamble.append(line).append('\n');
      if (line.length() <= 60 && GOVERNMENT_BODY.matcher(line).find()) {
        issuers.add(line);
      }
    }
    String opening;
    if (bodyLine < 0) {
      opening = all.length() > OPENING_CHARS ? all.substring(0, OPENING_CHARS) : all;
    } else {
      StringBuilder sb = new StringBuilder(bodyFirst);
      for (int i = bodyLine + 1; i < lines.length && sb.length() < OPENING_CHARS; i++) {
        sb.append('\n').append(lines[i].trim());
      }
      opening = sb.length() > OPENING_CHARS ? sb.substring(0, OPENING_CHARS) : sb.toString();
    }
    if (signer != null) {
      issuers.add(signer);
    }
    return new DocumentHead.Lines(titles, addressees, issuers, preamble.toString(), opening);
  }

  private static boolean isTitleLike(String line) {
    return line.length() <= 80
        && line.length() >= 4
        && !line.contains("。")
        && !line.contains(",")
        && TITLE_WORDS.matcher(line).find();
  }

  /** Full-width ':' ',' ';' and ideographic spaces as their ASCII forms, so both inputs work. */
  static String unifyPunctuation(String s) {
    return s.replace('：', ':').replace('，', ',').replace('；', ';').replace('\u3000', ' ');
  }
}
