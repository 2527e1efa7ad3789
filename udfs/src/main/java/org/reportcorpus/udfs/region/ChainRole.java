package org.reportcorpus.udfs.region;

import java.util.List;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.region.PlaceIndex.Chain;
import org.reportcorpus.udfs.region.PlaceIndex.Mention;

/**
 * What a place does in its sentence or title, read from the words around it: the subject of the
 * opening sentence ("2023年,泗阳县坚持…"), a higher authority whose rules are followed (按照…, 在…领导下),
 * a plain mention, or nothing usable (inside 《…》, a bare short name not used as a subject).
 */
enum ChainRole {
  SUBJECT,
  PLAIN,
  LEADER,
  IGNORED;

  private static final String CLAUSE_BREAKS = ",。;\n!?";

  /** What may stand between a clause start and its subject: "中共", "2023年", "近年来". */
  private static final Pattern SUBJECT_PREFIX =
      Pattern.compile("中共|(?:(?:19|20)\\d{2}\\s*年度?|今年|近年|一年|去年|近日|当前)(?:以来|来)?");

  /** Words that follow a short name used as the subject of the opening sentence. */
  private static final List<String> SUBJECT_VERBS =
      List.of(
          "坚持", "以", "全面", "深入", "认真", "紧紧", "紧扣", "紧密", "始终", "聚焦", "扎实", "持续", "着力",
          "围绕", "按照", "进一步", "积极", "不断", "立足", "牢牢", "高度", "全力", "锚定", "大力", "深化",
          "在", "把", "将", "加快", "继续", "贯彻", "上下", "各级", "法治", "依法", "坚定", "切实", "主动",
          "强化", "统筹", "高标准", "紧盯");

  /** Words that may follow a short name in a title. */
  private static final List<String> TITLE_FOLLOWERS =
      List.of("年", "人民政府", "政府", "关于", "法治", "依法", "市委", "县委", "区委");

  /** Before a place in its clause: the place is a higher authority whose rules are followed. */
  private static final Pattern LEADER_BEFORE =
      Pattern.compile("按照|根据|贯彻|落实|围绕|遵循|执行|学习|转发|印发");

  /** After a place, with 在 before it: "在嘉兴市委、市政府的坚强领导下". */
  private static final Pattern LEADER_AFTER =
      Pattern.compile("^(?:[^,。;]*?)(?:领导下|指导下|支持下|关心下|监督下|部署下)");

  /** The role of {@code chain} in the sentence {@code s}. */
  static ChainRole of(Chain chain, String s) {
    if (insideBookTitle(s, chain.start())) {
      return IGNORED;
    }
    Mention last = chain.last();
    boolean subjectPosition = subjectPosition(s, chain.start());
    if (last.isShort() && !chain.isLinked()) {
      String after = s.substring(chain.end()).stripLeading();
      boolean subjectFollows =
          SUBJECT_VERBS.stream().anyMatch(after::startsWith) || DepartmentName.after(s, chain.end()) != null;
      return subjectPosition && subjectFollows ? SUBJECT : IGNORED;
    }
    if (last.isGeneric() && !chain.isLinked() && !subjectPosition) {
      return IGNORED;
    }
    String before = s.substring(clauseStart(s, chain.start()), chain.start());
    String after = s.substring(chain.end(), clauseEnd(s, chain.end()));
    if (after.startsWith("关于")
        || LEADER_BEFORE.matcher(before).find()
        || (before.contains("在") && LEADER_AFTER.matcher(after).find())) {
      return LEADER;
    }
    return subjectPosition ? SUBJECT : PLAIN;
  }

  /** Whether a title may be about {@code chain}: a short name only before a year or a title word. */
  static boolean usableInTitle(Chain chain, String title) {
    if (insideBookTitle(title, chain.start())) {
      return false;
    }
    Mention last = chain.last();
    if (!last.isShort() || chain.isLinked()) {
      return true;
    }
    String after = title.substring(chain.end());
    if (!after.isEmpty() && Character.isDigit(after.charAt(0))) {
      return true;
    }
    return TITLE_FOLLOWERS.stream().anyMatch(after::startsWith)
        || DepartmentName.after(title, chain.end()) != null;
  }

  /**
   * Whether the chain is what the title reports on: followed (after a department, 人民政府 or
   * 关于) by the year or the subject of the report. "苏州市人民政府 常熟市2024年度…" is about 常熟市.
   */
  static boolean headsTheTitle(Chain chain, String title) {
    String after = title.substring(chain.end());
    String department = DepartmentName.after(title, chain.end());
    if (department != null) {
      after = after.substring(department.length());
    }
    after = after.replaceFirst("^(?:人民政府|政府)?(?:关于)?\\s*", "");
    return !after.isEmpty()
        && (Character.isDigit(after.charAt(0))
            || after.startsWith("年")
            || after.startsWith("法治")
            || after.startsWith("依法")
            || after.startsWith("贯彻")
            || after.startsWith("推进"));
  }

  /** Whether {@code pos} is inside a 《book title》. */
  static boolean insideBookTitle(String s, int pos) {
    int open = s.lastIndexOf('《', pos);
    return open >= 0 && s.lastIndexOf('》', pos) < open;
  }

  private static boolean subjectPosition(String s, int start) {
    String before = s.substring(clauseStart(s, start), start).trim();
    return before.isEmpty() || SUBJECT_PREFIX.matcher(before).matches();
  }

  private static int clauseStart(String s, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == ':' || s.charAt(i) == ' ') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(String s, int pos) {
    for (int i = pos; i < s.length(); i++) {
      if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
