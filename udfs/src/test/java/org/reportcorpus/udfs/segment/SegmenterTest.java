package org.reportcorpus.udfs.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final String TEXT = "全面推行综合查一次和证明事项告知承诺制,深化放管服改革。";

  @Test
  void keepsDictionaryTermsWhole() {
    Segmenter.Tokens tokens = Segmenter.segment(TEXT, List.of("综合查一次", "证明事项告知承诺制", "放管服"));
    assertTrue(tokens.words().contains("综合查一次"), tokens.words().toString());
    assertTrue(tokens.words().contains("证明事项告知承诺制"), tokens.words().toString());
    assertTrue(tokens.words().contains("放管服"), tokens.words().toString());
    assertEquals(tokens.words().size(), tokens.tags().size());
    assertEquals("nz", tokens.tags().get(tokens.words().indexOf("综合查一次")));
  }

  @Test
  void dropsWhitespaceTokens() {
    Segmenter.Tokens tokens = Segmenter.segment("第一段\n\n第二段 内容", List.of());
    assertFalse(tokens.words().stream().anyMatch(String::isBlank));
  }

  @Test
  void nullGivesNoTokens() {
    assertTrue(Segmenter.segment(null, List.of()).words().isEmpty());
  }

  @Test
  void parallelUseGivesTheSameResultAsSerial() throws Exception {
    List<String> words = List.of("综合查一次", "证明事项告知承诺制", "放管服");
    List<String> expected = Segmenter.segment(TEXT, words).words();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> Segmenter.segment(TEXT, words).words()));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
