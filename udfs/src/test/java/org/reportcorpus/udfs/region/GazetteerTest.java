package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void bundledCoversTheDataYearsAndAllLevels() {
    assertSame(gazetteer, Gazetteer.bundled());
    assertTrue(gazetteer.all().size() > 3500, "rows: " + gazetteer.all().size());
    assertEquals(2002, gazetteer.firstDataYear());
    assertEquals(2023, gazetteer.lastDataYear());
    Set<AdminLevel> levels = gazetteer.all().stream().map(Division::level).collect(Collectors.toSet());
    assertEquals(Set.of(AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY), levels);
    // 31 mainland provinces plus 台湾, 香港, 澳门 as province rows
    assertEquals(34, gazetteer.all().stream().filter(d -> d.level() == AdminLevel.PROVINCE).count());
  }

  @Test
  void statisticalAndPlaceholderUnitsAreDropped() {
    for (Division d : gazetteer.all()) {
      assertFalse(d.code().matches("\\d{4}7\\d"), d.toString());
      assertFalse(Set.of("市辖区", "县").contains(d.name()), d.toString());
      assertFalse(d.name().contains("直辖"), d.toString());
    }
  }

  @Test
  void renamedUnitsKeepBothNamesWithTheirYears() {
    Division wujiangCity = gazetteer.byName("吴江市").get(0);
    Division wujiangDistrict = gazetteer.byName("吴江区").get(0);
    assertEquals("320584", wujiangCity.code());
    assertEquals("320509", wujiangDistrict.code());
    assertTrue(wujiangCity.validIn(2010));
    assertFalse(wujiangCity.validIn(2015));
    assertTrue(wujiangDistrict.validIn(2015));
    assertFalse(wujiangDistrict.validIn(2010));
    assertEquals(wujiangCity.lastYear() + 1, wujiangDistrict.firstYear());

    // same code, new name: byCode gives the latest name
    assertEquals("襄阳市", gazetteer.byCode("420600").orElseThrow().name());
    assertEquals("襄樊市", gazetteer.byCode("420600", 2009).orElseThrow().name());
  }

  @Test
  void parentsFollowTheMunicipalityAndProvinceRules() {
    Division chaoyang = gazetteer.byCode("110105").orElseThrow();
    assertEquals("110000", chaoyang.parentCode());
    assertEquals("110000", chaoyang.prefectureCode());
    assertEquals("110000", chaoyang.provinceCode());

    Division xiantao = gazetteer.byCode("429004").orElseThrow();
    assertEquals("仙桃市", xiantao.name());
    assertEquals("420000", xiantao.parentCode());
    assertNull(xiantao.prefectureCode());

    Division suzhou = gazetteer.byCode("320500").orElseThrow();
    assertEquals(AdminLevel.PREFECTURE, suzhou.level());
    assertEquals("320500", suzhou.prefectureCode());
    assertEquals("320000", suzhou.parentCode());

    Division jiangsu = gazetteer.byCode("320000").orElseThrow();
    assertEquals("320000", jiangsu.provinceCode());
    assertNull(jiangsu.parentCode());
    assertNull(jiangsu.prefectureCode());

    List<String> children = gazetteer.children("320500").stream().map(Division::name).toList();
    assertTrue(children.containsAll(List.of("常熟市", "昆山市", "吴江市", "吴江区")), children.toString());
  }

  @Test
  void validInUsesTheLastSnapshotForLaterYears() {
    List<Division> in2010 = gazetteer.validIn(2010);
    assertTrue(in2010.stream().anyMatch(d -> d.name().equals("吴江市")));
    assertTrue(in2010.stream().noneMatch(d -> d.name().equals("吴江区")));
    assertEquals(gazetteer.validIn(2023), gazetteer.validIn(2024));
  }

  @Test
  void parsesASmallTableAndRejectsABadHeader() {
    String tsv =
        "code\tname\tlevel\tparent_code\tprovince_code\tprefecture_code\tfirst_year\tlast_year\n"
            + "320000\t江苏省\tprovince\t\t320000\t\t2002\t2023\n"
            + "320500\t苏州市\tprefecture\t320000\t320000\t320500\t2002\t2023\n"
            + "320581\t常熟市\tcounty\t320500\t320000\t320500\t2002\t2023\n";
    Gazetteer small = Gazetteer.parse(new StringReader(tsv));
    assertEquals(3, small.all().size());
    assertEquals(List.of("常熟市"), small.children("320500").stream().map(Division::name).toList());
    assertNull(small.byCode("320000").orElseThrow().parentCode());
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new StringReader("a\tb\n")));
  }

  @Test
  void bundledInstanceSerializesToItself() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(gazetteer);
      out.writeObject(RegionResolver.bundled());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertSame(gazetteer, in.readObject());
      assertSame(RegionResolver.bundled(), in.readObject());
    }
    assertTrue(bytes.size() < 2_000_000);
  }

  @Test
  void adminLevelLabels() {
    assertEquals("county", AdminLevel.COUNTY.label());
    assertEquals("department", AdminLevel.DEPARTMENT.label());
    assertEquals(AdminLevel.PREFECTURE, AdminLevel.fromLabel("prefecture"));
  }

  @ParameterizedTest
  @CsvSource({
    "常熟市, 常熟",
    "泗阳县, 泗阳",
    "宁夏回族自治区, 宁夏",
    "海南藏族自治州, 海南",
    "朝阳区, 朝阳",
    "北京市, 北京",
    "城区, 城区",
    "通州区, 通州",
    "芒市, 芒市",
    "新疆维吾尔自治区, 新疆",
    "广西壮族自治区, 广西",
    "内蒙古自治区, 内蒙古",
    "西藏自治区, 西藏",
    "香港特别行政区, 香港",
    "恩施土家族苗族自治州, 恩施",
    "石柱土家族自治县, 石柱",
    "鄂伦春自治旗, 鄂伦春",
    "积石山保安族东乡族撒拉族自治县, 积石山",
    "互助土族自治县, 互助",
    "三都水族自治县, 三都",
    "阿克苏地区, 阿克苏",
    "锡林郭勒盟, 锡林郭勒",
    "神农架林区, 神农架",
    "浦东新区, 浦东",
    "黑龙江省, 黑龙江",
    "鄂托克前旗, 鄂托克前旗"
  })
  void shortNames(String full, String expected) {
    assertEquals(expected, Gazetteer.shortName(full));
  }
}
