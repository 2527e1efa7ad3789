package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.text.TextNormalizer;

class PhrasebookTest {

  @Test
  void theBuiltInListsHoldNoTermOfTheDefaultDictionaryAndAreNormalized() {
    Phrasebook raw = Phrasebook.builtIn();
    TermCounter counter = new TermCounter(TermDictionary.load(Fixtures.terms()));
    assertEquals(raw.size(), raw.vetted(counter, TextNormalizer::normalize).size());
  }

  @Test
  void entriesHoldingATermAreDropped() {
    TermCounter counter = new TermCounter(TermDictionary.parse("term\tcategory\n法治督察\t监督\n"));
    Phrasebook vetted = Phrasebook.builtIn().vetted(counter, s -> s);
    assertFalse(vetted.list("object.GENERAL").contains("法治督察工作机制"));
    assertTrue(vetted.list("object.GENERAL").contains("行政执法人员资格管理"));
  }

  @Test
  void yearGatesKeepEntriesToTheirYears() {
    assertEquals("民法典宣传", Phrasebook.ungated("@2020+民法典宣传", 2020));
    assertEquals(null, Phrasebook.ungated("@2020+民法典宣传", 2019));
    assertEquals("系列讲话", Phrasebook.ungated("@-2016系列讲话", 2016));
    assertEquals(null, Phrasebook.ungated("@-2016系列讲话", 2017));
    assertEquals("扎实推进", Phrasebook.ungated("扎实推进", 1999));
  }

  @Test
  void failsWhenAWholeListIsTakenByTheDictionary() {
    TermCounter counter = new TermCounter(TermDictionary.parse("term\tcategory\n特此报告\t其他\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Phrasebook.builtIn().vetted(counter, s -> s));
    assertTrue(e.getMessage().startsWith("--terms:") && e.getMessage().contains("closing"), e.getMessage());
  }
}
