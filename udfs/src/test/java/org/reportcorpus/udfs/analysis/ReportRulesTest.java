package org.reportcorpus.udfs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRulesTest {

  @Test
  void loadsTheProjectRules() {
    ReportRules rules = ReportRules.load(TestCorpus.confDir());
    assertNotNull(rules.boilerplate());
    assertNotNull(rules.docTypes());
    assertNotNull(rules.sections());
    assertNotNull(rules.head());
  }

  /** The project's head rules, which the other three files' tests take as given. */
  private static String headRules() {
    return TestCorpus.read(TestCorpus.confDir().resolve(ReportRules.HEAD_RULES_FILE));
  }

  @Test
  void parsesRulesGivenAsText() {
    ReportRules rules = ReportRules.parse("line\t\\|+", "news\thead\t0.9\t本报记者", "heading\t1\t(?<num>[一二三])、", headRules());
    assertEquals("正文", rules.boilerplate().strip("|\n正文").text());
    assertEquals(2, rules.sections().split("一、甲\n二、乙", 7, null, null).size());
  }

  @Test
  void missingFilesAndBadRulesFailLoudly(@TempDir Path empty) {
    assertThrows(IllegalArgumentException.class, () -> ReportRules.load(null));
    UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> ReportRules.load(empty));
    assertTrue(missing.getMessage().endsWith("boilerplate.tsv"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReportRules.parse(null, "", "", headRules()));
    assertEquals("doc_types.tsv:1: weight must be a number in [-1, 1] but got 'x'",
        assertThrows(IllegalArgumentException.class, () -> ReportRules.parse("", "news\thead\tx\ty", "", headRules()))
            .getMessage());
    // head rules are never empty: without them no document would get a region, a year or an issuer
    assertEquals("head_rules.tsv: a delivery and a speaker pattern are required",
        assertThrows(IllegalArgumentException.class, () -> ReportRules.parse("", "", "", "")).getMessage());
  }

  @Test
  void emptyRuleFilesAreAllowed() {
    ReportRules rules = ReportRules.parse("", "", "", headRules());
    assertEquals("a\nb", rules.boilerplate().strip("a\nb").text());
  }

  @Test
  void roundTripsThroughJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(TestCorpus.rules());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ReportRules copy = (ReportRules) in.readObject();
      assertEquals("报告全文", copy.boilerplate().strip("|\n报告全文\n扫一扫在手机打开当前页").text());
    }
  }
}
