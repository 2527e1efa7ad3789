package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.PlaceIndex.Chain;
import org.reportcorpus.udfs.region.PlaceIndex.Mention;

class PlaceIndexTest {

  private static final PlaceIndex INDEX = new PlaceIndex(Gazetteer.bundled());

  private static List<String> codes(Mention m) {
    return m.candidates().stream().map(Division::code).distinct().sorted().toList();
  }

  @Test
  void fullNamesFormAChainWhoseLastLinkIsThePlace() {
    List<Chain> chains = INDEX.chains("江苏省苏州市常熟市人民政府");
    assertEquals(1, chains.size());
    Chain chain = chains.get(0);
    assertEquals(List.of("江苏省", "苏州市", "常熟市"), chain.links().stream().map(Mention::surface).toList());
    assertEquals(List.of("320581"), codes(chain.last()));
    assertEquals(0, chain.start());
    assertEquals(9, chain.end());
    assertTrue(chain.isLinked());
  }

  @Test
  void aLookAlikeKeepsEveryCandidate() {
    List<Mention> mentions = INDEX.scan("朝阳区坚持依法行政");
    assertEquals(1, mentions.size());
    assertTrue(codes(mentions.get(0)).containsAll(List.of("110105", "220104")), mentions::toString);
    assertFalse(mentions.get(0).isShort());
  }

  @Test
  void shortNamesFillTheGapsBetweenFullNames() {
    List<Mention> mentions = INDEX.scan("2024年,常熟坚持依法行政,苏州市");
    assertEquals(List.of("常熟", "苏州市"), mentions.stream().map(Mention::surface).toList());
    assertEquals(List.of(true, false), mentions.stream().map(Mention::isShort).toList());
    assertEquals(List.of("320581"), codes(mentions.get(0)));
    assertEquals(6, mentions.get(0).start());
  }

  @Test
  void placesApartOrNotNestedAreSeparateChains() {
    assertEquals(2, INDEX.chains("常州市、常熟市").size());
    assertEquals(2, INDEX.chains("常州市常熟市").size()); // 常熟市 is not under 常州市
    assertEquals(1, INDEX.chains("长春市 朝阳区").size()); // one space still joins
  }

  @Test
  void genericNamesAreMarked() {
    Mention m = INDEX.scan("新城区").get(0);
    assertTrue(m.isGeneric());
    assertFalse(INDEX.scan("常熟市").get(0).isGeneric());
  }

  @Test
  void noPlaceNoMention() {
    assertEquals(List.of(), INDEX.scan("坚持依法行政"));
    assertEquals(List.of(), INDEX.chains(""));
  }
}
