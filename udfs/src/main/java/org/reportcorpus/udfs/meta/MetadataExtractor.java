package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.region.NamedPlace;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * Reads a report's own metadata from its {@link DocumentHead}, read once per document.
 *
 * <ol>
 *   <li>the head ({@link DocumentHeadParser}): title, addressee, opening, delivery and speaker lines,
 *       signature, the lines by role of the body and of the unstripped text;
 *   <li>doc type and its confidence: {@link DocTypeClassifier} over title, head, opening and tail;
 *   <li>the genre's rules ({@link HeadRules}, conf/head_rules.tsv) say where region, report year and
 *       issuer are read, in order;
 *   <li>report year: for a work report the year reviewed (delivery year - 1, else title, given or
 *       dateline year - 1); for an annual report the year in the title, else in the opening
 *       「2023年,泗阳县…」; none for news and other;
 *   <li>region: {@link RegionResolver} on the congress of the delivery line and the speaker's line
 *       (work reports), then the head (its body, else the text with its chrome: a 发布机构 line
 *       names the issuer); unresolved gets a reason;
 *   <li>published date: news — the dateline, else page metadata; work reports — the delivery date
 *       (「——2024年3月5日在…」); others — the {@link Signature} date, else 生成日期, else 公开日期,
 *       else a dateline;
 *   <li>issuer: news — the newspaper of the dateline or 来源 line; a work report — 国务院 when
 *       national, else the region's 人民政府; others — the signing body, else the page's 发布机构,
 *       for a department's report else the department;
 *   <li>doc number: the page's 文件编号, else a number like 常政发〔2018〕9号 near the top.
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

  /** Levels whose government issues its work report: the region's 人民政府. */
  private static final Set<AdminLevel> GOVERNMENT_LEVELS =
      EnumSet.of(AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY);

  private final DocTypeClassifier docTypes;
  private final HeadRules headRules;
  private final RegionResolver regions;
  private transient volatile RegionReasons reasons;

  public MetadataExtractor(DocTypeClassifier docTypes, HeadRules headRules, RegionResolver regions) {
    if (docTypes == null || headRules == null || regions == null) {
      throw new IllegalArgumentException("docTypes, headRules and regions must not be null");
    }
    this.docTypes = docTypes;
    this.headRules = headRules;
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
    DocumentHead head = DocumentHeadParser.parse(normalizedText, cleaned, signature, given, headRules);
    String body = cleaned.text();
    String top = normalizedText.substring(0, Math.min(normalizedText.length(), DocumentHeadParser.HEAD_CHARS));
    String tail = body.substring(Math.max(0, body.length() - TAIL_CHARS));
    DocTypeClassifier.Result type =
        docTypes.classify(new DocTypeClassifier.Views(head.title(), top, head.opening(), tail, body));
    HeadRules.Genre genre = headRules.of(type.type());
    Integer year = reportYear(genre.year(), head, givenYear, cleaned);
    List<NamedPlace> named = namedPlaces(genre.region(), head);
    RegionMatch region =
        regions.resolve(head, year, named, genre.region().contains(HeadRules.RegionSource.HEAD)).orElse(null);
    if (region != null && region.adminLevel() == AdminLevel.DEPARTMENT) {
      genre = headRules.of(type.type(), true);
      year = reportYear(genre.year(), head, givenYear, cleaned);
    }
    return new DocumentMetadata(
        head.title(),
        type.type().label(),
        type.confidence(),
        year,
        publishedDate(type.type(), head, cleaned),
        issuer(genre.issuer(), head, cleaned, region),
        head.addressee(),
        docNumber(cleaned.page(), head.topLines()),
        region,
        region == null ? reasons().explainHead(head, named, year) : null);
  }

  /** The places the delivery line's congress and the speaker's line name, in the genre's order. */
  List<NamedPlace> namedPlaces(List<HeadRules.RegionSource> sources, DocumentHead head) {
    DocumentHead.Delivery delivery = head.delivery();
    DocumentHead.Speaker speaker = head.speaker();
    Set<AdminLevel> levels = speaker == null ? Set.of() : headRules.levelsOf(speaker.title());
    List<NamedPlace> named = new ArrayList<>();
    for (HeadRules.RegionSource source : sources) {
      if (source == HeadRules.RegionSource.CONGRESS && delivery != null && delivery.place() != null) {
        named.add(new NamedPlace(delivery.place(), delivery.national(), levels, delivery.line()));
      } else if (source == HeadRules.RegionSource.SPEAKER && speaker != null) {
        named.add(new NamedPlace(speaker.place(), false, levels, speaker.line()));
      }
    }
    return named;
  }

  /** The first year the sources give, in order; null when none does. */
  static Integer reportYear(
      List<HeadRules.YearSource> sources, DocumentHead head, Integer givenYear, CleanedText cleaned) {
    for (HeadRules.YearSource source : sources) {
      Integer year = switch (source) {
        case DELIVERY_BEFORE -> before(head.deliveryYear());
        case TITLE_BEFORE -> before(head.titleYear());
        case GIVEN_BEFORE -> before(givenYear);
        case DATELINE_BEFORE -> before(yearOf(firstNonNull(cleaned.datelineDate(), cleaned.page().publicDate())));
        case TITLE -> head.titleYear();
        case OPENING -> head.openingYear();
      };
      if (year != null) {
        return year;
      }
    }
    return null;
  }

  private static Integer before(Integer year) {
    return year == null ? null : year - 1;
  }

  /** The year of a {@code yyyy-MM-dd} date, or null. */
  private static Integer yearOf(String isoDate) {
    return isoDate == null || isoDate.length() < 4 ? null : Integer.valueOf(isoDate.substring(0, 4));
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

  /** The first issuer the sources give, in order; null when none does. */
  static String issuer(
      List<HeadRules.IssuerSource> sources, DocumentHead head, CleanedText cleaned, RegionMatch region) {
    for (HeadRules.IssuerSource source : sources) {
      String issuer = switch (source) {
        case NATIONAL -> region != null && region.adminLevel() == AdminLevel.NATIONAL ? "国务院" : null;
        case GOVERNMENT -> region != null && GOVERNMENT_LEVELS.contains(region.adminLevel())
            ? region.regionName() + "人民政府" : null;
        case SIGNATURE -> head.signature().issuer();
        case PUBLISHER -> cleaned.page().publisher();
        case SOURCE -> newspaper(head.source());
        case DEPARTMENT -> region != null && region.department() != null
            ? region.regionName() + region.department() : null;
      };
      if (issuer != null) {
        return issuer;
      }
    }
    return null;
  }

  private static String newspaper(String source) {
    if (source == null) {
      return null;
    }
    Matcher paper = NEWSPAPER.matcher(source);
    return paper.find() ? paper.group(1) : source;
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
