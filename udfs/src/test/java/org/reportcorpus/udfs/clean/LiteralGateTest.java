package org.reportcorpus.udfs.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;

class LiteralGateTest {

  @Test
  void readsTheLiteralsARuleRequires() {
    assertEquals(List.of("版权所有", "copyright", "©"),
        LiteralGate.of(".{0,60}(?:版权所有|(?i)copyright|©).{0,150}").literals());
    assertEquals(List.of("上一篇", "下一篇"), LiteralGate.of("(?:上一篇|下一篇)\\s*[::]?.{0,80}").literals());
    // A run of fixed parts is one literal; the longest of the runs is chosen.
    assertEquals(List.of("此件公开", "此件主动公开"),
        LiteralGate.of("[((]\\s*此件(?:公开|主动公开)\\s*[))]").literals());
    assertEquals(List.of("|"), LiteralGate.of("(?<=\\S)\\s+\\|+$").literals());
    // Under (?i) a plain literal wins; a literal with Han characters is looked for by them.
    assertEquals(List.of("备", "证"), LiteralGate.of("(?i)(?:ICP\\s*备|ICP证)").literals());
    assertEquals(List.of("走进", "魅力"), LiteralGate.of("(?:走进\\p{IsHan}{2,4}|魅力\\p{IsHan}{2,4})+").literals());
  }

  @Test
  void noGateWhereNothingIsRequiredOrTheFormIsNotRead() {
    for (String regex : List.of("[|\\s]+", ".{0,60}", "a?", "(?:abc)*", "a|", "(?:a|\\d)", "[-=_]{3,}",
        "\\Qabc\\E", "(?x)a b c", "(a)\\1", "\\u4e00文", "a{0,2}", "(?=版权)")) {
      assertNull(LiteralGate.of(regex), regex);
    }
  }

  @Test
  void readsTheFlagsThePatternIsCompiledWith() {
    assertTrue(LiteralGate.of("copyright", Pattern.CASE_INSENSITIVE).mayMatch("COPYRIGHT"));
    assertFalse(LiteralGate.of("copyright", RuleTable.FLAGS).mayMatch("COPYRIGHT"));
    assertNull(LiteralGate.of("a b", Pattern.COMMENTS));
    assertNull(LiteralGate.of("a.b", Pattern.LITERAL));
  }

  @Test
  void ignoresCaseWhereThePatternDoes() {
    LiteralGate gate = LiteralGate.of("(?i)public domain");
    assertTrue(gate.mayMatch("This work is in the PUBLIC Domain."));
    assertFalse(gate.mayMatch("public-domain"));
    assertTrue(LiteralGate.of("(?:x(?i)y|copyright)").mayMatch("COPYRIGHT 2020"),
        "(?i) holds in the alternatives after it");
    assertTrue(LiteralGate.of("(?:(?i)abc)").mayMatch("ABC"));
    // The Kelvin sign folds to k: a case-insensitive "k" must find it.
    assertTrue(LiteralGate.of("(?i)kb").mayMatch("\u212AB"));
    assertTrue(Pattern.compile("(?i)kb", RuleTable.FLAGS).matcher("\u212AB").matches());
  }

