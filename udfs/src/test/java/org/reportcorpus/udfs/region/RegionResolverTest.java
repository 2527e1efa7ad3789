package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Titles and openings written for this test from real place names. Columns: title | text | year |
 * expected code ("-" = no match) | expected level label | expected department. "-" is null.
 */
class RegionResolverTest {

  private static final String CASES =
      """
      常熟市2024年度法治政府建设年度报告 | - | 2024 | 320581 | county | -
      - | 2023年,泗阳县坚持以习近平法治思想为指导,全面推进依法行政。 | 2023 | 321323 | county | -
      - | 中共嘉兴市委、嘉兴市人民政府: 2022年,海宁市坚持以习近平法治思想为指导 | 2022 | 330481 | county | -
      昆山市2022年法治政府建设工作报告 | - | - | 320583 | county | -
      关于义乌市2021年度法治政府建设情况的报告 | - | - | 330782 | county | -
      晋江市人民政府关于2020年法治政府建设情况的报告 | - | - | 350582 | county | -
      2022年度寿光市法治政府建设情况报告 | - | - | 370783 | county | -
      长沙县2023年法治政府建设年度报告 | 长沙市人民政府:\\n2023年,长沙县坚持… | 2023 | 430121 | county | -
      仁怀市2021年法治政府建设工作情况报告 | - | 2021 | 520382 | county | -
      神木市2022年法治政府建设年度报告 | - | 2022 | 610881 | county | -
      神木县2015年依法行政工作报告 | - | 2015 | 610821 | county | -
      - | 2022年,神木坚持依法行政 | 2022 | 610881 | county | -
      - | 2015年,神木坚持依法行政 | 2015 | 610821 | county | -
      北京市朝阳区2022年法治政府建设年度情况报告 | - | 2022 | 110105 | county | -
      朝阳区2022年法治政府建设年度报告 | 北京市人民政府:\\n2022年,朝阳区坚持以习近平法治思想为指导 | 2022 | 110105 | county | -
      朝阳区2022年法治政府建设年度报告 | 长春市人民政府:\\n2022年,朝阳区坚持以习近平法治思想为指导 | 2022 | 220104 | county | -
      朝阳区2022年法治政府建设年度报告 | 2022年,朝阳区坚持以习近平法治思想为指导 | 2022 | - | - | -
      长春市朝阳区2021年法治政府建设年度报告 | - | 2021 | 220104 | county | -
      城关区2021年法治政府建设年度报告 | 2021年,城关区坚持依法行政 | 2021 | - | - | -
      兰州市城关区2021年法治政府建设年度报告 | - | 2021 | 620102 | county | -
      城关区2021年法治政府建设年度报告 | 兰州市人民政府:\\n2021年,城关区坚持依法行政 | 2021 | 620102 | county | -
      拉萨市城关区2022年法治政府建设工作报告 | - | - | 540102 | county | -
      浦东新区2023年法治政府建设情况报告 | - | - | 310115 | county | -
      海淀区2022年法治政府建设年度报告 | - | - | 110108 | county | -
      渝中区2022年法治政府建设年度报告 | - | - | 500103 | county | -
      滨海新区2021年法治政府建设年度报告 | - | 2021 | 120116 | county | -
      南山区2022年法治政府建设年度报告 | 深圳市人民政府:\\n2022年,南山区坚持 | 2022 | 440305 | county | -
      南山区2022年法治政府建设年度报告 | 鹤岗市人民政府:\\n2022年,南山区坚持 | 2022 | 230404 | county | -
      福田区2022年法治政府建设年度报告 | - | - | 440304 | county | -
      姑苏区2019年法治政府建设工作报告 | - | 2019 | 320508 | county | -
      吴江市2010年依法行政工作报告 | - | 2010 | 320584 | county | -
      吴江区2015年法治政府建设工作报告 | - | 2015 | 320509 | county | -
      - | 苏州市人民政府:\\n2010年,吴江坚持依法行政 | 2010 | 320584 | county | -
      - | 苏州市人民政府:\\n2015年,吴江坚持依法行政 | 2015 | 320509 | county | -
      - | 2015年,吴江坚持依法行政 | - | 320509 | county | -
      襄樊市2009年依法行政工作报告 | - | 2009 | 420600 | prefecture | -
      襄阳市2020年法治政府建设年度报告 | - | 2020 | 420600 | prefecture | -
      通州区2022年法治政府建设年度报告 | 北京市人民政府:\\n2022年,通州区坚持 | 2022 | 110112 | county | -
      通州区2022年法治政府建设年度报告 | 南通市人民政府:\\n2022年,通州区坚持 | 2022 | 320612 | county | -
      - | 2015年,通州坚持依法行政 | 2015 | - | - | -
      常州市2017年法治政府建设工作报告 | - | 2017 | 320400 | prefecture | -
      苏州市2020年法治政府建设年度报告 | - | 2020 | 320500 | prefecture | -
      吉林市2022年法治政府建设年度报告 | - | 2022 | 220200 | prefecture | -
      吉林省2022年法治政府建设情况报告 | - | 2022 | 220000 | province | -
      - | 2022年,吉林坚持以习近平法治思想为指导 | 2022 | 220000 | province | -
      - | 2022年,长沙坚持以习近平法治思想为指导 | 2022 | 430100 | prefecture | -
      - | 长沙市人民政府:\\n2022年,长沙坚持以习近平法治思想为指导 | 2022 | 430121 | county | -
      - | 2022年,伊宁坚持依法行政 | 2022 | - | - | -
      - | 2022年是党的二十大召开之年。一年来,在市委、市政府的坚强领导下,常熟市坚持依法行政 | - | 320581 | county | -
      - | 今年以来,姑苏区司法局在区委、区政府的正确领导下,全面推进依法行政 | - | 320508 | department | 司法局
      - | 2023年常熟坚持以习近平法治思想为指导 | 2023 | 320581 | county | -
      - | 本报讯(记者 张三 通讯员 李四)近日,浙江省杭州市余杭区出台意见 | - | 330110 | county | -
      朝阳区2022年法治政府建设年度报告 | 2022年,朝阳区坚持依法行政。\\n……\\n北京市朝阳区人民政府\\n2023年3月1日 | 2022 | 110105 | county | -
      - | 关于2024年度法治政府建设情况的报告\\n2024年,全市坚持依法行政。\\n……\\n常熟市人民政府\\n2025年3月4日 | 2024 | 320581 | county | -
      - | 中共常熟市委 常熟市人民政府\\n关于2024年度法治政府建设情况的报告\\n2024年,全市坚持依法行政。 | 2024 | 320581 | county | -
      - | 各位代表:\\n现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。 | 2023 | - | - | -
      - | 2022年,吉林坚持依法行政,吉林市委依法治市办统筹推进 | 2022 | 220200 | prefecture | -
      鼓楼区2022年法治政府建设年度报告 | 2022年,鼓楼区坚持依法行政,与仓山区协同推进 | 2022 | 350102 | county | -
      嘉峪关市2022年法治政府建设年度报告 | - | 2022 | 620200 | prefecture | -
      沙县区2022年法治政府建设年度报告 | - | 2022 | 350405 | county | -
      沙县2019年法治政府建设年度报告 | - | 2019 | 350427 | county | -
      - | 三明市人民政府:\\n2022年,沙县坚持依法行政 | 2022 | 350405 | county | -
      - | 吉林省人民政府:\\n2022年,吉林市坚持以习近平法治思想为指导 | 2022 | 220200 | prefecture | -
      - | 2021年,吉林省吉林市坚持依法行政 | 2021 | 220200 | prefecture | -
      海南省2021年法治政府建设年度报告 | - | 2021 | 460000 | province | -
      海南藏族自治州2021年法治政府建设工作报告 | - | 2021 | 632500 | prefecture | -
      海南州2022年法治政府建设年度报告 | - | 2022 | 632500 | prefecture | -
      - | 青海省人民政府:\\n2022年,海南坚持依法行政 | 2022 | 632500 | prefecture | -
      - | 2022年,海南坚持依法行政 | 2022 | - | - | -
      延边朝鲜族自治州2022年法治政府建设年度报告 | - | - | 222400 | prefecture | -
      恩施土家族苗族自治州2021年法治政府建设情况报告 | - | - | 422800 | prefecture | -
      大理白族自治州2022年法治政府建设年度报告 | - | - | 532900 | prefecture | -
      阿克苏地区2022年法治政府建设年度报告 | - | - | 652900 | prefecture | -
      锡林郭勒盟2021年法治政府建设年度报告 | - | - | 152500 | prefecture | -
      宁夏回族自治区2022年法治政府建设情况报告 | - | - | 640000 | province | -
      广西壮族自治区人民政府关于2021年法治政府建设情况的报告 | - | - | 450000 | province | -
      内蒙古自治区2022年法治政府建设年度报告 | - | - | 150000 | province | -
      新疆维吾尔自治区2022年法治政府建设情况报告 | - | - | 650000 | province | -
      浙江省2022年法治政府建设年度报告 | - | - | 330000 | province | -
      北京市2022年法治政府建设年度情况报告 | - | - | 110000 | province | -
      重庆市2021年法治政府建设情况报告 | - | - | 500000 | province | -
      苏州市司法局2022年法治政府建设工作情况报告 | - | 2022 | 320500 | department | 司法局
      泗阳县市场监督管理局2023年法治政府建设年度报告 | - | 2023 | 321323 | department | 市场监督管理局
      江苏省司法厅2022年度法治政府建设情况报告 | - | 2022 | 320000 | department | 司法厅
      杭州市人民政府办公厅2021年法治政府建设年度报告 | - | 2021 | 330100 | department | 人民政府办公厅
      - | 2022年,常熟市生态环境局坚持以习近平法治思想为指导 | 2022 | 320581 | department | 生态环境局
      常州市自然资源和规划局关于2022年度法治政府建设情况的报告 | - | 2022 | 320400 | department | 自然资源和规划局
      海宁市卫生健康局2022年法治政府建设工作报告 | - | 2022 | 330481 | department | 卫生健康局
      - | 本报讯 2020年以来,江苏省苏州市以依法行政、全面建设法治政府为主线持续推进 | - | 320500 | prefecture | -
      - | 近年来,浙江省湖州市安吉县坚持绿水青山就是金山银山理念 | - | 330523 | county | -
      - | 2021年,湖南省长沙市坚持依法行政 | - | 430100 | prefecture | -
      仙桃市2022年法治政府建设年度报告 | - | 2022 | 429004 | county | -
      济源市2020年法治政府建设年度报告 | - | 2020 | 419001 | county | -
      琼海市2021年法治政府建设年度报告 | - | 2021 | 469002 | county | -
      神农架林区2022年法治政府建设年度报告 | - | 2022 | 429021 | county | -
      2023年中华人民共和国国务院政府工作报告 | 各位代表:\\n现在,我代表国务院,向大会报告政府工作,请予审议 | 2023 | 100000 | national | -
      - | 各位代表:\\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。 | - | 100000 | national | -
      第十三届全国人民代表大会第二次会议关于政府工作报告的决议 | - | - | 100000 | national | -
      国务院关于2022年度法治政府建设情况的报告 | - | 2022 | 100000 | national | -
      - | 苏州市人民政府:\\n2024年,常熟坚持以习近平新时代中国特色社会主义思想为指导 | 2024 | 320581 | county | -
      - | 2022年,义乌坚持以习近平法治思想为指导 | 2022 | 330782 | county | -
      天津市和平区2022年法治政府建设年度报告 | - | - | 120101 | county | -
      沈阳市和平区2022年法治政府建设年度报告 | - | - | 210102 | county | -
      鼓楼区2022年法治政府建设年度报告 | 福州市人民政府:\\n2022年,鼓楼区坚持 | 2022 | 350102 | county | -
      鼓楼区2022年法治政府建设年度报告 | 2022年,鼓楼区坚持依法行政 | 2022 | - | - | -
      晋城市城区2022年法治政府建设年度报告 | - | 2022 | 140502 | county | -
      城区2022年法治政府建设年度报告 | 2022年,城区坚持依法行政 | 2022 | - | - | -
      石柱土家族自治县2022年法治政府建设年度报告 | - | - | 500240 | county | -
      石柱县2022年法治政府建设年度报告 | - | - | 500240 | county | -
      - | 2022年,在嘉兴市委、市政府的坚强领导下,海宁市坚持依法行政 | 2022 | 330481 | county | -
      - | 2017年,在省委、省政府和常州市委的正确领导下,我市认真贯彻落实中央、省关于建设法治政府的决策部署 | 2017 | 320400 | prefecture | -
      中共海宁市委 海宁市人民政府关于2022年度法治政府建设情况的报告 | - | 2022 | 330481 | county | -
      鄂托克前旗2022年法治政府建设年度报告 | - | - | 150623 | county | -
      达尔罕茂明安联合旗2022年法治政府建设年度报告 | - | - | 150223 | county | -
      老城区2022年法治政府建设年度报告 | - | - | 410302 | county | -
      2022年度法治政府建设年度报告 | 洛阳市人民政府:\\n2022年,老城区坚持依法行政 | 2022 | 410302 | county | -
      - | 2022年,全区主城区建设与老城区改造同步推进 | 2022 | - | - | -
      - | 2023年,平安建设扎实推进,群众安全感持续提升 | 2023 | - | - | -
      - | - | - | - | - | -
      苏州市人民政府 常熟市2024年度法治政府建设年度报告 | - | 2024 | 320581 | county | -
      常熟市2024年度法治政府建设年度报告_常熟市人民政府 | - | 2024 | 320581 | county | -
      - | 常熟市2024年度法治政府建设年度报告 苏州市人民政府: 2024年,常熟坚持以习近平法治思想为指导 | - | 320581 | county | -
      北川县2022年法治政府建设年度报告 | - | - | 510726 | county | -
      济源市2020年法治政府建设年度报告 | - | - | 419001 | county | -
      济源市2005年依法行政工作报告 | - | 2005 | 410881 | county | -
      泗阳县人民法院2023年法治建设工作报告 | - | 2023 | 321323 | department | 人民法院
      宿迁市泗阳县司法局2023年法治政府建设年度报告 | - | 2023 | 321323 | department | 司法局
      - | 2022年,江苏坚持以习近平法治思想为指导 | 2022 | 320000 | province | -
      - | 2022年,朝阳坚持以习近平法治思想为指导 | 2022 | - | - | -
      黄浦区2022年法治政府建设情况报告 | - | 2022 | 310101 | county | -
      密云县2014年依法行政工作报告 | - | 2014 | 110228 | county | -
      密云区2016年法治政府建设工作报告 | - | 2016 | 110118 | county | -
      """;

