package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignatureTest {

  @Test
  void issuerAndDateOnTheirOwnLines() {
    String text = "一、成效\n甲。\n常熟市人民政府\n2025年3月4日";
    assertEquals(new Signature("常熟市人民政府", "2025-03-04", text.indexOf("常熟市人民政府")), Signature.find(text));
  }

  @Test
  void issuerAndDateAtTheEndOfAJoinedParagraph() {
    String text = "及时清理阻碍高质量发展的文件。 中共海宁市委 海宁市人民政府 2023年2月28日";
    assertEquals(new Signature("中共海宁市委 海宁市人民政府", "2023-02-28", text.indexOf("中共")), Signature.find(text));
  }

  @Test
  void aDateAloneOnTheLastLineStillCloses() {
    String text = "提高执法水平。\n2018年1月18日";
    assertEquals(new Signature(null, "2018-01-18", text.indexOf("2018")), Signature.find(text));
  }

  @Test
  void aDateInsideTheLastSentenceIsNoSignature() {
    String text = "会议于2023年2月28日";
    assertEquals(new Signature(null, null, text.length()), Signature.find(text));
    String ends = "为实现2035年远景目标而奋斗!";
    assertEquals(new Signature(null, null, ends.length()), Signature.find(ends));
  }

  @Test
  void aDateFollowedByMoreTextIsNoSignature() {
    String text = "某市人民政府\n2023年2月28日\n下一段继续说明有关情况,并作出部署安排。";
    assertEquals(new Signature(null, null, text.length()), Signature.find(text));
  }

  @Test
  void invalidDatesAreSkipped() {
    String text = "某市人民政府\n2023年2月30日";
    assertEquals(new Signature(null, null, text.length()), Signature.find(text));
  }

  @Test
  void nullAndEmpty() {
    assertEquals(new Signature(null, null, 0), Signature.find(null));
    assertEquals(new Signature(null, null, 0), Signature.find(""));
  }
}
