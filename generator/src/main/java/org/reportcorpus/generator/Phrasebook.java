package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's own word lists and sentence patterns, written for this project.
 *
 * <p>Entries may hold placeholders in braces that {@link ReportContext} fills in: {@code {R}} the
 * region's name, {@code {全}} its scope word (全县, 全市…), {@code {府}} its government (县政府…),
 * {@code {司}} its justice bureau, {@code {下}} the units below it (乡镇(街道)…), {@code {Y}} and
 * {@code {Y1}} the report year and the next, {@code {n} {m} {k} {p}} numbers, and {@code
 * {adverb}}, {@code {verb}}, {@code {object}}, {@code {effect}}… an entry of another list. In the
 * planting patterns {@code {T}}, {@code {T1}}… mark where a term's surface form goes.
 *
 * <p>An entry starting with {@code @2017+} is only used in reports of 2017 and later, one starting
 * with {@code @-2016} only up to 2016 (no 民法典 before it existed).
 *
 * <p>{@link #vetted} drops every entry that holds a surface form of the term dictionary (filler
 * must never count as a term) or that the text normalizer would change (the written text must
 * already be normalized). It fails when a list ends up empty, naming the list.
 */
final class Phrasebook {

  private static final Logger LOG = LoggerFactory.getLogger(Phrasebook.class);

  private final Map<String, List<String>> lists;

