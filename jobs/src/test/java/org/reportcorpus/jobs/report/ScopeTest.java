package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.report.ProvinceTiles.Tile;

class ScopeTest {

  @Test
  void nationalByDefault() {
    assertTrue(Scope.parse(null).national());
    assertTrue(Scope.parse("national").national());
    assertEquals("national", Scope.parse("national").tableScope());
  }

  @Test
  void aProvinceByNameShortNameOrCode() {
    for (String key : new String[] {"广东省", "广东", "44", "440000"}) {
      Scope scope = Scope.parse("province:" + key);
      assertEquals("440000", scope.province().code(), key);
      assertEquals("广东省", scope.tableScope());
      assertEquals("province:440000", scope.toString());
    }
  }

  @Test
  void badScopesNameTheFlag() {
    assertEquals("--scope: expected a province's name or GB/T 2260 code after province: but got 火星",
        assertThrows(IllegalArgumentException.class, () -> Scope.parse("province:火星")).getMessage());
    assertEquals("--scope: expected national or province:<name or code> but got world",
        assertThrows(IllegalArgumentException.class, () -> Scope.parse("world")).getMessage());
  }

  @Test
  void everyProvinceHasOneTileOfItsOwn() {
    Set<String> places = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Tile tile : ProvinceTiles.all()) {
      assertTrue(tile.code().matches("\\d{2}0000"), tile.code());
      assertTrue(places.add(tile.row() + "," + tile.col()), "two tiles at " + tile);
      assertTrue(codes.add(tile.code()), "code twice: " + tile);
      assertTrue(tile.name().startsWith(tile.shortName()), tile.toString());
    }
    assertEquals(34, ProvinceTiles.all().size());
  }
}
