package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopwordsTest {

  @Test
  void oneWordPerLineWithCommentsNormalizedAndDeduplicated() {
    assertEquals(List.of("推进", "加强", "工作", "进一步", "AB"), List.copyOf(
        Stopwords.parse("\uFEFF# report boilerplate\n推进\n 加强 # inline comment\n\n工作\r\n進一步\n推进\nＡＢ\n")));
  }

  @Test
  void nullOrEmptyHasNoWords() {
    assertEquals(List.of(), List.copyOf(Stopwords.parse(null)));
    assertEquals(List.of(), List.copyOf(Stopwords.parse("# only a comment\n\n")));
  }
}
