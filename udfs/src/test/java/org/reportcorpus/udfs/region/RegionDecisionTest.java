package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.meta.DocumentHead;

class RegionDecisionTest {

  private static final PlaceIndex INDEX = new PlaceIndex(Gazetteer.bundled());

  private static Optional<RegionMatch> decide(
      List<String> titles, List<String> addressees, List<String> issuers, String preamble, String opening,
      Integer year) {
    return new RegionDecision(INDEX, new DocumentHead.Lines(titles, addressees, issuers, preamble, opening), year)
        .decide();
  }

  /** The decision with places named in a delivery or speaker line, on a head with only an opening. */
  private static Optional<RegionMatch> decideNamed(List<NamedPlace> named, String opening, boolean readHead) {
    return new RegionDecision(INDEX, new DocumentHead.Lines(List.of(), List.of(), List.of(), "", opening), 2025,
        named, readHead).decide();
  }

  private static NamedPlace place(String text, AdminLevel... levels) {
    return new NamedPlace(text, false, Set.of(levels), "在" + text + "第十四届人民代表大会第四次会议上");
  }

  private static String code(Optional<RegionMatch> m) {
    return m.map(RegionMatch::regionCode).orElse(null);
  }

  @Test
  void theTitleComesFirst() {
    Optional<RegionMatch> m =
        decide(List.of("常熟市2024年度法治政府建设年度报告"), List.of("苏州市人民政府"), List.of(), "",
            "2024年,苏州市坚持依法行政。", 2024);
    assertEquals(
        Optional.of(new RegionMatch("常熟市", "320581", "苏州市", "320500", "江苏省", "320000", AdminLevel.COUNTY,
            null, "常熟市")),
        m);
  }

  @Test
  void aLookAlikeIsToldApartByTheAddresseeElseLeftOpen() {
    String opening = "2022年,朝阳区坚持依法行政。";
    assertEquals(null, code(decide(List.of(), List.of(), List.of(), "", opening, 2022)));
    assertEquals("220104", code(decide(List.of(), List.of("长春市人民政府"), List.of(), "", opening, 2022)));
    assertEquals("110105", code(decide(List.of(), List.of("北京市人民政府"), List.of(), "", opening, 2022)));
  }

  @Test
  void theIssuerWhenTheTextNamesNoSubject() {
    assertEquals("320400",
        code(decide(List.of(), List.of(), List.of("常州市人民政府"), "", "一年来,我们坚持依法行政。", 2017)));
  }

  @Test
  void nationalMarkers() {
    assertEquals(Optional.of(RegionMatch.national("代表国务院")),
        decide(List.of(), List.of(), List.of(), "", "各位代表:现在,我代表国务院,向大会报告政府工作。", 2023));
    assertEquals(Optional.of(RegionMatch.national("国务院关于2023年法治政府建设情况的报告")),
        decide(List.of("国务院关于2023年法治政府建设情况的报告"), List.of(), List.of(), "", "2023年,坚持依法行政。",
            2023));
  }

  @Test
  void aDepartmentAfterThePlace() {
    RegionMatch m =
        decide(List.of("常熟市司法局2022年法治政府建设工作报告"), List.of(), List.of(), "", "", 2022).orElseThrow();
    assertEquals(AdminLevel.DEPARTMENT, m.adminLevel());
    assertEquals("司法局", m.department());
    assertEquals("常熟市司法局", m.evidence());
  }

  @Test
  void nothingNamedNothingFound() {
    assertEquals(Optional.empty(), decide(List.of(), List.of(), List.of(), "", "坚持依法行政。", null));
  }

  @Test
  void successiveRowsOfOnePlaceAreOneCandidate() {
    Division old = new Division("420600", "襄樊市", AdminLevel.PREFECTURE, "420000", "420000", "420600", 2002, 2009);
    Division renamed = new Division("420600", "襄阳市", AdminLevel.PREFECTURE, "420000", "420000", "420600", 2010, 2023);
    assertEquals(List.of(renamed), RegionDecision.collapseSuccessions(List.of(old, renamed)));
  }

  @Test
  void theCongressComesBeforeTheOpening() {
    String opening = "现在,我代表省人民政府,向大会报告工作。过去一年,全省与江苏省合作推进。";
    assertEquals(
        Optional.of(new RegionMatch("湖南省", "430000", null, null, "湖南省", "430000", AdminLevel.PROVINCE, null, "湖南省")),
        decideNamed(List.of(place("湖南省", AdminLevel.PROVINCE)), opening, true));
    assertEquals("320000", code(decideNamed(List.of(place("")), opening, true)), "no congress place: the head decides");
    assertEquals(null, code(decideNamed(List.of(place("")), opening, false)), "the head is not read");
  }

  @Test
  void theSpeakersTitleNarrowsLookAlikes() {
    assertEquals("220000", code(decideNamed(List.of(place("吉林")), "", true)), "a bare short name: the enclosing unit");
    assertEquals("220200", code(decideNamed(List.of(place("吉林", AdminLevel.PREFECTURE)), "", true)));
    assertEquals("220000", code(decideNamed(List.of(place("吉林", AdminLevel.PROVINCE)), "", true)));
  }

  @Test
  void anAmbiguousCongressIsDecidedOnlyAmongItsCandidates() {
    NamedPlace gulou = place("鼓楼区", AdminLevel.COUNTY);
    assertEquals(null, code(decideNamed(List.of(gulou), "现在,我代表区人民政府,向大会报告工作。", true)));
    assertEquals("350102", code(decideNamed(List.of(gulou, place("福州市鼓楼区", AdminLevel.COUNTY)), "", true)));
    assertEquals("350102", code(decideNamed(List.of(gulou), "过去一年,在福州市委的坚强领导下,鼓楼区坚持稳中求进。", true)));
    // a place outside the candidates does not answer for them
    assertEquals(null, code(decideNamed(List.of(gulou), "过去一年,常熟市坚持稳中求进。", true)));
  }

  @Test
  void aNationalCongress() {
    assertEquals(Optional.of(RegionMatch.national("——2024年3月5日在第十四届全国人民代表大会第二次会议上")),
        decideNamed(List.of(new NamedPlace("", true, Set.of(), "——2024年3月5日在第十四届全国人民代表大会第二次会议上")),
            "", false));
  }
}
