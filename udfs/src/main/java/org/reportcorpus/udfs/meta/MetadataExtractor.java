package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.clean.Dates;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * Reads a report's own metadata from its text, before and after boilerplate stripping.
 *
 * <ol>
 *   <li>title: the given one, else a short line near the top that reads as a report title (never a
 *       numbered heading like 「二、…情况」), else the page's 信息名称;
 *   <li>addressee: the line ending ':' after the title (「苏州市人民政府:」), also when the opening
 *       sentence follows on the same line; the opening is the body after title and addressee;
 *   <li>doc type and its confidence: {@link DocTypeClassifier} over title, head, opening and tail;
 *   <li>report year: for a work report the year reviewed (delivery year - 1); for an annual report
 *       the year in the title, else in the opening 「2023年,泗阳县…」; none for news and other;
 *   <li>published date: news — the dateline, else page metadata; work reports — the delivery date
 *       (「——2024年3月5日在…」); others — the {@link Signature} date, else 生成日期, else 公开日期,
 *       else a dateline;
 *   <li>issuer: news — the newspaper of the dateline or 来源 line; a national work report — 国务院;
 *       others — the signing body, else the page's 发布机构;
 *   <li>doc number: the page's 文件编号, else a number like 常政发〔2018〕9号 near the top;
 *   <li>region: {@link RegionResolver} on title and cleaned text, then on the text with its chrome
 *       (a 发布机构 line names the issuer); unresolved gets a reason.
 * </ol>
 *
 * <p>Pure and thread-safe.
 */
