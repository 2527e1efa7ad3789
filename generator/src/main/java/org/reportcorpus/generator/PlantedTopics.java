package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in planted topics of {@code generate --topics K}: ten policy themes of local
 * government, each with 25 ordinary content words, most typical first.
 *
 * <p>A word's weight is Zipf-like, 1 / rank, so a topic has a few dominant words and a long
 * tail. A few words are listed under two topics (医保 under both 医疗卫生 and 社会保障…), so that
 * a topic cannot be told by its words alone.
 *
 * <p>The words were chosen to come back from the HanLP standard segmenter as one token each with
 * a noun, verb or adjective tag (PlantedTopicsTest checks it): 民营, 消防, 公交, 高速 and 伪劣 (tagged
 * b), 地质灾害 (gg) and 降费, 托育, 参保, 研学, 烟花爆竹, 特种设备 (split; 学前 and 非遗 at the start
 * of a sentence) were replaced. None is a
 * generic report word (推进, 建设…) nor holds a term of conf/terms.tsv.
 */
final class PlantedTopics {

  private static final Logger LOG = LoggerFactory.getLogger(PlantedTopics.class);

  /** Fewest words a topic may keep after {@link #vetted}. */
  static final int MIN_WORDS = 10;

  /** Label, then the words in order of weight; a word marked nowhere else is the topic's own. */
  private static final String[][] TABLE = {
    {"生态环境", "污染", "排放", "水质", "河道", "污水", "垃圾", "空气", "扬尘", "湿地", "造林", "植树", "整治", "秸秆",
      "噪声", "绿化", "森林", "环保", "监测", "减排", "河长", "湖泊", "土壤", "废水", "水源", "水利"},
    {"营商环境", "企业", "审批", "投资", "融资", "招商", "注册", "减税", "许可", "税收", "纳税", "开办", "信贷", "贷款",
      "园区", "产业", "外资", "商户", "创业", "物流", "税费", "登记", "电商", "厂房", "上市", "企业家"},
    {"教育", "学校", "教师", "学生", "课程", "校园", "教学", "幼儿园", "学位", "招生", "培训", "校舍", "课堂", "师资",
      "考试", "高校", "教材", "班级", "就业", "入学", "教室", "体育", "校车", "资助", "图书馆", "家长"},
    {"医疗卫生", "医院", "医生", "患者", "疫苗", "诊疗", "医保", "护士", "门诊", "药品", "病床", "卫生院", "疾病", "体检",
      "慢性病", "床位", "急救", "老年人", "村医", "手术", "接种", "监测", "传染病", "应急", "药物", "处方"},
    {"安全生产", "隐患", "事故", "排查", "矿山", "危化品", "火灾", "演练", "救援", "整改", "应急", "爆炸", "燃气", "检查",
      "防汛", "滑坡", "山洪", "工地", "煤矿", "锅炉", "电梯", "巡查", "违章", "预警", "驾驶员", "消防站"},
    {"乡村振兴", "农村", "农民", "农业", "耕地", "种植", "粮食", "合作社", "村庄", "产业", "脱贫", "养殖", "农田", "灌溉",
      "增收", "电商", "宅基地", "蔬菜", "农产品", "村民", "水利", "民宿", "果园", "茶叶", "农机", "畜牧"},
    {"交通建设", "公路", "道路", "桥梁", "铁路", "高速公路", "车辆", "公交车", "地铁", "站点", "线路", "通车", "物流",
      "里程", "客运", "货运", "停车场", "隧道", "港口", "机场", "路网", "整治", "出行", "拥堵", "路面", "驾驶员"},
    {"社会保障", "养老", "保险", "低保", "救助", "就业", "失业", "工资", "社保", "退休", "医保", "残疾人", "老年人", "孤儿",
      "补贴", "保费", "待遇", "岗位", "培训", "住房", "养老金", "慈善", "福利", "兜底", "困难户", "农民工"},
    {"市场监管", "食品", "药品", "价格", "商品", "抽检", "检测", "商标", "许可", "专利", "计量", "假冒", "假货", "投诉",
      "消费者", "检查", "商家", "标准", "认证", "餐饮", "广告", "锅炉", "网购", "维权", "经营者", "执照"},
    {"文化旅游", "旅游", "景区", "游客", "博物馆", "图书馆", "演出", "民俗", "文物", "遗址", "民宿", "节庆", "剧场", "展览",
      "艺术", "体育", "赛事", "健身", "场馆", "古镇", "客流", "门票", "酒店", "戏曲", "书屋", "电影"},
  };

  /** Number of built-in topics, the largest --topics K. */
  static final int COUNT = TABLE.length;

  private PlantedTopics() {}

  /** The built-in topics, ids 0 to {@link #COUNT} - 1. */
  static List<PlantedTopic> builtIn() {
    List<PlantedTopic> topics = new ArrayList<>(COUNT);
    for (int id = 0; id < COUNT; id++) {
      List<String> words = List.of(TABLE[id]).subList(1, TABLE[id].length);
      topics.add(new PlantedTopic(id, TABLE[id][0], words, zipf(words.size())));
    }
    return topics;
  }

  /** Weights 1, 1/2, 1/3 … for words in order of rank. */
  static double[] zipf(int n) {
    double[] weights = new double[n];
    for (int rank = 1; rank <= n; rank++) {
      weights[rank - 1] = 1.0 / rank;
    }
    return weights;
  }

  /**
   * The first {@code k} built-in topics without the words that hold a surface form of the
   * counter's terms (another --terms file may name one; the planted topics must not change the
   * term counts) or that the normalizer would change; the remaining words keep their weights,
   * renormalized.
   *
   * @throws IllegalArgumentException when a topic keeps fewer than {@link #MIN_WORDS} words
   */
  static List<PlantedTopic> vetted(int k, TermCounter counter, UnaryOperator<String> normalizer) {
    if (k < 0 || k > COUNT) {
      throw new IllegalArgumentException("--topics: expected 0 to " + COUNT + " but got " + k);
    }
    List<PlantedTopic> kept = new ArrayList<>(k);
    for (PlantedTopic topic : builtIn().subList(0, k)) {
      List<String> words = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int i = 0; i < topic.words().size(); i++) {
        String word = topic.words().get(i);
        if (counter.containsAny(word) || !word.equals(normalizer.apply(word))) {
          LOG.info("topic {}: left out {}, which holds a term or is not normalized", topic.label(), word);
          continue;
        }
        words.add(word);
        weights.add(topic.probability(i));
      }
      if (words.size() < MIN_WORDS) {
        throw new IllegalArgumentException("--topics: topic " + topic.label() + " keeps only " + words.size()
            + " words that hold no term of --terms; at least " + MIN_WORDS + " are needed");
      }
      kept.add(new PlantedTopic(topic.id(), topic.label(), words,
          weights.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return kept;
  }
}
