package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.terms.TermDictionary;

class AdoptionModelTest {

  private final TermCounter counter = new TermCounter(TermDictionary.load(Fixtures.terms()));
  private final AdoptionModel model = AdoptionModel.build(counter, 2015, 2024, 42L);

  private int index(String term) {
    List<String> names = counter.terms().stream().map(t -> t.term()).toList();
    return names.indexOf(term);
  }

  @Test
  void aContainedTermIsNeverAdoptedAfterItsContainer() {
    int general = index("普法");
    int specific = index("谁执法谁普法");
    for (int r = 0; r < 2000; r++) {
      int[] years = model.adoptionYears(Integer.toString(100000 + r));
      assertTrue(years[general] <= years[specific], "region " + r);
    }
  }

  @Test
  void termsStartAlongTheirCurves() {
    int background = index("行政复议");
    int late = index("数字政府");
    int adoptedBefore2019 = 0;
    int backgroundAdopted = 0;
    for (int r = 0; r < 2000; r++) {
      int[] years = model.adoptionYears(Integer.toString(300000 + r));
      if (years[late] < 2019) {
        adoptedBefore2019++;
      }
      if (years[background] <= 2015) {
        backgroundAdopted++;
      }
    }
    assertEquals(0, adoptedBefore2019);
    assertTrue(backgroundAdopted > 1900, "background adopted by " + backgroundAdopted);
  }

  @Test
  void mentionsAreZeroBeforeAdoptionAndOneToSixAfter() {
    int[] adoption = model.adoptionYears("320581");
    Random rng = new Random(1);
    for (int year = 2015; year <= 2024; year++) {
      int[] k = model.mentions(adoption, year, 10_000, rng);
      for (int t = 0; t < k.length; t++) {
        if (adoption[t] > year) {
          assertEquals(0, k[t]);
        } else {
          assertTrue(k[t] >= 1 && k[t] <= 6, "k=" + k[t]);
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameYears() {
    AdoptionModel again = AdoptionModel.build(counter, 2015, 2024, 42L);
    assertEquals(java.util.Arrays.toString(model.adoptionYears("110105")),
        java.util.Arrays.toString(again.adoptionYears("110105")));
  }
}