public final class MetadataExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Characters of the unstripped text that make its head (datelines, bylines, page fields). */
  static final int HEAD_CHARS = 1000;

  static final int OPENING_CHARS = 300;
  static final int TAIL_CHARS = 300;

  /** Lines at the top looked at for title, addressee and document number. */
  private static final int TOP_LINES = 15;

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年(?:度|以来)?[,,、]");
  private static final Pattern DELIVERY =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*在");
  private static final Pattern ADOPTED =
      Pattern.compile("[((]\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[^))]{0,60}通过\\s*[))]");
  private static final Pattern PRESS_SOURCE =
      Pattern.compile("(?:稿件来源|文章来源|来源)\\s*[::]\\s*([^\\s|,,。]+)");
  private static final Pattern NEWSPAPER = Pattern.compile("^(.{2,}?报)");
  private static final Pattern TITLE_LINE =
      Pattern.compile("^[^,,。;;::!?]{6,60}(?:报告|情况|总结|决议)$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\\d]+[))]|\\d+[.、])");
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          "^([\\p{IsHan}()() 、,,]{2,80}?(?:政府|党委|党组|委|委员会|常委会|人大|中央|国务院|办公室|办公厅|局|厅|部|院))"
              + "\\s*[::]\\s*(.*)$");
  private static final Pattern DOC_NUMBER =
      Pattern.compile("[\\p{IsHan}]{1,12}[〔\\[(【]\\s*(?:19|20)\\d{2}\\s*[〕\\])】]\\s*第?\\s*\\d{1,4}\\s*号");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final DocTypeClassifier docTypes;
  private final RegionResolver regions;
  private transient volatile RegionReasons reasons;

  public MetadataExtractor(DocTypeClassifier docTypes, RegionResolver regions) {
    if (docTypes == null || regions == null) {
      throw new IllegalArgumentException("docTypes and regions must not be null");
    }
    this.docTypes = docTypes;
    this.regions = regions;
  }

  /** {@link #extract(String, CleanedText, Signature, String, Integer)} finding the signature itself. */
  public DocumentMetadata extract(String normalizedText, CleanedText cleaned, String givenTitle, Integer givenYear) {
    return extract(normalizedText, cleaned, Signature.find(cleaned == null ? null : cleaned.text()), givenTitle,
        givenYear);
  }

  /**
   * The metadata of one document.
   *
   * @param normalizedText the text before boilerplate stripping (its chrome is evidence), or null
   * @param cleaned the same text after {@code BoilerplateStripper}, or null
   * @param signature {@link Signature#find} of the cleaned text (found here when null)
   * @param givenTitle a title that came with the record, or null
   * @param givenYear a year that came with the record: a hint, used only for work reports whose
   *     text and title carry no year
   */
  public DocumentMetadata extract(
      String normalizedText, CleanedText cleaned, Signature signature, String givenTitle, Integer givenYear) {
    String given = givenTitle == null || givenTitle.isBlank() ? null : givenTitle.strip();
    if (normalizedText == null || cleaned == null || cleaned.text() == null) {
      return new DocumentMetadata(given, null, 0.0, null, null, null, null, null, null, RegionReasons.NO_TEXT);
    }
    String body = cleaned.text();
    Signature closing = signature != null ? signature : Signature.find(body);
    String title = given != null ? given : findTitle(body);
    if (title == null) {
      title = cleaned.pageTitle();
    }
    Top top = Top.of(body, title);
    String head = normalizedText.substring(0, Math.min(normalizedText.length(), HEAD_CHARS));
    String tail = body.substring(Math.max(0, body.length() - TAIL_CHARS));
    DocTypeClassifier.Result type = docTypes.classify(new DocTypeClassifier.Views(title, head, top.opening, tail, body));
    Integer year = reportYear(type.type(), title, body, top.opening, givenYear);
    Optional<RegionMatch> resolved = regions.resolve(title, body, year);
    if (resolved.isEmpty() && !normalizedText.equals(body)) {
      resolved = regions.resolve(title, normalizedText, year);
    }
    RegionMatch region = resolved.orElse(null);
    return new DocumentMetadata(
        title,
        type.type().label(),
        type.confidence(),
        year,
        publishedDate(type.type(), closing, cleaned, body),
        issuer(type.type(), closing, cleaned, head, region),
        top.addressee,
        docNumber(cleaned.page(), top.lines),
        region,
        region == null ? reasons().explain(title, top.opening, year) : null);
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

  static Integer reportYear(DocType type, String title, String body, String opening, Integer givenYear) {
    switch (type) {
      case WORK_REPORT -> {
        Matcher delivered = DELIVERY.matcher(body.substring(0, Math.min(body.length(), 400)));
        if (delivered.find()) {
          return Integer.parseInt(delivered.group(1)) - 1;
        }
        Integer inTitle = firstYear(title);
        if (inTitle != null) {
          return inTitle - 1;
        }
        return givenYear == null ? null : givenYear - 1;
      }
      case ANNUAL_REPORT -> {
        Integer inTitle = firstYear(title);
        if (inTitle != null) {
          return inTitle;
        }
        Matcher m = opening == null ? null : OPENING_YEAR.matcher(opening);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static Integer firstYear(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  static String publishedDate(DocType type, Signature signature, CleanedText cleaned, String body) {
    PageMetadata page = cleaned.page();
    String head = body.substring(0, Math.min(body.length(), 400));
    return switch (type) {
      case NEWS -> firstNonNull(cleaned.datelineDate(), page.publicDate(), page.generatedDate(), signature.date());
      case WORK_REPORT -> firstNonNull(dateOf(DELIVERY, head), signature.date(), page.generatedDate(),
          page.publicDate());
      case OTHER -> firstNonNull(signature.date(), page.generatedDate(), page.publicDate(), dateOf(ADOPTED, head),
          cleaned.datelineDate());
      default -> firstNonNull(signature.date(), page.generatedDate(), page.publicDate(), cleaned.datelineDate());
    };
  }

  static String issuer(DocType type, Signature signature, CleanedText cleaned, String head, RegionMatch region) {
    if (type == DocType.NEWS) {
      String source = cleaned.source();
      if (source == null) {
        Matcher m = PRESS_SOURCE.matcher(head);
        source = m.find() ? m.group(1) : null;
      }
      if (source == null) {
        return null;
      }
      Matcher paper = NEWSPAPER.matcher(source);
      return paper.find() ? paper.group(1) : source;
    }
    if (type == DocType.WORK_REPORT && region != null && region.adminLevel() == AdminLevel.NATIONAL) {
      return "国务院";
    }
    return signature.issuer() != null ? signature.issuer() : cleaned.page().publisher();
  }

  static String docNumber(PageMetadata page, List<String> topLines) {
    if (page.docNumber() != null) {
      return page.docNumber();
    }
    for (String line : topLines) {
      if (line.length() <= 80) {
        Matcher m = DOC_NUMBER.matcher(line);
        if (m.find()) {
          return SPACES.matcher(m.group()).replaceAll("");
        }
      }
    }
    return null;
  }

  private static String dateOf(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Dates.iso(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private RegionReasons reasons() {
    RegionReasons local = reasons;
    if (local == null) {
      // The resolver does not expose its gazetteer; the bundled one is the one it is built on in practice.
      local = new RegionReasons(Gazetteer.bundled());
      reasons = local;
    }
    return local;
  }

  /**
   * The top of the body: its first lines, the addressee and where the opening paragraph starts.
   * Title lines, short unpunctuated lines (headlines, 「——2024年3月5日在…」, 「国务院总理 李强」) and
   * salutations ending ':' come before the opening.
   */
  record Top(List<String> lines, String addressee, String opening) {

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
}
