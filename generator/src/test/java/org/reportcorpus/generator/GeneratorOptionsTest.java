package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

  private final String terms = Fixtures.terms().toString();

  @Test
  void defaults() {
    GeneratorOptions o = GeneratorOptions.parse(new String[] {"--out", "/tmp/c", "--terms", terms});
    assertEquals(Path.of("/tmp/c"), o.out());
    assertEquals(300, o.reports());
    assertEquals(2015, o.firstYear());
    assertEquals(2024, o.lastYear());
    assertEquals(10, o.years());
    assertEquals(42L, o.seed());
    assertFalse(o.overwrite());
    assertTrue(o.slogans());
  }

  @Test
  void theDefaultTermsAreThoseOfTheInstallationFolder() {
    String before = System.getProperty(GeneratorOptions.HOME_PROPERTY);
    try {
      System.setProperty(GeneratorOptions.HOME_PROPERTY, Fixtures.repoRoot().toString());
      assertEquals(Fixtures.terms(), GeneratorOptions.parse(new String[] {"--out", "d"}).terms());
      assertEquals("corpus.home", GeneratorOptions.HOME_PROPERTY);
    } finally {
      if (before == null) {
        System.clearProperty(GeneratorOptions.HOME_PROPERTY);
      } else {
        System.setProperty(GeneratorOptions.HOME_PROPERTY, before);
      }
    }
  }

  @Test
  void parsesEveryFlag() {
    GeneratorOptions o = GeneratorOptions.parse(new String[] {
      "--out", "d", "--reports", "30000", "--years", "2018-2021", "--seed", "-5", "--terms", terms, "--overwrite"});
    assertEquals(30000, o.reports());
    assertEquals(2018, o.firstYear());
    assertEquals(2021, o.lastYear());
    assertEquals(-5L, o.seed());
    assertTrue(o.overwrite());
    assertTrue(o.slogans());
    assertFalse(GeneratorOptions.parse(new String[] {"--out", "d", "--no-slogans", "--terms", terms}).slogans());
    assertTrue(new GeneratorOptions(Path.of("d"), 5, 2015, 2024, 1L, Fixtures.terms(), false).slogans());
    assertEquals(2020, GeneratorOptions.parse(new String[] {"--out", "d", "--years", "2020", "--terms", terms}).lastYear());
  }

  @Test
  void topicsAreOffUnlessAskedForAndWithinTheBuiltInOnes() {
    assertEquals(0, GeneratorOptions.parse(new String[] {"--out", "d", "--terms", terms}).topics());
    assertEquals(0, new GeneratorOptions(Path.of("d"), 5, 2015, 2024, 1L, Fixtures.terms(), false).topics());
    assertEquals(0, GeneratorOptions.parse(new String[] {"--out", "d", "--topics", "0", "--terms", terms}).topics());
    assertEquals(2, GeneratorOptions.parse(new String[] {"--out", "d", "--topics", "2", "--terms", terms}).topics());
    GeneratorOptions all = GeneratorOptions.parse(new String[] {
      "--out", "d", "--topics", Integer.toString(PlantedTopics.COUNT), "--terms", terms});
    assertEquals(PlantedTopics.COUNT, all.topics());
    assertMessage("--topics: expected 0 (off) or a number from 2 to " + PlantedTopics.COUNT, "--out", "d", "--topics", "1");
    assertMessage("--topics:", "--out", "d", "--topics", Integer.toString(PlantedTopics.COUNT + 1));
    assertMessage("--topics:", "--out", "d", "--topics", "-3");
    assertMessage("Invalid value for option '--topics': 'ten' is not an int", "--out", "d", "--topics", "ten");
    assertMessage("Expected parameter for option '--topics' but found '--terms'", "--out", "d", "--topics");
  }

  @Test
  void errorsNameTheFlag() {
    assertMessage("Missing required option: '--out=DIR'", "--reports", "3");
    assertMessage("Invalid value for option '--reports': 'many' is not an int", "--out", "d", "--reports", "many");
    assertMessage("--reports: expected a number from 1 to 1000000 but got 0", "--out", "d", "--reports", "0");
    assertMessage("--years:", "--out", "d", "--years", "2024-2015");
    assertMessage("--years:", "--out", "d", "--years", "2015-2020-2024");
    assertMessage("--years:", "--out", "d", "--years", "15-24");
    assertMessage("Invalid value for option '--seed': 'x' is not a long", "--out", "d", "--seed", "x");
    assertMessage("--terms:", "--out", "d", "--terms", "/no/such/terms.tsv");
    assertMessage("Expected parameter for option '--out' but found '--terms'", "--out");
    assertMessage("Unknown options: '--report', '3'", "--out", "d", "--report", "3");
  }

  private void assertMessage(String start, String... args) {
    String[] withTerms = args;
    if (!String.join(" ", args).contains("--terms")) {
      withTerms = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--terms", terms))
          .toArray(String[]::new);
    }
    String[] finalArgs = withTerms;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse(finalArgs));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
