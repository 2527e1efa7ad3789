package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.NamedPlace;
import org.reportcorpus.udfs.region.Gazetteer;

class RegionReasonsTest {

  private static final RegionReasons REASONS = new RegionReasons(Gazetteer.bundled());

  @Test
  void aNameOfSeveralDivisions() {
    assertEquals("ambiguous: 朝阳区 (110105, 220104)", REASONS.explain("朝阳区2023年法治政府建设年度报告", null, 2023));
    assertEquals("ambiguous: 朝阳区 (110105, 220104)", REASONS.explain(null, "2023年,朝阳区坚持依法行政。", null));
  }

  @Test
  void noName() {
    assertEquals("no place name in title or opening", REASONS.explain("法治政府建设年度报告", "2023年,我区坚持依法行政。", 2023));
  }

  @Test
  void namesThatWereNotTaken() {
    assertEquals("no reporting region among places named: 江苏省, 苏州市",
        REASONS.explain(null, "在江苏省委、苏州市委的坚强领导下,我们坚持依法行政。", 2023));
  }

  @Test
  void nullAndBlank() {
    assertEquals("no text", REASONS.explain(null, null, null));
    assertEquals("no text", REASONS.explain(" ", "", 2020));
  }

  /** A work report's head with its delivery line; the congress's place as the named place. */
  private static String explainDelivered(String place) {
    String line = "——2026年1月8日在" + place + "第十六届人民代表大会第五次会议上";
    DocumentHead head = new DocumentHead("政府工作报告", null, "现在,我代表市人民政府,向大会报告工作。", List.of(),
        new DocumentHead.Delivery(line, 2026, "2026-01-08", place, false), null, null, null,
        new Signature(null, null, 0), null, null);
    return REASONS.explainHead(head, List.of(new NamedPlace(place, false, Set.of(), line)), 2025);
  }

  @Test
  void theDeliveryLineIsLookedAtToo() {
    assertEquals("no place name in delivery line, title or opening", explainDelivered(""));
    assertEquals("no known place in delivery line: 某某市", explainDelivered("某某市"));
    assertEquals("ambiguous: 鼓楼区 (320106, 320302, 350102, 410204)", explainDelivered("鼓楼区"));
  }
}