  /**
   * The gate's promise, checked on every rule of conf/boilerplate.tsv and on made-up ones: where
   * the gate stays shut, the pattern finds nothing. Lines are drawn at random from the rules' own
   * characters, words and case variants, so that many of them match.
   */
  @Test
  void aShutGateMeansNoMatch() throws IOException {
    List<String> rules = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../conf/boilerplate.tsv"), StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t", -1);
      if (!line.startsWith("#") && columns.length > 1 && !columns[1].isEmpty() && !columns[0].equals("setting")
          && !columns[0].equals("kind")) {
        rules.add(columns[1]);
      }
    }
    assertTrue(rules.size() > 30, "the rules of conf/boilerplate.tsv");
    rules.addAll(List.of("(?i)ab(?-i)cd", "(?i:x)y|z+w", "a[]b]c", "[^]x]y", "(?<n>第)\\s*页", "\\[\\s*打印\\s*\\]",
        "(?:(?:一|二)(?:三|四)){2}", "x(?:(?i)ab|cd)E", "\\d+(?:st|nd)", "(?i).{0,5}(?:k|é)\\s*\\d"));
    Random random = new Random(7);
    int gated = 0;
    for (String rule : rules) {
      Pattern pattern = Pattern.compile(rule, RuleTable.FLAGS);
      LiteralGate gate = LiteralGate.of(rule);
      if (gate == null) {
        continue;
      }
      gated++;
      List<String> pieces = pieces(rule);
      List<String> lines = new ArrayList<>(EXAMPLES);
      for (int n = 0; n < 4000; n++) {
        lines.add(line(pieces, random));
      }
      int matched = 0;
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        boolean found = m.find();
        if (found) {
          matched++;
          assertTrue(gate.mayMatch(line), () -> "gate " + gate.literals() + " of " + rule + " shut on " + line);
        }
      }
      assertTrue(matched > 0, "no line matched " + rule);
    }
    assertTrue(gated > 30, "most rules have a gate: " + gated);
  }

  /** Chrome lines of the kinds the rules are for, and body lines that are not chrome. */
  private static final List<String> EXAMPLES = List.of("(2021-09-03) 稿件来源: 法治日报 | 作者:张三",
      "2021年9月3日 来源:市司法局", "您现在的位置:首页 > 信息公开", "首页 >> 政务公开", "第 2 页 共 3 页", "- 3 -", "12/40",
      "Page 3 of 9", "版权所有:某县人民政府", "Copyright © 2023", "(C) 2019 某市", "主办单位:某市人民政府办公室",
      "京ICP备05001234号", "技术支持:某公司", "建议使用谷歌浏览器", "(此件公开发布)", "本作品是由某人创作", "网站地图 | 联系我们",
      "扫一扫在手机打开当前页", "分享到:", "微信 微博", "【打印本页】", "[关闭窗口]", "字号:大 中 小", "上一篇:某某", "相关链接",
      "This work is in the public domain", "浏览次数:1024", "正文 |", "| 正文", "某县2023年法治政府建设年度报告",
      "2023年,我县坚持依法行政,主动公开政府信息。", "a]c", "一三二四", "xAbE", "xCdE");

  /** Words, characters and case variants of a rule's source, with digits, spaces and punctuation. */
  private static List<String> pieces(String rule) {
    Set<String> pieces = new LinkedHashSet<>(List.of(" ", "  ", "1", "2020", "19", "|", "/", ":", ":", "-", "(",
        ")", "【", "】", "[", "]", "第", "页", "共", "\u212A", "é", "É", "本"));
    for (String word : rule.split("[^\\p{IsHan}A-Za-z©]+")) {
      if (!word.isEmpty()) {
        pieces.add(word);
        pieces.add(word.toUpperCase());
        word.codePoints().forEach(c -> pieces.add(new String(Character.toChars(c))));
      }
    }
    return new ArrayList<>(pieces);
  }

  private static String line(List<String> pieces, Random random) {
    StringBuilder line = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      line.append(pieces.get(random.nextInt(pieces.size())));
    }
    return line.toString();
  }

  @Test
  void theStripperGivesWhatItGaveWithoutGates() {
    BoilerplateStripper rules = TestCorpus.rules().boilerplate();
    assertNotNull(rules);
    String text = String.join("\n", "您现在的位置:首页 > 信息公开", "某县2023年法治政府建设年度报告",
        "2023年,我县坚持依法行政。【字号:大 中 小】", "版权所有:某县人民政府 Copyright 2023", "ICP备05001234号",
        "第 2 页 共 3 页", "正文内容 |");
    CleanedText cleaned = rules.strip(text);
    assertEquals("某县2023年法治政府建设年度报告\n2023年,我县坚持依法行政。\n正文内容", cleaned.text());
    assertEquals(List.of("您现在的位置:首页 > 信息公开", "【字号:大 中 小】", "版权所有:某县人民政府 Copyright 2023",
        "ICP备05001234号", "第 2 页 共 3 页", "|"), cleaned.stripped());
  }
}
