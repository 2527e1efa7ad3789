package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.PlaceIndex.Chain;

class ChainRoleTest {

  private static final PlaceIndex INDEX = new PlaceIndex(Gazetteer.bundled());

  /** The role of the first chain in {@code s}. */
  private static ChainRole role(String s) {
    return ChainRole.of(first(s), s);
  }

  private static Chain first(String s) {
    return INDEX.chains(s).get(0);
  }

  @Test
  void theSubjectOfTheOpeningSentence() {
    assertEquals(ChainRole.SUBJECT, role("2023年,泗阳县坚持依法行政"));
    assertEquals(ChainRole.SUBJECT, role("2024年,常熟坚持以习近平法治思想为指导"));
    assertEquals(ChainRole.SUBJECT, role("中共常熟市委高度重视法治建设"));
  }

  @Test
  void aHigherAuthorityIsALeader() {
    assertEquals(ChainRole.LEADER, role("按照苏州市的部署"));
    assertEquals(ChainRole.LEADER, role("在嘉兴市委、市政府的坚强领导下"));
    assertEquals(ChainRole.LEADER, role("苏州市关于法治建设的意见"));
  }

  @Test
  void otherMentionsArePlainOrIgnored() {
    assertEquals(ChainRole.PLAIN, role("我们与常熟市合作"));
    assertEquals(ChainRole.IGNORED, role("印发《常熟市行政规范性文件管理办法》"));
    assertEquals(ChainRole.IGNORED, role("我们学习常熟经验")); // a bare short name not as subject
  }

  @Test
  void whatATitleIsAbout() {
    String title = "苏州市人民政府 常熟市2024年度法治政府建设年度报告";
    Chain suzhou = INDEX.chains(title).get(0);
    Chain changshu = INDEX.chains(title).get(1);
    assertFalse(ChainRole.headsTheTitle(suzhou, title));
    assertTrue(ChainRole.headsTheTitle(changshu, title));
    assertTrue(ChainRole.headsTheTitle(first("常熟市司法局2022年法治政府建设报告"), "常熟市司法局2022年法治政府建设报告"));
  }

  @Test
  void aShortNameInATitleNeedsAYearOrATitleWord() {
    String usable = "常熟2024年法治政府建设报告";
    String notUsable = "学习常熟经验的报告";
    assertTrue(ChainRole.usableInTitle(first(usable), usable));
    assertFalse(ChainRole.usableInTitle(first(notUsable), notUsable));
  }
}
