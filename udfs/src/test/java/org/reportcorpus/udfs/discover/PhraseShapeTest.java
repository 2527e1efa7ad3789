package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhraseShapeTest {

  private final PhraseShape shape = PhraseShape.defaults();

  @Test
  void acceptsSlogans() {
    assertTrue(shape.accepts("放管服"));
    assertTrue(shape.accepts("互联网+监管"));
    assertTrue(shape.accepts("以案释法"));
    assertTrue(shape.accepts("在线审批"));
    assertTrue(shape.accepts("双随机、一公开"));
  }

  @Test
  void rejectsNonHanPunctuationAndFunctionCharacterEnds() {
    assertFalse(shape.accepts("12345热线"));
    assertFalse(shape.accepts("ABC"));
    assertFalse(shape.accepts("放管服。"));
    assertFalse(shape.accepts("、放管服"));
    assertFalse(shape.accepts("改革的"));
    assertFalse(shape.accepts("将推进"));
    assertFalse(shape.accepts("放管\n服"));
    assertFalse(shape.accepts(" 放管服"));
    assertFalse(shape.accepts("服"));
  }

  @Test
  void nullAndEmptyAreRejected() {
    assertFalse(shape.accepts(null));
    assertFalse(shape.accepts(""));
    assertFalse(PhraseShape.isHanDominated(null));
    assertEquals(0, PhraseShape.length(null));
  }

  @Test
  void edgeStopCharactersComeFromTheConfiguration() {
    PhraseShape none = new PhraseShape("");
    assertTrue(none.accepts("改革的"));
    PhraseShape custom = new PhraseShape("改, 革");
    assertFalse(custom.accepts("改革深化"));
    assertTrue(custom.accepts("深化的"));
  }

  @Test
  void countsCodePointsAndIdeographsOnly() {
    assertEquals(3, PhraseShape.length("放管服"));
    assertTrue(PhraseShape.isHan('放'));
    assertFalse(PhraseShape.isHan('、'));
  }
}
