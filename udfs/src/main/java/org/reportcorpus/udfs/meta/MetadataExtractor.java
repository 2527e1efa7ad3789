package org.reportcorpus.udfs.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * Reads a report's own metadata from its normalized text: title, document type, the year it
 * covers, publication date, issuer and region.
 *
 * <ol>
 *   <li>title: the given one, else a short first line that reads as a report title;
 *   <li>doc type: press markers make news, 政府工作报告 a work report, a yearly rule-of-law or
 *       work report an annual report, anything else other;
 *   <li>report year: for a work report the year reviewed (delivery year - 1); else the year in
 *       the title, else an opening like 「2023年,泗阳县…」;
 *   <li>published date: the signature date at the end, else a dateline or page metadata;
 *   <li>issuer: the signature line before that date, or the press source;
 *   <li>region: {@link RegionResolver} over title and opening.
 * </ol>
 */
public final class MetadataExtractor {

  private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})年");
  private static final Pattern OPENING_YEAR =
      Pattern.compile("^\\s*((?:19|20)\\d{2})年(?:度|以来)?[,,、]");
  private static final Pattern WORK_REPORT = Pattern.compile("政府工作报告");
  private static final Pattern RESOLUTION = Pattern.compile("决议|决定");
  private static final Pattern DELIVERY_DATE =
      Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日在");
  private static final Pattern ANNUAL_TITLE =
      Pattern.compile("(法治政府|依法行政|法治建设).{0,20}(报告|情况)|年度报告|工作报告|工作总结");
  private static final Pattern NEWS_MARKERS =
      Pattern.compile("本报记者|本报通讯员|本报讯|稿件来源|记者\\s*\\S{2,4}\\s*通讯员|新华社");
  private static final Pattern CN_DATE =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ISO_DATE =
      Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern META_DATE =
      Pattern.compile("(?:生成日期|发布日期|成文日期)\\s*[::]\\s*((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern PRESS_SOURCE = Pattern.compile("(?:稿件来源|来源)\\s*[::]\\s*(\\S+?报)");
  private static final Pattern TITLE_LINE =
      Pattern.compile("^[^,,。;;::!?]{6,60}(报告|情况|总结|决议)$");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^([一二三四五六七八九十]+、|\\(|\\d+[.、])");
  private static final Pattern ISSUER_LINE =
      Pattern.compile("^[\\p{IsHan}()() ]{2,60}(人民政府|委员会|办公室|政府|局|厅|委|院|部|中心)$");

  /** How many characters at the end of a document to search for its signature. */
  private static final int SIGNATURE_WINDOW = 240;

  private final RegionResolver regions;

  public MetadataExtractor(RegionResolver regions) {
    this.regions = regions;
  }

  public static MetadataExtractor bundled() {
    return Holder.INSTANCE;
  }

  /**
   * @param givenTitle a title that came with the record (JSONL), or null
   * @param text normalized text
   * @param givenYear a year that came with the record: a hint, used only for work reports when
   *     the text has no delivery date
   */
  public DocumentMetadata extract(String givenTitle, String text, Integer givenYear) {
    if (text == null) {
      return new DocumentMetadata(givenTitle, null, null, null, null, null);
    }
    String title = givenTitle != null && !givenTitle.isBlank() ? givenTitle.strip() : findTitle(text);
    DocType type = classify(title, text);
    Integer year = reportYear(type, title, text, givenYear);
    String published = publishedDate(type, text);
    String issuer = issuer(type, text);
    RegionMatch region = type == DocType.WORK_REPORT || isNationalResolution(title)
        ? RegionMatch.national(title)
        : regions.resolve(title, text, year).orElse(null);
    return new DocumentMetadata(title, type.label(), year, published, issuer, region);
  }

  /** A title line before the body starts: short, not a numbered heading, reads as a title. */
  static String findTitle(String text) {
    int lines = 0;
    for (String line : text.split("\n", 16)) {
      String candidate = line.strip();
      if (++lines > 15 || candidate.length() > 80) {
        break; // the body has started: a heading further down is not the title
      }
      if (!NUMBERED_HEADING.matcher(candidate).find() && TITLE_LINE.matcher(candidate).matches()) {
        return candidate;
      }
    }
    return null;
  }

  static DocType classify(String title, String text) {
    String head = text.substring(0, Math.min(text.length(), 600));
    if (NEWS_MARKERS.matcher(head).find()) {
      return DocType.NEWS;
    }
    if (title != null && WORK_REPORT.matcher(title).find()) {
      return RESOLUTION.matcher(title).find() ? DocType.OTHER : DocType.WORK_REPORT;
    }
    if (title == null && head.contains("代表国务院") && head.contains("报告政府工作")) {
      return DocType.WORK_REPORT;
    }
    String evidence = title != null ? title : head.substring(0, Math.min(head.length(), 200));
    if (ANNUAL_TITLE.matcher(evidence).find() || OPENING_YEAR.matcher(firstParagraph(text)).find()) {
      return DocType.ANNUAL_REPORT;
    }
    return DocType.OTHER;
  }

  static Integer reportYear(DocType type, String title, String text, Integer givenYear) {
    if (type == DocType.NEWS) {
      return null;
    }
    if (type == DocType.WORK_REPORT) {
      Matcher delivered = DELIVERY_DATE.matcher(text.substring(0, Math.min(text.length(), 400)));
      if (delivered.find()) {
        return Integer.parseInt(delivered.group(1)) - 1;
      }
      Matcher inTitle = title == null ? null : YEAR_IN_TITLE.matcher(title);
      if (inTitle != null && inTitle.find()) {
        return Integer.parseInt(inTitle.group(1)) - 1;
      }
      return givenYear == null ? null : givenYear - 1;
    }
    if (type == DocType.OTHER) {
      return null;
    }
    if (title != null) {
      Matcher inTitle = YEAR_IN_TITLE.matcher(title);
      if (inTitle.find()) {
        return Integer.parseInt(inTitle.group(1));
      }
    }
    Matcher opening = OPENING_YEAR.matcher(firstParagraph(text));
    return opening.find() ? Integer.parseInt(opening.group(1)) : null;
  }

  /** The paragraph that opens the report proper: after a title line and an addressee line. */
  static String firstParagraph(String text) {
    String rest = text;
    for (int i = 0; i < 12 && !rest.isEmpty(); i++) {
      int nl = rest.indexOf('\n');
      String line = (nl < 0 ? rest : rest.substring(0, nl)).strip();
      // An addressee ("苏州市人民政府:") may share its line with the opening sentence.
      int colon = Math.max(line.indexOf(':'), line.indexOf(':'));
      String afterAddressee = colon > 0 && colon < 40 ? line.substring(colon + 1).strip() : line;
      if (OPENING_YEAR.matcher(afterAddressee).find()) {
        return afterAddressee;
      }
      rest = nl < 0 ? "" : rest.substring(nl + 1);
    }
    return "";
  }

  static String publishedDate(DocType type, String text) {
    String tail = text.substring(Math.max(0, text.length() - SIGNATURE_WINDOW));
    String signature = lastDate(CN_DATE, tail);
    if (signature != null && type != DocType.NEWS) {
      return signature;
    }
    String head = text.substring(0, Math.min(text.length(), 1500));
    Matcher delivered = DELIVERY_DATE.matcher(head);
    if (delivered.find()) {
      return isoDate(delivered.group(1), delivered.group(2), delivered.group(3));
    }
    Matcher meta = META_DATE.matcher(head);
    if (meta.find()) {
      return isoDate(meta.group(1), meta.group(2), meta.group(3));
    }
    if (type == DocType.NEWS) {
      Matcher dateline = ISO_DATE.matcher(head);
      while (dateline.find()) {
        String date = isoDate(dateline.group(1), dateline.group(2), dateline.group(3));
        if (date != null) {
          return date;
        }
      }
    }
    Matcher adopted = CN_DATE.matcher(head);
    if (type == DocType.OTHER && adopted.find()) {
      return isoDate(adopted.group(1), adopted.group(2), adopted.group(3));
    }
    return signature;
  }

  static String issuer(DocType type, String text) {
    if (type == DocType.NEWS) {
      Matcher source = PRESS_SOURCE.matcher(text);
      return source.find() ? source.group(1) : null;
    }
    if (type == DocType.WORK_REPORT) {
      return "国务院";
    }
    String tail = text.substring(Math.max(0, text.length() - SIGNATURE_WINDOW));
    Matcher date = CN_DATE.matcher(tail);
    int dateStart = -1;
    while (date.find()) {
      dateStart = date.start();
    }
    if (dateStart < 0) {
      return null;
    }
    String before = tail.substring(0, dateStart).stripTrailing();
    // The issuer sits on the line before the date, or before it on the same line.
    int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('。'), before.lastIndexOf('。')));
    String line = before.substring(cut + 1).strip();
    return ISSUER_LINE.matcher(line).matches() ? line : null;
  }

  private static boolean isNationalResolution(String title) {
    return title != null && title.contains("全国人民代表大会") && RESOLUTION.matcher(title).find();
  }

  private static String lastDate(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    String last = null;
    while (m.find()) {
      String date = isoDate(m.group(1), m.group(2), m.group(3));
      if (date != null) {
        last = date;
      }
    }
    return last;
  }

  static String isoDate(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static final class Holder {
    static final MetadataExtractor INSTANCE = new MetadataExtractor(RegionResolver.bundled());
  }

  /** For tests and callers that only need the region. */
  public Optional<RegionMatch> region(String title, String text, Integer year) {
    return regions.resolve(title, text, year);
  }
}