  private Phrasebook(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  List<String> list(String key) {
    List<String> entries = lists.get(key);
    if (entries == null) {
      throw new IllegalArgumentException("no phrase list named " + key);
    }
    return entries;
  }

  boolean has(String key) {
    return lists.containsKey(key);
  }

  String pick(Random rng, String key) {
    List<String> entries = list(key);
    return entries.get(rng.nextInt(entries.size()));
  }

  /** From the topic's own list when there is one, else the plain list, else the general one. */
  String pick(Random rng, String key, Topic topic) {
    return pick(rng, resolve(key, topic));
  }

  /** The list {@link #pick(Random, String, Topic)} draws from. */
  String resolve(String key, Topic topic) {
    String topical = key + "." + topic.name();
    if (has(topical)) {
      return topical;
    }
    return has(key) ? key : key + "." + Topic.GENERAL.name();
  }

  /**
   * The entry without its year gate if it may be used in a report of {@code year}, else null.
   * Entries without a gate are always usable.
   */
  static String ungated(String entry, int year) {
    if (entry.isEmpty() || entry.charAt(0) != '@') {
      return entry;
    }
    boolean upTo = entry.charAt(1) == '-';
    int start = upTo ? 2 : 1;
    int gateYear = Integer.parseInt(entry.substring(start, start + 4));
    int textStart = upTo ? start + 4 : start + 5;
    boolean usable = upTo ? year <= gateYear : year >= gateYear;
    return usable ? entry.substring(textStart) : null;
  }

  int size() {
    return lists.values().stream().mapToInt(List::size).sum();
  }

  /**
   * A copy without the entries that contain a dictionary surface form or are not in normalized
   * form.
   */
  Phrasebook vetted(TermCounter counter, UnaryOperator<String> normalizer) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    int dropped = 0;
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      List<String> entries = new ArrayList<>();
      for (String entry : list.getValue()) {
        String form = counter.firstSurfaceForm(stripPlaceholders(entry));
        if (form != null) {
          LOG.warn("phrase list {}: dropping \"{}\": it contains the term \"{}\"", list.getKey(), entry, form);
          dropped++;
        } else if (!normalizer.apply(entry).equals(entry)) {
          LOG.warn("phrase list {}: dropping \"{}\": not in normalized form", list.getKey(), entry);
          dropped++;
        } else {
          entries.add(entry);
        }
      }
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("--terms: every entry of the generator's phrase list "
            + list.getKey() + " contains a dictionary term; the generator cannot write that part of a report");
      }
      kept.put(list.getKey(), Collections.unmodifiableList(entries));
    }
    LOG.info("phrasebook: {} entries kept, {} dropped", size() - dropped, dropped);
    return new Phrasebook(kept);
  }

  /**
   * Placeholders split the text around them, so a term cannot be formed across one: test the
   * pieces separately by putting a character that no term contains in their place.
   */
  private static String stripPlaceholders(String entry) {
    return entry.replaceAll("\\{[^}]*}", "\u0000");
  }

  /** The built-in lists. Everything here was written for this generator. */
  static Phrasebook builtIn() {
    Map<String, List<String>> l = new LinkedHashMap<>();

    // --- building blocks of filler sentences -------------------------------------------------
    l.put("adverb", List.of("持续", "扎实", "着力", "全面", "稳步", "深入", "不断", "进一步", "切实",
        "有序", "认真", "积极", "大力", "统筹"));
    l.put("verb", List.of("完善", "健全", "规范", "加强", "优化", "推进", "落实", "强化", "提升", "深化",
        "细化", "改进"));
    l.put("subject", List.of("{全}各级行政机关", "{府}各部门", "{全}各执法单位", "各{下}", "{司}",
        "{府}办公室", "各级各部门", "{全}各相关单位", "{府}各职能部门"));
    l.put("effect", List.of("推动各项工作落到实处", "依法行政水平稳步提升", "行政行为更加规范",
        "群众获得感持续增强", "为经济社会发展提供了有力法治保障", "执法质量明显提高", "办事效率进一步提高",
        "相关制度更加健全", "基层治理效能持续增强", "矛盾纠纷源头防范能力有所增强",
        "形成了上下联动、协同推进的工作格局", "企业和群众满意度不断提高", "各项任务按期完成",
        "工作规范化水平明显提升", "法治建设基础更加牢固", "确保了权力在阳光下运行",
        "有效维护了群众合法权益", "为高质量发展营造了良好法治环境", "取得了较好成效",
        "相关做法得到上级部门肯定"));
    l.put("planEffect", List.of("确保各项任务落地见效", "推动法治政府建设再上新台阶", "不断提升依法行政能力",
        "切实增强群众的法治获得感", "为{全}高质量发展提供坚实法治保障", "推动工作提质增效",
        "确保取得实实在在的成效"));
    l.put("means", List.of("建立工作台账", "开展专项检查", "定期通报进展情况", "组织交叉评查", "实行清单化管理",
        "召开专题推进会", "完善考核办法", "强化督促指导", "引入第三方评估", "开展随机抽查", "组织集中培训",
        "开展调研督导", "建立月调度机制", "压实部门责任"));
    l.put("field", List.of("市场监管", "生态环境", "交通运输", "应急管理", "农业农村", "文化市场", "城市管理",
        "卫生健康", "自然资源", "住房和城乡建设"));

    // Objects of the verbs above, by topic.
    l.put("object.GENERAL", List.of("行政执法人员资格管理", "执法案卷评查机制", "行政机关内部层级监督",
        "领导干部会前学法制度", "法治督察工作机制", "法治工作队伍建设", "依法行政考核指标体系", "政府合同管理",
        "行政调解工作", "机关工作人员法治培训", "法治建设责任分解", "政府常务会议议事规则", "行政权力运行监督",
        "法治建设年度考评", "行政机关履职评议", "法治建设督导检查", "依法治理工作台账"));
    l.put("object.SERVICE", List.of("行政审批事项目录", "审批流程再造", "政务服务事项标准化", "办事指南编制",
        "综合窗口服务", "企业开办流程", "工程建设项目审批", "惠企政策兑现机制", "涉企收费清理",
        "便民服务站点建设", "政务服务评价机制", "审批时限压缩", "办事材料精简"));
    l.put("object.ENFORCEMENT", List.of("行政执法程序", "执法人员持证上岗管理", "执法文书格式",
        "重点领域执法检查", "涉企行政检查", "跨部门联合执法", "{下}执法力量配置", "执法质量评查",
        "执法监督平台建设", "行政处罚案件办理", "执法人员业务培训", "基层执法队伍管理"));
    l.put("object.DECISION", List.of("行政决策程序规则", "决策事项目录管理", "政府文件起草审核",
        "决策事项征求意见工作", "决策后评价制度", "涉法事务审核把关", "政府合同审核", "决策档案管理",
        "文件清理工作", "政策解读工作"));
    l.put("object.OVERSIGHT", List.of("行政执法监督", "政府内部监督", "纪检监察监督衔接", "社会监督渠道",
        "群众投诉举报处理", "行政机关依法履职监督", "监督检查结果运用", "问题整改台账", "督查督办机制",
        "统计监督工作"));
    l.put("object.DIGITAL", List.of("政务信息系统整合", "网上办事平台建设", "执法信息化建设", "移动执法终端配备",
        "在线审批系统", "政务网络安全保障", "数据资源目录管理", "政务云平台建设", "智能化办公系统",
        "信息系统互联互通"));
    l.put("object.GRASSROOTS", List.of("基层矛盾纠纷排查", "村(居)法治工作", "信访事项依法办理",
        "基层法治阵地建设", "社会治安综合治理", "法治乡村建设", "村规民约修订完善", "调解组织建设",
        "基层法律服务工作", "社区依法治理", "重点人群服务管理"));
    l.put("object.PUBLICITY", List.of("领导干部学法", "国家工作人员学法考试", "@2018+宪法宣传周活动", "法治文化阵地建设",
        "青少年法治教育", "以案释法工作", "@2020+民法典宣传", "法治文艺作品创作", "法治讲座进机关活动"));

    // --- whole filler sentences ---------------------------------------------------------------
    l.put("pattern.achieve", List.of(
        "{subject}{adverb}{verb}{object},{effect}。",
        "{adverb}{verb}{object},{adverb}{verb}{object},{effect}。",
        "通过{means},{adverb}{verb}{object}。",
        "{府}{adverb}{verb}{object},通过{means},{effect}。",
        "针对{object}中的薄弱环节,{subject}{means},{effect}。",
        "年内{府}专题研究{object}{n}次,{effect}。",
        "{subject}把{object}作为重点,{adverb}{verb}相关制度,{effect}。"));
    l.put("pattern.stat", List.of(
        "全年共组织行政执法人员培训{n}场次,参训{m}人次。",
        "全年审核{府}文件和政府合同{n}件,提出意见建议{m}条。",
        "全年办理人大代表建议{n}件、政协委员提案{k}件,按期办复率100%。",
        "全年受理群众来信来访{m}件次,按期办结率{p}%。",
        "开展执法案卷评查{n}次,抽查案卷{m}卷,发现的问题全部督促整改。",
        "全年组织旁听庭审活动{n}场次,参加人员{m}人次。",
        "对{m}件现行文件进行清理,废止{n}件、修改{k}件。",
        "全年办理各类行政许可事项{m}件,按时办结率{p}%。",
        "举办各类法治讲座{n}场,覆盖干部职工{m}人次。",
        "全年排查各类矛盾纠纷{m}件,调处成功率{p}%。",
        "组织开展专项执法检查{n}次,检查单位{m}家。",
        "新建基层法治阵地{n}个,更新法治宣传栏{k}处。"));
    l.put("pattern.duty", List.of(
        "{府}主要负责同志认真履行推进法治建设职责,对重要工作亲自部署,对重大问题亲自过问。",
        "全年主持召开{府}常务会议{n}次,其中专题研究法治政府建设工作{k}次。",
        "把法治建设纳入{全}发展总体规划和年度工作计划,与经济社会发展同部署、同推进、同考核。",
        "带头尊法学法守法,组织{府}常务会议会前学法{n}次。",
        "将履行法治建设职责情况列入年终述职内容,接受干部群众评议。",
        "定期听取法治建设工作汇报,及时研究解决工作中遇到的困难和问题。",
        "督促各{下}主要负责人落实法治建设责任,层层传导压力。",
        "带头遵守法律法规,严格依照法定权限和程序行使权力。",
        "组织开展法治建设专题调研{n}次,推动解决一批突出问题。",
        "对{全}法治建设工作进行全面部署,明确年度任务{m}项并逐项落实。",
        "主要负责同志亲自推动{object},{effect}。",
        "{府}主要负责同志带头{verb}{object},{effect}。",
        "就{object}作出批示{k}次,督促相关单位{adverb}{verb}。",
        "深入{下}调研{object}情况{n}次,现场协调解决具体问题。"));
    l.put("pattern.weak", List.of("{weakSubject}{weakProblem}。", "从检查情况看,{weakSubject}{weakProblem}。",
        "对照上级要求,{weakSubject}{weakProblem}。", "在{object}方面,{weakSubject}{weakProblem}。"));
    l.put("weakSubject", List.of("少数部门", "个别单位", "部分基层执法人员", "一些{下}", "部分领导干部",
        "个别执法单位", "少数机关工作人员"));
    l.put("weakProblem", List.of("对法治建设重要性的认识还不够到位", "运用法治思维和法治方式解决问题的能力还有差距",
        "执法程序不够规范,案卷质量参差不齐", "履职能力与新形势新任务的要求还不完全适应",
        "工作推进不够平衡,个别领域力度不足", "制度执行的刚性约束有待加强", "专业素质有待进一步提高",
        "信息化手段运用还不够充分", "对法治建设的考核评价还不够精细", "法治工作力量相对薄弱"));
    l.put("cause", List.of("学习培训的针对性和实效性不够强", "考核评价的导向作用发挥还不充分", "专业人才引进和培养渠道较窄",
        "经费和装备保障不够到位", "对新情况新问题研究不够深入", "部门之间的协同配合机制还不够顺畅"));
    l.put("pattern.plan", List.of(
        "{adverb}{verb}{object},{planEffect}。",
        "{Y1}年,{府}将{adverb}{verb}{object},{planEffect}。",
        "下一步,{subject}将{adverb}{verb}{object}。",
        "围绕{object},{adverb}{verb}工作机制,{planEffect}。",
        "坚持问题导向,{adverb}{verb}{object},{planEffect}。"));

    // --- headings, opening, closing -----------------------------------------------------------
    l.put("title", List.of("{R}{Y}年法治政府建设年度报告", "{R}{Y}年度法治政府建设情况报告",
        "{R}关于{Y}年法治政府建设工作情况的报告", "{I}关于{Y}年度法治政府建设情况的报告",
        "{R}{Y}年度法治政府建设工作报告"));
    l.put("section.achieve", List.of("{Y}年度推进法治政府建设的主要举措和成效", "{Y}年法治政府建设主要工作及成效",
        "推进法治政府建设的主要举措和成效", "{Y}年法治政府建设工作开展情况"));
    l.put("section.duty", List.of("党政主要负责人履行推进法治建设职责情况", "{府}主要负责人履行推进法治建设职责情况",
        "主要负责人履行法治建设职责情况"));
    l.put("section.weak", List.of("存在的不足和原因", "存在的问题和不足", "推进法治政府建设存在的不足和原因",
        "工作中存在的主要问题"));
    l.put("section.plan", List.of("{Y1}年推进法治政府建设的主要安排", "下一步工作安排", "{Y1}年度工作打算",
        "下一步工作计划"));
    l.put("heading.GENERAL", List.of("加强党的领导,统筹推进法治政府建设", "加强政府自身建设", "提高机关工作人员法治素养",
        "完善依法行政制度体系", "压实工作责任,强化组织保障"));
    l.put("heading.SERVICE", List.of("深化审批制度改革,提升服务效能", "优化办事流程,便利企业和群众办事",
        "持续转变政府职能"));
    l.put("heading.ENFORCEMENT", List.of("严格规范公正文明执法", "深化行政执法体制改革", "提升行政执法质量"));
    l.put("heading.DECISION", List.of("推进行政决策科学化民主化法治化", "严格落实决策程序规定", "加强制度建设,提高制度质量"));
    l.put("heading.OVERSIGHT", List.of("强化对行政权力的制约和监督", "自觉接受各方面监督", "健全权力运行制约机制"));
    l.put("heading.DIGITAL", List.of("推进信息化与法治政府建设深度融合", "加快建设智能化政务体系", "以信息化手段提升治理效能"));
    l.put("heading.GRASSROOTS", List.of("依法有效化解社会矛盾纠纷", "夯实基层依法治理根基", "推进基层治理法治化"));
    l.put("heading.PUBLICITY", List.of("深入开展法治宣传,营造浓厚法治氛围", "提升全社会法治意识", "加强法治文化建设"));
    l.put("opening.lead", List.of("@2017+坚持以习近平新时代中国特色社会主义思想为指导",
        "@2017+坚持以习近平新时代中国特色社会主义思想为引领", "@2017+坚持以党的创新理论为指导",
        "@-2016坚持以习近平总书记系列重要讲话精神为指导", "@-2016坚持以党的路线方针政策为指导"));
    l.put("opening.study", List.of("深入贯彻党的{congress}精神", "全面贯彻落实党的{congress}精神",
        "认真学习贯彻党的{congress}精神"));
    l.put("opening.deploy", List.of("认真落实中共中央、国务院《法治政府建设实施纲要({outline})》",
        "全面落实上级关于法治政府建设的各项部署", "紧紧围绕{全}中心工作", "对照年度工作要点逐项抓好落实"));
    l.put("opening.aim", List.of("扎实推进依法行政,法治政府建设取得新成效", "持续提升法治政府建设水平",
        "推动法治政府建设各项任务落地落实", "法治政府建设各项工作取得积极进展"));
    l.put("opening.close", List.of("现将有关情况报告如下:", "现将{Y}年度法治政府建设情况报告如下:",
        "现将主要工作情况报告如下:"));
    l.put("closing", List.of("特此报告。"));

    // --- planting patterns: a term's surface form goes where {T} is ----------------------------
    // Quoted or followed by punctuation where possible, so a neighbour cannot extend it into
    // another term; the self-check catches what is left.
    l.put("plant.achieve", List.of(
        "深入推进“{T}”,{effect}。",
        "围绕“{T}”,{adverb}{verb}{object},{effect}。",
        "以“{T}”为抓手,{adverb}{verb}{object}。",
        "把“{T}”作为年度重点任务,通过{means},{effect}。",
        "在“{T}”方面,{subject}{adverb}{verb}{object},{effect}。",
        "“{T}”相关工作取得新进展,{effect}。",
        "将{T}纳入年度重点工作,{effect}。",
        "持续推进{T}相关工作,{effect}。",
        "聚焦{T},{adverb}{verb}{object}。",
        "{subject}认真落实{T}相关要求,{effect}。",
        "全年围绕{T}开展专项工作{n}次,{effect}。"));
    l.put("plant.achieve.SERVICE", List.of("全年通过“{T}”方式办理各类事项{m}件,{effect}。"));
    l.put("plant.achieve.ENFORCEMENT", List.of("在{field}领域全面推行“{T}”,{effect}。"));
    l.put("plant.achieve.DECISION", List.of("全年涉及“{T}”的事项{n}件,均按规定程序办理。"));
    l.put("plant.achieve.OVERSIGHT", List.of("全年办理“{T}”相关事项{n}件,{effect}。"));
    l.put("plant.achieve.DIGITAL", List.of("依托“{T}”,{adverb}{verb}{object}。"));
    l.put("plant.achieve.GRASSROOTS", List.of("坚持和发展“{T}”相关做法,{effect}。"));
    l.put("plant.achieve.PUBLICITY", List.of("组织开展“{T}”主题活动{n}场次,{effect}。"));
    l.put("plant.achieve.pair", List.of("统筹推进“{T1}”“{T2}”等工作,{effect}。", "把{T1}、{T2}作为重点,{adverb}{verb}{object}。"));
    l.put("plant.achieve.triple", List.of("同步推进“{T1}”“{T2}”和“{T3}”,{effect}。"));
    l.put("plant.plan", List.of("继续深化“{T}”,{planEffect}。", "进一步推动{T}落地见效。", "{Y1}年,将把“{T}”作为重点,{adverb}{verb}{object}。",
        "着力在“{T}”上下功夫,{adverb}{verb}{object}。", "持续抓好“{T}”相关工作,{planEffect}。"));
    l.put("plant.weak", List.of("“{T}”推进还不够平衡,部分单位落实不到位。", "{T}工作与上级要求相比仍有差距。",
        "在“{T}”方面,{weakSubject}{weakProblem}。", "“{T}”相关工作的推进力度还需加大,{weakSubject}{weakProblem}。",
        "{T}的落实与群众期待相比仍有差距,{cause}的问题仍然存在。"));
    l.put("plant.duty", List.of("亲自研究部署{T}相关工作,{effect}。", "定期听取“{T}”工作汇报,{effect}。"));
    // Planting patterns of the made-up slogans (Slogans): a local catchphrase is usually quoted,
    // now and then written bare. One slogan per sentence; {T} is where it goes.
    l.put("slogan.achieve.quoted", List.of(
        "在{全}推行“{T}”工作模式,{effect}。",
        "创新推出“{T}”改革举措,{adverb}{verb}{object}。",
        "探索实行“{T}”,{effect}。",
        "“{T}”做法在各{下}全面铺开,{effect}。",
        "着力打造“{T}”服务品牌,{effect}。",
        "以“{T}”为牵引,{adverb}{verb}{object},{effect}。",
        "全年依托“{T}”机制办理相关事项{m}件,{effect}。",
        "总结推广“{T}”经验,{subject}{adverb}{verb}{object}。"));
    l.put("slogan.achieve.bare", List.of(
        "推广{T}的经验做法,{effect}。",
        "{subject}试行{T}工作法,{effect}。",
        "实行{T}以来,{effect}。",
        "围绕{T}建立配套制度{k}项,{effect}。"));
    l.put("slogan.plan.quoted", List.of(
        "继续擦亮“{T}”品牌,{planEffect}。",
        "{Y1}年将在各{下}推广“{T}”,{planEffect}。",
        "认真总结“{T}”试点经验,{adverb}{verb}{object}。",
        "推动“{T}”提质扩面,{planEffect}。"));
    l.put("slogan.plan.bare", List.of(
        "把{T}的做法固化为制度,{planEffect}。",
        "推动{T}向各{下}延伸,{planEffect}。"));
    l.put("slogan.weak.quoted", List.of(
        "“{T}”在部分{下}落实还不够到位,{cause}的问题仍然存在。",
        "“{T}”的推广还不够平衡,{weakSubject}{weakProblem}。",
        "对照“{T}”的要求,{weakSubject}{weakProblem}。"));
    l.put("slogan.weak.bare", List.of(
        "{T}的覆盖面还不够广,{weakSubject}{weakProblem}。",
        "推行{T}的配套措施还不够完善。"));
    l.put("slogan.duty.quoted", List.of(
        "主要负责同志亲自推动“{T}”改革,{effect}。",
        "专题听取“{T}”推进情况汇报{k}次,{effect}。",
        "带头到{下}调研“{T}”落实情况,现场解决具体问题。"));
    l.put("slogan.duty.bare", List.of(
        "亲自部署{T}试点工作,{effect}。",
        "把推行{T}列入{府}年度重点督办事项,{effect}。"));
    // Fixed sites where the genre names a term in a heading or the opening; used only when the
    // report mentions that term, and the literal must be one of the dictionary's surface forms.
    l.put("site.duty.第一责任人", List.of("党政主要负责人履行推进法治建设{T}职责情况", "主要负责人履行推进法治建设{T}职责情况"));
    l.put("site.opening.习近平法治思想", List.of("深入学习贯彻党的{congress}精神和{T}", "全面贯彻党的{congress}精神,深入学习贯彻{T}"));

    Map<String, List<String>> frozen = new LinkedHashMap<>();
    l.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
    return new Phrasebook(frozen);
  }
}