  private static final RegionResolver RESOLVER = RegionResolver.bundled();

  static Stream<Arguments> cases() {
    return CASES.lines()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              String[] f = Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new);
              return Arguments.of(
                  nullable(f[0]),
                  f[1].equals("-") ? null : f[1].replace("\\n", "\n"),
                  f[2].equals("-") ? null : Integer.valueOf(f[2]),
                  nullable(f[3]),
                  nullable(f[4]),
                  nullable(f[5]));
            });
  }

  private static String nullable(String s) {
    return s.equals("-") ? null : s;
  }

  @Test
  void atLeastSixtyCases() {
    assertTrue(cases().count() >= 60);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @MethodSource("cases")
  void resolves(String title, String text, Integer year, String code, String level, String department) {
    Optional<RegionMatch> match = RESOLVER.resolve(title, text, year);
    if (code == null) {
      assertTrue(match.isEmpty(), () -> "expected no match but got " + match.get());
      return;
    }
    assertTrue(match.isPresent(), "expected " + code + " but got no match");
    RegionMatch m = match.get();
    assertEquals(code, m.regionCode(), m::toString);
    assertEquals(level, m.adminLevel().label(), m::toString);
    assertEquals(department, m.department(), m::toString);
  }

  @Test
  void countyMatchCarriesItsPrefectureAndProvince() {
    RegionMatch m = RESOLVER.resolve("常熟市2024年度法治政府建设年度报告", null, 2024).orElseThrow();
    assertEquals(
        new RegionMatch("常熟市", "320581", "苏州市", "320500", "江苏省", "320000", AdminLevel.COUNTY, null, "常熟市"),
        m);
  }

  @Test
  void prefectureIsItsOwnPrefecture() {
    RegionMatch m = RESOLVER.resolve(null, "2020年以来,江苏省苏州市以依法行政为主线", null).orElseThrow();
    assertEquals("苏州市", m.prefecture());
    assertEquals("320500", m.prefectureCode());
    assertEquals("江苏省", m.province());
    assertEquals("江苏省苏州市", m.evidence());
  }

  @Test
  void municipalityDistrictHasTheMunicipalityAsPrefecture() {
    RegionMatch m = RESOLVER.resolve("北京市朝阳区2022年法治政府建设年度情况报告", null, 2022).orElseThrow();
    assertEquals("北京市", m.prefecture());
    assertEquals("110000", m.prefectureCode());
    assertEquals("北京市", m.province());
  }

  @Test
  void provinceAdministeredCountyHasNoPrefecture() {
    RegionMatch m = RESOLVER.resolve("仙桃市2022年法治政府建设年度报告", null, 2022).orElseThrow();
    assertNull(m.prefecture());
    assertNull(m.prefectureCode());
    assertEquals("湖北省", m.province());
  }

  @Test
  void prefectureNameFollowsTheYear() {
    RegionMatch m = RESOLVER.resolve("枣阳市2009年依法行政工作报告", null, 2009).orElseThrow();
    assertEquals("襄樊市", m.prefecture());
    RegionMatch later = RESOLVER.resolve("枣阳市2020年法治政府建设年度报告", null, 2020).orElseThrow();
    assertEquals("襄阳市", later.prefecture());
  }

  @Test
  void departmentKeepsItsRegionAndEvidence() {
    RegionMatch m = RESOLVER.resolve("苏州市司法局2022年法治政府建设工作情况报告", null, 2022).orElseThrow();
    assertEquals("苏州市", m.regionName());
    assertEquals("苏州市", m.prefecture());
    assertEquals(AdminLevel.DEPARTMENT, m.adminLevel());
    assertEquals("苏州市司法局", m.evidence());
  }

  @Test
  void nationalFactory() {
    RegionMatch m = RegionMatch.national("国务院");
    assertEquals("全国", m.regionName());
    assertEquals(RegionMatch.NATIONAL_CODE, m.regionCode());
    assertNull(m.province());
    assertNull(m.prefecture());
    assertEquals(AdminLevel.NATIONAL, m.adminLevel());
  }

  @Test
  void fullWidthPunctuationIsAccepted() {
    RegionMatch m = RESOLVER.resolve(null, "嘉兴市人民政府：\n2022年，海宁市坚持依法行政", 2022).orElseThrow();
    assertEquals("330481", m.regionCode());
  }
}
