package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * Reads a report's own metadata from its {@link DocumentHead}, read once per document.
 *
 * <ol>
 *   <li>the head ({@link DocumentHeadParser}): title, addressee, opening, delivery line, signature,
 *       the lines by role of the body and of the unstripped text;
 *   <li>doc type and its confidence: {@link DocTypeClassifier} over title, head, opening and tail;
 *   <li>report year: for a work report the year reviewed (delivery year - 1); for an annual report
 *       the year in the title, else in the opening 「2023年,泗阳县…」; none for news and other;
 *   <li>published date: news — the dateline, else page metadata; work reports — the delivery date
 *       (「——2024年3月5日在…」); others — the {@link Signature} date, else 生成日期, else 公开日期,
 *       else a dateline;
 *   <li>issuer: news — the newspaper of the dateline or 来源 line; a national work report — 国务院;
 *       others — the signing body, else the page's 发布机构;
 *   <li>doc number: the page's 文件编号, else a number like 常政发〔2018〕9号 near the top;
 *   <li>region: {@link RegionResolver} on the head (its body, else the text with its chrome: a
 *       发布机构 line names the issuer); unresolved gets a reason.
 * </ol>
 *
 * <p>Pure and thread-safe.
 */
public final class MetadataExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int TAIL_CHARS = 300;

  private static final Pattern NEWSPAPER = Pattern.compile("^(.{2,}?报)");
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
    return extract(normalizedText, cleaned, null, givenTitle, givenYear);
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
    DocumentHead head = DocumentHeadParser.parse(normalizedText, cleaned, signature, given);
    String body = cleaned.text();
    String top = normalizedText.substring(0, Math.min(normalizedText.length(), DocumentHeadParser.HEAD_CHARS));
    String tail = body.substring(Math.max(0, body.length() - TAIL_CHARS));
    DocTypeClassifier.Result type =
        docTypes.classify(new DocTypeClassifier.Views(head.title(), top, head.opening(), tail, body));
    Integer year = reportYear(type.type(), head, givenYear);
    RegionMatch region = regions.resolve(head, year).orElse(null);
    return new DocumentMetadata(
        head.title(),
        type.type().label(),
        type.confidence(),
        year,
        publishedDate(type.type(), head, cleaned),
        issuer(type.type(), head, cleaned.page(), region),
        head.addressee(),
        docNumber(cleaned.page(), head.topLines()),
        region,
        region == null ? reasons().explain(head.title(), head.opening(), year) : null);
  }

  static Integer reportYear(DocType type, DocumentHead head, Integer givenYear) {
    switch (type) {
      case WORK_REPORT -> {
        if (head.deliveryYear() != null) {
          return head.deliveryYear() - 1;
        }
        Integer inTitle = head.titleYear();
        if (inTitle != null) {
          return inTitle - 1;
        }
        return givenYear == null ? null : givenYear - 1;
      }
      case ANNUAL_REPORT -> {
        Integer inTitle = head.titleYear();
        return inTitle != null ? inTitle : head.openingYear();
      }
      default -> {
        return null;
      }
    }
  }

  static String publishedDate(DocType type, DocumentHead head, CleanedText cleaned) {
    PageMetadata page = cleaned.page();
    String signed = head.signature().date();
    return switch (type) {
      case NEWS -> firstNonNull(cleaned.datelineDate(), page.publicDate(), page.generatedDate(), signed);
      case WORK_REPORT -> firstNonNull(head.deliveryDate(), signed, page.generatedDate(), page.publicDate());
      case OTHER -> firstNonNull(signed, page.generatedDate(), page.publicDate(), head.adoptedDate(),
          cleaned.datelineDate());
      default -> firstNonNull(signed, page.generatedDate(), page.publicDate(), cleaned.datelineDate());
    };
  }

  static String issuer(DocType type, DocumentHead head, PageMetadata page, RegionMatch region) {
    if (type == DocType.NEWS) {
      String source = head.source();
      if (source == null) {
        return null;
      }
      Matcher paper = NEWSPAPER.matcher(source);
      return paper.find() ? paper.group(1) : source;
    }
    if (type == DocType.WORK_REPORT && region != null && region.adminLevel() == AdminLevel.NATIONAL) {
      return "国务院";
    }
    return head.signature().issuer() != null ? head.signature().issuer() : page.publisher();
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
}
