package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of one document — what it says about itself before and after its body — read once by
 * {@link DocumentHeadParser}. Metadata, report year, issuer, dates and region all read from it.
 *
 * @param title the given title, else a report-title line near the top, else the page's 信息名称
 * @param addressee the salutation after the title (苏州市人民政府), or null
 * @param opening up to 300 characters of the body after title and addressee, or null
 * @param topLines the first non-empty lines of the body (each at most 200 characters)
 * @param delivery the delivery line of a work report near the top (「——2024年3月5日在…」), also
 *     after page and newspaper headers, or null
 * @param speaker the speaker's line next to the delivery line (「省长 ×××」), or null
 * @param adoptedDate the date of an adoption note near the top (「(2024年3月11日…通过)」), or null
 * @param source the page's 来源 field or a dateline's source, else a 来源 line in the head, or null
 * @param signature the signing body and date that close the body
 * @param body the body's lines by role, as the region rules read them
 * @param withChrome the same for the unstripped text, whose chrome may name the issuer (发布机构:…);
 *     null when nothing was stripped
 */
public record DocumentHead(
    String title,
    String addressee,
    String opening,
    List<String> topLines,
    Delivery delivery,
    Speaker speaker,
    String adoptedDate,
    String source,
    Signature signature,
    Lines body,
    Lines withChrome)
    implements Serializable {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  /** "2023年,泗阳县…" — the opening starts with the year it reviews. */
  private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年(?:度|以来)?[,,、]");

  public DocumentHead {
    topLines = topLines == null ? List.of() : List.copyOf(topLines);
  }

  /**
   * A work report's delivery line: 「——2026年1月27日在湖南省第十四届人民代表大会第四次会议上」.
   *
   * @param line the line as written
   * @param year the year of its date, or null when it has none
   * @param date its date, {@code yyyy-MM-dd}, or null
   * @param place the place of the congress (湖南省), blank when the line names none (「在市第十六届…」),
   *     null when the line names no congress the rules read
   * @param national whether the congress is the national one (第十四届全国人民代表大会)
   */
  public record Delivery(String line, Integer year, String date, String place, boolean national)
      implements Serializable {}

  /**
   * The speaker's line: 「湖南省省长 ×××」, 「代市长 ×××」, 「国务院总理」 (the name may follow on the next line).
   *
   * @param line the line as written
   * @param place the place before the title (湖南省), blank when none
   * @param title the title (省长, 市长, 县长, 区长, 总理…)
   */
  public record Speaker(String line, String place, String title) implements Serializable {}

  /** The year of the delivery line's date, or null. */
  public Integer deliveryYear() {
    return delivery == null ? null : delivery.year();
  }

  /** The date of the delivery line, {@code yyyy-MM-dd}, or null. */
  public String deliveryDate() {
    return delivery == null ? null : delivery.date();
  }

  /** The first year named in the title, or null. */
  public Integer titleYear() {
    return firstYear(title);
  }

  /** The year the opening starts with (「2023年,泗阳县…」), or null. */
  public Integer openingYear() {
    Matcher m = opening == null ? null : OPENING_YEAR.matcher(opening);
    return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  static Integer firstYear(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * The lines of a head sorted by role, as the region rules read them.
   *
   * @param titles the given title and the title-like lines (also the value of 信息名称:…)
   * @param addressees salutations naming a government body (the parent government)
   * @param issuers government lines in the page chrome (发布机构:…) and the signing body
   * @param preamble the chrome lines before the body, where national markers are looked for
   * @param opening about 300 characters from the first body line
   */
  public record Lines(
      List<String> titles, List<String> addressees, List<String> issuers, String preamble, String opening)
      implements Serializable {

    public Lines {
      titles = List.copyOf(titles);
      addressees = List.copyOf(addressees);
      issuers = List.copyOf(issuers);
    }

    /** The first year in a title, else in the opening: narrows look-alikes when no year is given. */
    public Integer firstYear() {
      for (String t : titles) {
        Integer y = DocumentHead.firstYear(t);
        if (y != null) {
          return y;
        }
      }
      return DocumentHead.firstYear(opening);
    }
  }
}
