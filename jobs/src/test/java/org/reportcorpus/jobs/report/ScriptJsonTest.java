package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  static final String PLANTED = "</script><img src=x onerror=alert(1)><!-- {{7*7}} & \u2028\u2029 \"q\" \\ 数字政府";

  @Test
  void cannotCloseItsScriptElementNorOpenAComment() {
    String json = ScriptJson.of(Map.of("title", PLANTED));
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
    assertTrue(json.contains("\\u003c/script\\u003e"), json);
  }

  @Test
  void parsesBackToTheSameValues() throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("text", PLANTED);
    data.put("rows", List.of(Arrays.asList("a<b", 3L, 0.25, null)));
    Object parsed = new ObjectMapper().readValue(ScriptJson.of(data), Object.class);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("text", PLANTED);
    List<Object> row = new ArrayList<>(Arrays.asList("a<b", 3, 0.25, null));
    expected.put("rows", List.of(row));
    assertEquals(expected, parsed);
  }

  @Test
  void keepsOrderSoTheBytesRepeat() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("b", 1);
    data.put("a", 2);
    assertEquals("{\"b\":1,\"a\":2}", ScriptJson.of(data));
  }
}
