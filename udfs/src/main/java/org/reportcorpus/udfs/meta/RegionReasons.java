package org.reportcorpus.udfs.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reportcorpus.udfs.region.Division;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.region.NamedPlace;

/**
 * Says why no region was resolved, for analysts auditing the {@code region_unresolved_reason}
 * column. The resolver answers only "found" or "not found"; this looks again at the places a work
 * report names in its delivery and speaker lines, the title and the opening for full division names
 * (常熟市, 朝阳区) and reports the first that names several divisions, else that no name was found
 * (or that the delivery line names a place the gazetteer does not know), else the names that were
 * found but not taken.
 */
final class RegionReasons {

  static final String NO_TEXT = "no text";
  static final String NO_PLACE = "no place name in title or opening";
  static final String NO_PLACE_DELIVERED = "no place name in delivery line, title or opening";
  static final String UNKNOWN_PLACE = "no known place in delivery line: ";

  /** Characters a full division name ends with. */
  private static final String SUFFIXES = "省市县区州旗盟";

  private static final int MAX_NAME = 12;

  private final Gazetteer gazetteer;

  RegionReasons(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The reason for title and opening (either may be null); {@code year} narrows look-alikes. */
  String explain(String title, String opening, Integer year) {
    return explain((title == null ? "" : title + "\n") + (opening == null ? "" : opening), year, NO_PLACE);
  }

  /**
   * The reason for a head whose own places ({@code named}: the congress of the delivery line, the
   * speaker's line) were tried first; without them as {@link #explain(String, String, Integer)}.
   */
  String explainHead(DocumentHead head, List<NamedPlace> named, Integer year) {
    if (named.isEmpty()) {
      return explain(head.title(), head.opening(), year);
    }
    StringBuilder own = new StringBuilder();
    named.forEach(p -> own.append(p.text()).append('\n'));
    String span =
        own + (head.title() == null ? "" : head.title() + "\n") + (head.opening() == null ? "" : head.opening());
    String reason = explain(span, year, NO_PLACE_DELIVERED);
    if (reason.equals(NO_PLACE_DELIVERED) && !own.toString().isBlank()) {
      return UNKNOWN_PLACE + own.toString().strip().replace('\n', ' ');
    }
    return reason;
  }

  private String explain(String span, Integer year, String noPlace) {
    if (span.isBlank()) {
      return NO_TEXT;
    }
    Map<String, List<Division>> named = namesIn(span, year);
    for (Map.Entry<String, List<Division>> e : named.entrySet()) {
      if (e.getValue().size() > 1) {
        TreeSet<String> codes = new TreeSet<>();
        e.getValue().forEach(d -> codes.add(d.code()));
        return "ambiguous: " + e.getKey() + " (" + String.join(", ", codes) + ")";
      }
    }
    if (named.isEmpty()) {
      return noPlace;
    }
    return "no reporting region among places named: " + String.join(", ", named.keySet());
  }

  /** Full names in {@code span}, the longest ending at each suffix character, in text order. */
  private Map<String, List<Division>> namesIn(String span, Integer year) {
    Map<String, List<Division>> named = new LinkedHashMap<>();
    for (int end = 1; end < span.length(); end++) {
      if (SUFFIXES.indexOf(span.charAt(end)) < 0) {
        continue;
      }
      for (int len = Math.min(MAX_NAME, end + 1); len >= 2; len--) {
        String name = span.substring(end + 1 - len, end + 1);
        List<Division> rows = distinctCodes(gazetteer.byName(name), year);
        if (!rows.isEmpty()) {
          named.putIfAbsent(name, rows);
          break;
        }
      }
    }
    return named;
  }

  /** One row per code, only rows valid in {@code year} when that leaves any. */
  private List<Division> distinctCodes(List<Division> rows, Integer year) {
    List<Division> valid = new ArrayList<>();
    if (year != null) {
      int y = gazetteer.clampYear(year);
      rows.stream().filter(d -> d.validIn(y)).forEach(valid::add);
    }
    List<Division> pool = valid.isEmpty() ? rows : valid;
    Map<String, Division> byCode = new LinkedHashMap<>();
    pool.forEach(d -> byCode.putIfAbsent(d.code(), d));
    return new ArrayList<>(byCode.values());
  }
}
