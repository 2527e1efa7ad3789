package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.Division;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.terms.TermDictionary;

class RegionCatalogTest {

  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final RegionCatalog catalog = RegionCatalog.of(gazetteer, 2015, 2024,
      new TermCounter(TermDictionary.load(Fixtures.terms())), s -> s);

  @Test
  void picksAMixOfLevelsWithUniqueStableNames() {
    List<ReportingRegion> regions = catalog.pick(400, new Random(1));
    assertEquals(400, regions.size());
    Map<AdminLevel, Integer> levels = new HashMap<>();
    for (ReportingRegion r : regions) {
      levels.merge(r.level(), 1, Integer::sum);
      // unique among the divisions in force in 2015-2024 (a code retired before 2015 may share it)
      List<Division> named = gazetteer.byName(r.name()).stream().filter(x -> x.lastYear() >= 2015).toList();
      assertEquals(1, named.stream().map(Division::code).distinct().count(), r.name());
      Division d = named.get(0);
      assertEquals(r.code(), d.code());
      assertTrue(d.firstYear() <= 2015 && d.lastYear() >= gazetteer.clampYear(2024), r.name());
    }
    assertTrue(levels.get(AdminLevel.COUNTY) > 250, levels.toString());
    assertTrue(levels.get(AdminLevel.PREFECTURE) > 40, levels.toString());
    assertTrue(levels.get(AdminLevel.PROVINCE) >= 5, levels.toString());
  }

  @Test
  void ambiguousNamesAreLeftOut() {
    List<String> names = catalog.pick(catalog.size(), new Random(2)).stream().map(ReportingRegion::name).toList();
    assertFalse(names.contains("朝阳区"));
    assertFalse(names.contains("城关区"));
    assertFalse(names.contains("吉林市"), "shares its short name with 吉林省");
    assertFalse(names.contains("吉林省"));
    assertTrue(names.contains("常熟市"));
  }

  @Test
  void describesARegionWithItsParents() {
    ReportingRegion changshu = catalog.pick(catalog.size(), new Random(3)).stream()
        .filter(r -> r.name().equals("常熟市")).findFirst().orElseThrow();
    assertEquals("320581", changshu.code());
    assertEquals("江苏省", changshu.province());
    assertEquals("苏州市", changshu.prefecture());
    assertEquals("常熟市人民政府", changshu.issuer());
    assertEquals("苏州市人民政府", changshu.addressee());
    assertEquals("全市", changshu.scope());
  }
}
