package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.RuleTable;
import org.reportcorpus.udfs.region.AdminLevel;

/**
 * Where each genre of document states its region, report year and issuer, and how the lines of a
 * work report's head are recognized: the rules of conf/head_rules.tsv (format in its header).
 *
 * <ol>
 *   <li>{@code delivery} and {@code speaker}: the patterns {@link DocumentHeadParser} finds the
 *       delivery line (「——2026年1月27日在湖南省第十四届人民代表大会第四次会议上」, the congress's place in
 *       its {@code place} group) and the speaker's line (「省长 ×××」) with;
 *   <li>{@code speaker_title}: the levels a speaker's title allows (省长 → province; 市长 →
 *       province, prefecture or county: the mayors of 北京市 and of 浏阳市);
 *   <li>{@code region}, {@code year}, {@code issuer}: per genre (a doc type, or {@code department}
 *       for an annual report or other document whose region is a department), the sources in the
 *       order they are tried; the first that gives a value wins.
 * </ol>
 *
 * <p>Immutable and serializable; patterns are compiled once, when the rules are parsed.
 */
public final class HeadRules implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SOURCE = "head_rules.tsv";

  /** The genre whose rules replace an annual report's or other document's when its region is a department. */
  public static final String DEPARTMENT = "department";

  /** Where a region is read: the congress of the delivery line, the speaker's line, the rest of the head. */
  public enum RegionSource { CONGRESS, SPEAKER, HEAD }

  /** Where a report year is read; {@code _BEFORE} sources give the year before (a work report reviews it). */
  public enum YearSource {
    DELIVERY_BEFORE("delivery-1"),
    TITLE_BEFORE("title-1"),
    GIVEN_BEFORE("given-1"),
    DATELINE_BEFORE("dateline-1"),
    TITLE("title"),
    OPENING("opening");

    private final String label;

    YearSource(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where an issuer is read. */
  public enum IssuerSource { NATIONAL, GOVERNMENT, SIGNATURE, PUBLISHER, SOURCE, DEPARTMENT }

  /** The sources of one genre, in order; a list is null when the genre does not set it. */
  public record Genre(List<RegionSource> region, List<YearSource> year, List<IssuerSource> issuer)
      implements Serializable {}

  private static final Set<String> GENRES = Set.of("annual_report", "work_report", "news", "other", DEPARTMENT);

  private final Pattern delivery;
  private final Pattern speaker;
  private final Map<String, Set<AdminLevel>> speakerTitles;
  private final Map<String, Genre> genres;

  private HeadRules(
      Pattern delivery, Pattern speaker, Map<String, Set<AdminLevel>> speakerTitles, Map<String, Genre> genres) {
    this.delivery = delivery;
    this.speaker = speaker;
    this.speakerTitles = Map.copyOf(speakerTitles);
    this.genres = Map.copyOf(genres);
  }

  /** The rules of a head_rules.tsv: columns rule, key, value. */
  public static HeadRules parse(String tsv) {
    Pattern delivery = null;
    Pattern speaker = null;
    Map<String, Set<AdminLevel>> titles = new LinkedHashMap<>();
    Map<String, List<RegionSource>> regions = new HashMap<>();
    Map<String, List<YearSource>> years = new HashMap<>();
    Map<String, List<IssuerSource>> issuers = new HashMap<>();
    for (RuleTable.Row row : RuleTable.rows(tsv, SOURCE, "rule")) {
      String rule = row.col(0);
      switch (rule) {
        case "delivery" -> delivery = withGroups(row, "place", "national");
        case "speaker" -> speaker = withGroups(row, "place", "title");
        case "speaker_title" -> titles.put(row.col(1), levels(row));
        case "region" -> regions.put(genre(row), regionSources(row));
        case "year" -> years.put(genre(row), sources(row, YearSource.class));
        case "issuer" -> issuers.put(genre(row), sources(row, IssuerSource.class));
        default -> throw row.error(
            "unknown rule '" + rule + "' (expected delivery, speaker, speaker_title, region, year or issuer)");
      }
    }
    if (delivery == null || speaker == null) {
      throw new IllegalArgumentException(SOURCE + ": a delivery and a speaker pattern are required");
    }
    Map<String, Genre> genres = new HashMap<>();
    for (String genre : GENRES) {
      genres.put(genre, new Genre(regions.get(genre), years.get(genre), issuers.get(genre)));
    }
    for (DocType type : DocType.values()) {
      Genre g = genres.get(type.label());
      if (g.region() == null || g.year() == null || g.issuer() == null) {
        throw new IllegalArgumentException(SOURCE + ": " + type.label() + " needs a region, a year and an issuer rule");
      }
    }
    return new HeadRules(delivery, speaker, titles, genres);
  }

  /** The genre in column 2: a doc type, or department (which has no region rule). */
  private static String genre(RuleTable.Row row) {
    String genre = row.col(1);
    if (!GENRES.contains(genre)) {
      throw row.error("genre must be one of " + new TreeSet<>(GENRES) + " but got '" + genre + "'");
    }
    if (genre.equals(DEPARTMENT) && row.col(0).equals("region")) {
      throw row.error("department sets year and issuer only: its region is known before the genre");
    }
    return genre;
  }

  /** The delivery-line pattern: groups {@code place} (may be empty) and {@code national} (may not match). */
  public Pattern delivery() {
    return delivery;
  }

  /** The speaker-line pattern: groups {@code place} (may be empty) and {@code title}. */
  public Pattern speaker() {
    return speaker;
  }

  /** The levels a speaker's title allows; empty (any) for a title not listed. */
  public Set<AdminLevel> levelsOf(String speakerTitle) {
    return speakerTitle == null ? Set.of() : speakerTitles.getOrDefault(speakerTitle, Set.of());
  }

  /** The rules of a doc type. */
  public Genre of(DocType type) {
    return genres.get(type.label());
  }

  /**
   * The rules of a document of {@code type} whose region is a department: the department genre's
   * year and issuer where it sets them (annual reports and other documents only), else the type's.
   */
  public Genre of(DocType type, boolean departmentRegion) {
    Genre own = of(type);
    Genre department = genres.get(DEPARTMENT);
    if (!departmentRegion || (type != DocType.ANNUAL_REPORT && type != DocType.OTHER)) {
      return own;
    }
    return new Genre(
        own.region(),
        department.year() != null ? department.year() : own.year(),
        department.issuer() != null ? department.issuer() : own.issuer());
  }

  private static Pattern withGroups(RuleTable.Row row, String... groups) {
    Pattern p = row.pattern(2);
    for (String group : groups) {
      if (!p.pattern().contains("(?<" + group + ">")) {
        throw row.error("a " + row.col(0) + " pattern needs a (?<" + group + ">…) group");
      }
    }
    return p;
  }

  private static Set<AdminLevel> levels(RuleTable.Row row) {
    if (row.col(1).isEmpty()) {
      throw row.error("speaker_title needs a title in column 2");
    }
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    for (String label : row.col(2).split(",")) {
      try {
        levels.add(AdminLevel.fromLabel(label));
      } catch (IllegalArgumentException e) {
        throw row.error("level must be one of national, province, prefecture, county but got '" + label.strip() + "'");
      }
    }
    return levels;
  }

  private static List<RegionSource> regionSources(RuleTable.Row row) {
    List<RegionSource> sources = sources(row, RegionSource.class);
    int head = sources.indexOf(RegionSource.HEAD);
    if (head >= 0 && head != sources.size() - 1) {
      throw row.error("head must be the last region source: the congress and speaker lines are tried first");
    }
    return sources;
  }

  private static <E extends Enum<E>> List<E> sources(RuleTable.Row row, Class<E> type) {
    List<E> sources = new ArrayList<>();
    if (row.col(2).equals("-")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(label(constant));
    }
    for (String value : row.col(2).split(",")) {
      String name = value.strip();
      E found = null;
      for (E constant : type.getEnumConstants()) {
        if (label(constant).equals(name)) {
          found = constant;
        }
      }
      if (found == null) {
        throw row.error(row.col(0) + " source must be one of " + names + " but got '" + name + "'");
      }
      sources.add(found);
    }
    return List.copyOf(sources);
  }

  private static String label(Enum<?> constant) {
    return constant instanceof YearSource y ? y.label() : constant.name().toLowerCase(Locale.ROOT);
  }
}
