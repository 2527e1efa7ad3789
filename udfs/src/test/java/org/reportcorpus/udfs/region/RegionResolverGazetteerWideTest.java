package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every unit of a year, named the way reports name themselves, resolves to itself: with its parent
 * in the addressee or in a chain it must be found, without the parent it may be ambiguous (empty)
 * but never another unit.
 */
class RegionResolverGazetteerWideTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final RegionResolver RESOLVER = RegionResolver.bundled();

  /** Units the resolver deliberately maps to another code. */
  private static final Map<String, String> REDIRECTED = Map.of("620201", "620200"); // 嘉峪关市 → the prefecture

  /**
   * 定州市 and 辛集市 are both province-administered (GB/T 2260, 139001/139002) and under their
   * prefectures (statistical codes 130682/130181) in 2015–2016: two units, same name, same province.
   */
  private static final Set<String> DOUBLY_LISTED = Set.of("139001", "139002", "130682", "130181");

  @ParameterizedTest
  @ValueSource(ints = {2004, 2012, 2016, 2023})
  void everyUnitResolvesToItself(int year) {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Division d : GAZETTEER.validIn(year)) {
      String parent =
          d.parentCode() == null ? "" : GAZETTEER.byCode(d.parentCode(), year).orElseThrow().name();
      String expected = REDIRECTED.getOrDefault(d.code(), d.code());
      String addressee = parent.isEmpty() ? "" : parent + "人民政府:\n";
      String body = "坚持以习近平法治思想为指导,全面推进依法行政。";
      String title = d.name() + year + "年法治政府建设年度报告";

      // must be found
      check(failures, d, expected, true, title, addressee + year + "年," + d.name() + body, year);
      check(failures, d, expected, true, null, addressee + year + "年," + d.name() + body, year);
      if (!parent.equals(d.name())) { // "嘉峪关市嘉峪关市" would name the county-level twin itself
        check(failures, d, expected, true, null, "本报讯 近年来," + parent + d.name() + "以依法行政为主线。", year);
      }
      // may be ambiguous, never wrong
      check(failures, d, expected, false, title, null, year);
      check(failures, d, expected, false, null, year + "年," + d.name() + body, year);
      check(failures, d, expected, false, d.name() + "司法局" + year + "年法治政府建设年度报告", null, year);
      String shortName = Gazetteer.shortName(d.name());
      check(failures, d, expected, false, null, addressee + year + "年," + shortName + body, year);
      checked++;
    }
    assertTrue(checked > 3000, "units checked: " + checked);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
  }

  private static void check(
      List<String> failures, Division d, String expected, boolean mustFind, String title, String text, int year) {
    Optional<RegionMatch> m = RESOLVER.resolve(title, text, year);
    if (m.isEmpty()) {
      if (mustFind && !DOUBLY_LISTED.contains(d.code())) {
        failures.add("not found: " + d.name() + " " + d.code() + " in " + (title != null ? title : text));
      }
      return;
    }
    if (!m.get().regionCode().equals(expected)) {
      failures.add(
          "wrong: " + d.name() + " " + d.code() + " -> " + m.get().regionName() + " " + m.get().regionCode()
              + " in " + (title != null ? title : text));
    }
  }
}
