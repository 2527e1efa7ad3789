package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;

class DocTypeClassifierTest {

  private static final DocTypeClassifier RULES = DocTypeClassifier.parse(String.join("\n",
      "type\tscope\tweight\tpattern",
      "news\thead\t0.9\t本报记者",
      "news\thead\t0.5\t通讯员",
      "work_report\ttitle\t0.8\t政府工作报告",
      "work_report\ttitle\t-0.9\t决议",
      "annual_report\topening\t0.6\t^\\d{4}年,",
      "other\ttitle\t0.7\t决议",
      "other\talways\t0.2"));

  private static DocTypeClassifier.Result classify(String title, String head, String opening) {
    return RULES.classify(new DocTypeClassifier.Views(title, head, opening, null, null));
  }

  @Test
  void evidenceCombinesAndConflictLowersConfidence() {
    assertEquals(new DocTypeClassifier.Result(DocType.NEWS, 0.95), classify(null, "本报记者 张三 本报通讯员 李四", null));
    assertEquals(new DocTypeClassifier.Result(DocType.NEWS, 0.9), classify(null, "本报记者 张三", null));
    // news 0.9 against annual 0.6: 0.9 × (1 - 0.6)
    assertEquals(new DocTypeClassifier.Result(DocType.NEWS, 0.36), classify(null, "本报记者", "2023年,某市"));
  }

  @Test
  void counterEvidenceTurnsAWorkReportIntoOther() {
    assertEquals(new DocTypeClassifier.Result(DocType.WORK_REPORT, 0.8), classify("2024年政府工作报告", null, null));
    // work_report 0.8 × 0.1 = 0.08; other 1 - 0.3 × 0.8 = 0.76, confidence 0.76 × (1 - 0.08)
    assertEquals(new DocTypeClassifier.Result(DocType.OTHER, 0.699), classify("关于政府工作报告的决议", null, null));
  }

  @Test
  void aPriorWinsAloneWithItsOwnWeight() {
    assertEquals(new DocTypeClassifier.Result(DocType.OTHER, 0.2), classify(null, null, null));
    assertEquals(new DocTypeClassifier.Result(DocType.OTHER, 0.2), classify("", "", ""));
  }

  @Test
  void noViewsAtAll() {
    assertEquals(new DocTypeClassifier.Result(DocType.OTHER, 0.0), RULES.classify(null));
  }

  @Test
  void noRulesMeansOtherWithoutConfidence() {
    assertEquals(new DocTypeClassifier.Result(DocType.OTHER, 0.0),
        DocTypeClassifier.parse("# nothing\n").classify(new DocTypeClassifier.Views("a", "b", "c", "d", "e")));
  }

  @Test
  void aTieGoesToTheTypeListedFirst() {
    DocTypeClassifier tie = DocTypeClassifier.parse("annual_report\ttext\t0.5\t报告\nnews\ttext\t0.5\t报告");
    assertEquals(DocType.ANNUAL_REPORT, tie.classify(new DocTypeClassifier.Views(null, null, null, null, "报告")).type());
  }

  @Test
  void confRulesOnMadeUpDocuments() {
    DocTypeClassifier conf = TestCorpus.rules().docTypes();
    assertEquals(DocType.ANNUAL_REPORT, conf.classify(new DocTypeClassifier.Views(
        "某区2023年度法治政府建设情况报告", "某区2023年度法治政府建设情况报告", "2023年,某区坚持依法行政", "", "")).type());
    assertEquals(DocType.NEWS, conf.classify(new DocTypeClassifier.Views(
        null, "新华社南京3月5日电(记者 王五)近日,南京市发布法治政府建设报告。", "近日", "", "")).type());
    assertEquals(DocType.WORK_REPORT, conf.classify(new DocTypeClassifier.Views(
        "2024年某市政府工作报告", "各位代表:现在,我代表市人民政府,向大会报告政府工作", null, "", "")).type());
    assertEquals(DocType.OTHER, conf.classify(new DocTypeClassifier.Views(
        "关于做好2024年春节期间安全工作的通知", "各镇人民政府:", null, "", "")).type());
  }

  @Test
  void badRulesNameTheirLine() {
    assertEquals("doc_types.tsv:1: type must be one of [annual_report, work_report, news, other] but got 'report'",
        assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse("report\ttitle\t1\tx")).getMessage());
    assertEquals("doc_types.tsv:1: scope must be one of [title, head, opening, tail, text, always] but got 'body'",
        assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse("news\tbody\t1\tx")).getMessage());
    assertEquals("doc_types.tsv:1: weight must be in [-1, 1] but got 2.0",
        assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse("news\ttitle\t2\tx")).getMessage());
    assertEquals("doc_types.tsv:1: weight must be a number in [-1, 1] but got 'high'",
        assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse("news\ttitle\thigh\tx")).getMessage());
    assertEquals("doc_types.tsv:1: column 4 must hold a pattern",
        assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse("news\ttitle\t0.5")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocTypeClassifier.parse(null));
  }
}
