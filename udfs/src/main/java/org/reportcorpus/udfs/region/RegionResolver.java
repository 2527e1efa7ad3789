package org.reportcorpus.udfs.region;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region a report is <em>about</em> (the reporting government or department), not every
 * place it mentions.
 *
 * <ol>
 *   <li>Split the head of the text into title-like lines, addressee lines ("苏州市人民政府:"),
 *       page chrome (whose government lines, like "发布机构:常州市人民政府", count as issuers) and
 *       the opening (about 300 characters from the first body line). The signature above the
 *       closing date is an issuer too. The addressee is the parent government: never the answer,
 *       but it disambiguates (海宁 under 嘉兴).
 *   <li>Find place mentions: full names (常熟市, 海南藏族自治州, also 海南州) anywhere, short names
 *       (常熟) only where a report names itself (title before the year, "2024年,常熟坚持…") or next
 *       to a parent ("苏州常熟"). Adjacent mentions form a chain ("江苏省苏州市", "长春市朝阳区")
 *       whose last link is the place and whose earlier links restrict it.
 *   <li>Answer with the first of: the place a title is about (given title first, then title lines
 *       of the text); a national title or national markers (代表国务院, 全国人民代表大会第…次会议 →
 *       {@link RegionMatch#national}); the subject of the opening sentence; the issuer or
 *       signature; any other place in the opening, places under a leader (在…领导下) last.
 *   <li>Narrow look-alike candidates (吉林省/吉林市, the several 城关区) by the chain, the year
 *       (units valid in it), the addressee and other places named nearby; a bare short name means
 *       the enclosing unit (长沙 → 长沙市, not 长沙县). Still ambiguous → empty, never a guess; a
 *       later step may only pick one of the ambiguous candidates.
 *   <li>A department name right after the place (司法局, 市场监督管理局) makes the match {@link
 *       AdminLevel#DEPARTMENT}.
 * </ol>
 *
 * <p>Pure and thread-safe. Input text is expected normalized (simplified script, half-width ASCII
 * punctuation); full-width ':' ',' ';' are accepted too. Years after the gazetteer's last data
 * year are treated as that year.
 */
public final class RegionResolver implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Characters of the opening scanned for the subject. */
  static final int OPENING_CHARS = 300;

  /** Lines of the head looked at before the body starts. */
  private static final int HEAD_LINES = 60;

  /** Full names that are also ordinary words (主城区, 郊区): used only in a chain or a title. */
  private static final Set<String> GENERIC_NAMES = Set.of("新城区", "老城区", "市中区", "城中区");

  private static final String CLAUSE_BREAKS = ",。;\n!?";

  /** Characters at the end of the text searched for a signature. */
  private static final int SIGNATURE_CHARS = 300;

  private static final Pattern SIGNATURE_DATE =
      Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]*》");

  private static final Pattern NATIONAL_TITLE =
      Pattern.compile("国务院|全国人民代表大会|全国人大|中华人民共和国|中央人民政府");

  private static final Pattern NATIONAL_TEXT =
      Pattern.compile(
          "代表国务院|国务院总理|中华人民共和国国务院|全国人民代表大会第.{1,4}次会议|国务院政府工作报告"
              + "|国务院的委托|代表中央人民政府|[我全]国各族人民");

  private static final Pattern TITLE_WORDS =
      Pattern.compile("报告|总结|工作情况|法治政府|依法行政|年度|述法|政府工作");

  /** "中共嘉兴市委、嘉兴市人民政府: 2022年,…" — an addressee in front of the body on one line. */
  private static final Pattern ADDRESSEE_PREFIX =
      Pattern.compile("^([^:,。]{2,80}?(?:政府|委|局|厅|常委会|办公室|人大|领导)):\\s*(.+)$");

  private static final Pattern GOVERNMENT_BODY =
      Pattern.compile("政府|委|局|厅|常委会|办公室|人大|领导|法院|检察院");

  /** "信息名称:常州市…" — web page field labels. */
  private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan} ]{2,6}):\\s*(.+)$");

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

  /** Department suffixes, strong ones (a clear end of a department name) first. */
  private static final List<String> STRONG_DEPARTMENT_SUFFIXES =
      List.of("委员会", "办公室", "人民法院", "人民检察院", "局", "厅", "中心", "署");

  private static final List<String> WEAK_DEPARTMENT_SUFFIXES = List.of("办", "委");

  /** Words that end a department name candidate (the sentence goes on). */
  private static final Pattern DEPARTMENT_STOP =
      Pattern.compile(
          "关于|年|的|坚持|以|在|法治|报告|全面|深入|认真|聚焦|围绕|持续|着力|始终|紧紧|扎实|积极|大力|不断"
              + "|工作");

  private final Gazetteer gazetteer;
  private transient volatile Index index;

  public RegionResolver(Gazetteer gazetteer) {
    if (gazetteer == null) {
      throw new IllegalArgumentException("gazetteer must not be null");
    }
    this.gazetteer = gazetteer;
  }

  private static final class BundledHolder {
    static final RegionResolver INSTANCE = new RegionResolver(Gazetteer.bundled());
  }

  /** A resolver over {@link Gazetteer#bundled()}, built once per JVM. */
  public static RegionResolver bundled() {
    return BundledHolder.INSTANCE;
  }

  private Object readResolve() throws ObjectStreamException {
    return gazetteer == Gazetteer.bundled() ? bundled() : this;
  }

  /**
   * The region the document reports on.
   *
   * @param title the document title, or {@code null}
   * @param text the normalized text (simplified script, half-width ASCII), or {@code null}
   * @param year the report year, or {@code null} (then a year in the title or opening is used)
   * @return the match, or empty when no region is named or the naming is ambiguous
   */
  public Optional<RegionMatch> resolve(String title, String text, Integer year) {
    Head head =
        Head.of(
            title == null ? null : unifyPunctuation(title),
            text == null ? "" : unifyPunctuation(text));
    Integer effectiveYear = year != null ? Integer.valueOf(year) : head.inferYear();
    Resolution resolution = new Resolution(index(), head, effectiveYear);
    return resolution.run();
  }

  // ---- index ----------------------------------------------------------------------------------

  private Index index() {
    Index local = index;
    if (local == null) {
      synchronized (this) {
        local = index;
        if (local == null) {
          local = new Index(gazetteer);
          index = local;
        }
      }
    }
    return local;
  }

  /** Names (full and short) to rows, and the gazetteer for parent look-ups. */
  static final class Index {
    private static final int[] NO_LENGTHS = {};
    final Gazetteer gazetteer;
    final Map<String, List<Division>> full = new HashMap<>();
    final Map<String, List<Division>> shortNames = new HashMap<>();
    final Map<String, List<Division>> fullOrShort = new HashMap<>();
    /** For each first character, the name lengths (longest first) in fullOrShort / shortNames. */
    final Map<Character, int[]> fullLengths;
    final Map<Character, int[]> shortLengths;

    Index(Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
      for (Division d : gazetteer.all()) {
        add(full, d.name(), d);
        String shortName = Gazetteer.shortName(d.name());
        if (shortName.length() >= 2 && !shortName.equals(d.name())) {
          add(shortNames, shortName, d);
          // 海南州, 石柱县, 鄂温克旗: how autonomous units are usually called
          for (String kind : new String[] {"州", "县", "旗"}) {
            if (d.name().endsWith("自治" + kind)) {
              add(full, shortName + kind, d);
            }
          }
        }
      }
      // a full name that is also another unit's short name (沙县 350427 → 沙县区 350405): both
      full.forEach(
          (name, rows) -> {
            List<Division> both = new ArrayList<>(rows);
            for (Division d : shortNames.getOrDefault(name, List.of())) {
              if (!both.contains(d)) {
                both.add(d);
              }
            }
            fullOrShort.put(name, List.copyOf(both));
          });
      this.fullLengths = lengthsByFirstChar(fullOrShort);
      this.shortLengths = lengthsByFirstChar(shortNames);
    }

    private static Map<Character, int[]> lengthsByFirstChar(Map<String, List<Division>> names) {
      Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
      for (String name : names.keySet()) {
        lengths
            .computeIfAbsent(name.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder()))
            .add(name.length());
      }
      Map<Character, int[]> out = new HashMap<>();
      lengths.forEach((c, set) -> out.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
      return out;
    }

    private static void add(Map<String, List<Division>> map, String key, Division d) {
      List<Division> list = map.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(d)) {
        list.add(d);
      }
    }

    /** Place mentions in {@code s}: full names greedily (longest first), short names in the gaps. */
    List<Mention> scan(String s) {
      List<Mention> mentions = new ArrayList<>();
      boolean[] taken = new boolean[s.length()];
      scanInto(s, fullOrShort, fullLengths, false, taken, mentions);
      scanInto(s, shortNames, shortLengths, true, taken, mentions);
      mentions.sort(Comparator.comparingInt(Mention::start));
      return mentions;
    }

    private static void scanInto(
        String s,
        Map<String, List<Division>> names,
        Map<Character, int[]> lengthsByFirst,
        boolean isShort,
        boolean[] taken,
        List<Mention> out) {
      int i = 0;
      while (i < s.length()) {
        if (taken[i] || !isHan(s.charAt(i))) {
          i++;
          continue;
        }
        int found = 0;
        int[] lengths = lengthsByFirst.getOrDefault(s.charAt(i), NO_LENGTHS);
        for (int len : lengths) {
          if (i + len > s.length() || !free(taken, i, len)) {
            continue;
          }
          List<Division> rows = names.get(s.substring(i, i + len));
          if (rows != null) {
            out.add(new Mention(i, i + len, s.substring(i, i + len), rows, isShort));
            found = len;
            break;
          }
        }
        if (found > 0) {
          for (int k = i; k < i + found; k++) {
            taken[k] = true;
          }
          i += found;
        } else {
          i++;
        }
      }
    }

    private static boolean free(boolean[] taken, int from, int len) {
      for (int k = from; k < from + len; k++) {
        if (taken[k]) {
          return false;
        }
      }
      return true;
    }
  }

  record Mention(int start, int end, String surface, List<Division> candidates, boolean isShort) {
    boolean isGeneric() {
      return GENERIC_NAMES.contains(surface)
          || (!isShort && surface.length() <= 2 && surface.endsWith("区"));
    }
  }

  /** Adjacent mentions, parent first ("江苏省苏州市"); the last link is the place meant. */
  record Chain(List<Mention> links) {
    int start() {
      return links.get(0).start();
    }

    int end() {
      return links.get(links.size() - 1).end();
    }

    Mention last() {
      return links.get(links.size() - 1);
    }

    boolean isLinked() {
      return links.size() > 1;
    }
  }

  static List<Chain> chains(List<Mention> mentions, String s) {
    List<Chain> chains = new ArrayList<>();
    List<Mention> current = new ArrayList<>();
    for (Mention m : mentions) {
      if (!current.isEmpty()) {
        Mention prev = current.get(current.size() - 1);
        if (adjacent(prev, m, s) && isChild(m, current)) {
          current.add(m);
          continue;
        }
        chains.add(new Chain(List.copyOf(current)));
        current.clear();
      }
      current.add(m);
    }
    if (!current.isEmpty()) {
      chains.add(new Chain(List.copyOf(current)));
    }
    return chains;
  }

  private static boolean adjacent(Mention prev, Mention next, String s) {
    if (next.start() == prev.end()) {
      return true;
    }
    return next.start() == prev.end() + 1 && s.charAt(prev.end()) == ' ';
  }

  private static boolean isChild(Mention m, List<Mention> parents) {
    for (Division child : m.candidates()) {
      for (Mention p : parents) {
        for (Division parent : p.candidates()) {
          if (child.isUnder(parent.code())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- head of the document -------------------------------------------------------------------

  /** Title-like lines, addressees and the opening of a document. */
  record Head(
      List<String> titles,
      List<String> addressees,
      List<String> issuers,
      String preamble,
      String opening) {

    static Head of(String title, String text) {
      List<String> titles = new ArrayList<>();
      List<String> addressees = new ArrayList<>();
      List<String> issuers = new ArrayList<>();
      StringBuilder preamble = new StringBuilder();
      if (title != null && !title.isBlank()) {
        titles.add(title.trim());
      }
      String[] lines = text.split("\n", -1);
      int bodyLine = -1;
      String bodyFirst = null;
      for (int i = 0; i < lines.length && i < HEAD_LINES; i++) {
        String line = lines[i].trim();
        if (line.isEmpty()) {
          continue;
        }
        if (line.endsWith(":")) {
          String addressee = line.substring(0, line.length() - 1).trim();
          if (GOVERNMENT_BODY.matcher(addressee).find() && addressee.length() <= 80) {
            addressees.add(addressee);
          }
          continue;
        }
        Matcher prefixed = ADDRESSEE_PREFIX.matcher(line);
        if (prefixed.matches() && !prefixed.group(1).contains("年")) {
          String addressee = prefixed.group(1).trim();
          int space = addressee.lastIndexOf(' ');
          if (space > 0) {
            String before = addressee.substring(0, space).trim();
            if (isTitleLike(before)) {
              titles.add(before);
            }
            addressee = addressee.substring(space + 1);
          }
          addressees.add(addressee);
          bodyLine = i;
          bodyFirst = prefixed.group(2);
          break;
        }
        Matcher label = LABEL.matcher(line);
        String value = label.matches() ? label.group(2).trim() : line;
        if (isTitleLike(value)) {
          titles.add(value);
          continue;
        }
        if (value.length() > 40
            || value.contains("。")
            || (value.contains(",") && value.length() > 20)
            || YEAR.matcher(value).lookingAt()) {
          bodyLine = i;
          bodyFirst = line;
          break;
        }
        // navigation, metadata, headings and other page chrome: kept aside for the national check;
        // a government named there (发布机构:常州市人民政府, 中共常熟市委 常熟市人民政府) is the issuer
        preamble.append(line).append('\n');
        if (line.length() <= 60 && GOVERNMENT_BODY.matcher(line).find()) {
          issuers.add(line);
        }
      }
      String opening;
      if (bodyLine < 0) {
        opening = text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text;
      } else {
        StringBuilder sb = new StringBuilder(bodyFirst);
        for (int i = bodyLine + 1; i < lines.length && sb.length() < OPENING_CHARS; i++) {
          sb.append('\n').append(lines[i].trim());
        }
        opening = sb.length() > OPENING_CHARS ? sb.substring(0, OPENING_CHARS) : sb.toString();
      }
      String signature = signature(text);
      if (signature != null) {
        issuers.add(signature);
      }
      return new Head(titles, addressees, issuers, preamble.toString(), opening);
    }

    /** The signature: the government named just above the last date near the end of the text. */
    static String signature(String text) {
      int from = Math.max(0, text.length() - SIGNATURE_CHARS);
      String tail = text.substring(from);
      Matcher date = SIGNATURE_DATE.matcher(tail);
      int dateAt = -1;
      while (date.find()) {
        dateAt = date.start();
      }
      if (dateAt < 0) {
        return null;
      }
      int start = dateAt;
      while (start > 0 && "。;!?".indexOf(tail.charAt(start - 1)) < 0 && dateAt - start < 60) {
        start--;
      }
      String signature = tail.substring(start, dateAt).trim();
      return GOVERNMENT_BODY.matcher(signature).find() ? signature : null;
    }

    private static boolean isTitleLike(String line) {
      return line.length() <= 80
          && line.length() >= 4
          && !line.contains("。")
          && !line.contains(",")
          && TITLE_WORDS.matcher(line).find();
    }

    Integer inferYear() {
      for (String t : titles) {
        Matcher m = YEAR.matcher(t);
        if (m.find()) {
          return Integer.valueOf(m.group(1));
        }
      }
      Matcher m = YEAR.matcher(opening);
      return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
  }

  // ---- one resolution -------------------------------------------------------------------------

  private enum Role {
    SUBJECT,
    PLAIN,
    LEADER,
    IGNORED
  }

  /** The outcome of deciding one chain: a division, several (ambiguous), or none usable. */
  private record Decision(Division division, List<Division> ambiguous) {
    static final Decision NONE = new Decision(null, List.of());
  }

  /** The state of resolving one document. */
  private static final class Resolution {
    final Index index;
    final Gazetteer gazetteer;
    final Head head;
    final Integer year;
    final Set<String> parentContext = new LinkedHashSet<>();
    final Set<String> mentionContext = new LinkedHashSet<>();
    final Set<String> mentionAncestors = new LinkedHashSet<>();
    Set<String> restrict;

    Resolution(Index index, Head head, Integer year) {
      this.index = index;
      this.gazetteer = index.gazetteer;
      this.head = head;
      this.year = year == null ? null : gazetteer.clampYear(year);
    }

    Optional<RegionMatch> run() {
      buildContext();

      // 1. the titles: a place the title is about (before its year or 关于), else its first place
      for (boolean headsOnly : new boolean[] {true, false}) {
        for (String title : head.titles()) {
          Chain chosen = titleChain(title, headsOnly);
          if (chosen == null) {
            continue;
          }
          Decision d = decide(chosen);
          if (d.division() != null) {
            return Optional.of(match(d.division(), title, chosen));
          }
          // ambiguous: remembered in restrict, later steps must pick one of those candidates
        }
      }
      if (restrict == null) {
        for (String title : head.titles()) {
          if (titleChain(title, false) == null
              && NATIONAL_TITLE.matcher(BOOK_TITLE.matcher(title).replaceAll("")).find()) {
            return Optional.of(RegionMatch.national(title));
          }
        }
      }

      // 2. national markers (代表国务院…) in the preamble or opening, unless a subject comes first
      String opening = head.opening();
      List<Chain> chains = chains(index.scan(opening), opening);
      Matcher national = NATIONAL_TEXT.matcher(head.preamble());
      int nationalAt = 0;
      if (!national.find()) {
        national = NATIONAL_TEXT.matcher(opening);
        nationalAt = national.find() ? national.start() : -1;
      }
      boolean nationalApplies = nationalAt >= 0 && restrict == null;

      // 3. the subject of the opening sentence ("2023年,泗阳县坚持…")
      boolean ambiguousSubject = false;
      for (Chain chain : chains) {
        if (role(chain, opening) != Role.SUBJECT) {
          continue;
        }
        if (nationalApplies && chain.start() > nationalAt) {
          break;
        }
        Decision d = decide(chain);
        if (d.division() != null) {
          return Optional.of(match(d.division(), opening, chain));
        }
        if (!d.ambiguous().isEmpty()) {
          ambiguousSubject = true; // named but not told apart: only the issuer may still decide
          break;
        }
      }
      if (nationalApplies && !ambiguousSubject) {
        return Optional.of(RegionMatch.national(national.group()));
      }

      // 4. the issuing body in the page head (发布机构:…) or the signature above the date
      for (String issuer : head.issuers()) {
        for (Chain chain : chains(index.scan(issuer), issuer)) {
          if (chain.last().isShort() || (chain.last().isGeneric() && !chain.isLinked())) {
            continue;
          }
          Decision d = decide(chain);
          if (d.division() != null) {
            return Optional.of(match(d.division(), issuer, chain));
          }
          break;
        }
      }

      if (ambiguousSubject) {
        return Optional.empty();
      }

      // 5. any other place in the opening; places under a leader (在…领导下, 按照…) last
      for (Role wanted : new Role[] {Role.PLAIN, Role.LEADER}) {
        for (Chain chain : chains) {
          if (role(chain, opening) != wanted) {
            continue;
          }
          Decision d = decide(chain);
          if (d.division() != null) {
            return Optional.of(match(d.division(), opening, chain));
          }
          if (!d.ambiguous().isEmpty()) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    }

    /** The chain a title is about: one heading the title, or (unless headsOnly) the first usable. */
    private Chain titleChain(String title, boolean headsOnly) {
      List<Chain> usable =
          chains(index.scan(title), title).stream().filter(c -> usableInTitle(c, title)).toList();
      for (Chain c : usable) {
        if (headsTheTitle(c, title)) {
          return c;
        }
      }
      return headsOnly || usable.isEmpty() ? null : usable.get(0);
    }

    /** Places named unambiguously in the addressee (parents), titles and opening (nearby places). */
    private void buildContext() {
      for (String addressee : head.addressees()) {
        for (Chain chain : chains(index.scan(addressee), addressee)) {
          Division d = decideAlone(chain);
          if (d != null) {
            parentContext.add(d.code());
          }
        }
      }
      List<String> sources = new ArrayList<>(head.titles());
      sources.add(head.opening());
      for (String s : sources) {
        for (Chain chain : chains(index.scan(s), s)) {
          if (chain.last().isShort() || (chain.last().isGeneric() && !chain.isLinked())) {
            continue;
          }
          Division d = decideAlone(chain);
          if (d != null) {
            mentionContext.add(d.code());
            if (d.prefectureCode() != null && !d.prefectureCode().equals(d.code())) {
              mentionAncestors.add(d.prefectureCode());
            }
            if (d.provinceCode() != null && !d.provinceCode().equals(d.code())) {
              mentionAncestors.add(d.provinceCode());
            }
          }
        }
      }
    }

    /** A chain decided by itself (chain links and year only), or null. */
    private Division decideAlone(Chain chain) {
      List<Division> c = narrowByChainAndYear(chain);
      return c.size() == 1 ? c.get(0) : null;
    }

    private List<Division> narrowByChainAndYear(Chain chain) {
      List<Division> candidates = chain.last().candidates();
      if (chain.isLinked()) {
        List<Mention> parents = chain.links().subList(0, chain.links().size() - 1);
        candidates = narrow(candidates, d -> isUnderAny(d, parents));
      }
      if (year != null) {
        candidates = narrow(candidates, d -> d.validIn(year));
      }
      return collapseSuccessions(candidates);
    }

    private static boolean isUnderAny(Division d, List<Mention> parents) {
      for (Mention p : parents) {
        for (Division parent : p.candidates()) {
          if (d.isUnder(parent.code())) {
            return true;
          }
        }
      }
      return false;
    }

    private Decision decide(Chain chain) {
      List<Division> candidates = narrowByChainAndYear(chain);
      if (restrict != null) {
        candidates = candidates.stream().filter(d -> restrict.contains(d.code())).toList();
        if (candidates.isEmpty()) {
          return Decision.NONE;
        }
      }
      if (candidates.size() > 1) {
        candidates = narrow(candidates, d -> parentContext.stream().anyMatch(d::isUnder));
      }
      if (candidates.size() > 1) {
        // a place named nearby: the candidate itself or a unit above it ("长春市" for 朝阳区), or a
        // sibling (仓山区 for 福州's 鼓楼区); the sibling's province does not pick 吉林省 over 吉林市
        candidates =
            narrow(
                candidates,
                d ->
                    mentionContext.stream().anyMatch(d::isOrIsUnder)
                        || mentionAncestors.stream().anyMatch(d::isUnder));
      }
      if (candidates.size() > 1 && chain.last().isShort()) {
        // a bare short name means the enclosing unit: 长沙 is 长沙市 (not 长沙县 inside it), 吉林 is
        // 吉林省 (吉林市 is inside it); a parent in the addressee has already picked the inner one
        List<Division> all = candidates;
        candidates = narrow(candidates, d -> all.stream().noneMatch(o -> d.isUnder(o.code())));
      }
      if (candidates.size() == 1) {
        return new Decision(candidates.get(0), List.of());
      }
      if (candidates.isEmpty()) {
        return Decision.NONE;
      }
      Set<String> codes = new HashSet<>();
      candidates.forEach(d -> codes.add(d.code()));
      restrict = codes;
      return new Decision(null, candidates);
    }

    /** The candidates that pass, or all of them when none does. */
    private static List<Division> narrow(List<Division> candidates, Predicate<Division> test) {
      List<Division> kept = candidates.stream().filter(test).toList();
      return kept.isEmpty() ? candidates : kept;
    }

    /**
     * One place under several rows is one candidate: the same code under successive names (襄樊市,
     * 襄阳市), or the same name re-coded within a province in years that do not overlap (济源市
     * 410881 → 419001, 定安县), or a county-level unit named like its prefecture (嘉峪关市). The latest
     * (or the prefecture) is kept; rows not valid in the year are gone already.
     */
    private static List<Division> collapseSuccessions(List<Division> candidates) {
      if (candidates.size() < 2) {
        return candidates;
      }
      List<Division> latestFirst = new ArrayList<>(candidates);
      latestFirst.sort(
          Comparator.comparingInt(Division::lastYear)
              .thenComparingInt(Division::firstYear)
              .reversed());
      List<Division> kept = new ArrayList<>();
      for (Division d : latestFirst) {
        // 嘉峪关市 620201 is the county-level twin of 嘉峪关市 620200: the prefecture is meant
        boolean twinOfParent =
            candidates.stream().anyMatch(p -> p.name().equals(d.name()) && d.isUnder(p.code()));
        if (twinOfParent) {
          continue;
        }
        boolean predecessor =
            kept.stream()
                .anyMatch(
                    k ->
                        k.code().equals(d.code())
                            || (k.name().equals(d.name())
                                && k.provinceCode().equals(d.provinceCode())
                                && d.lastYear() < k.firstYear()));
        if (!predecessor) {
          kept.add(d);
        }
      }
      return kept;
    }

    private boolean usableInTitle(Chain chain, String title) {
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
          || department(title, chain.end()) != null;
    }

    /**
     * Whether the chain is what the title reports on: followed (after a department, 人民政府 or
     * 关于) by the year or the subject of the report. "苏州市人民政府 常熟市2024年度…" is about 常熟市.
     */
    private static boolean headsTheTitle(Chain chain, String title) {
      String after = title.substring(chain.end());
      String department = department(title, chain.end());
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

    private Role role(Chain chain, String s) {
      if (insideBookTitle(s, chain.start())) {
        return Role.IGNORED;
      }
      Mention last = chain.last();
      boolean subjectPosition = subjectPosition(s, chain.start());
      if (last.isShort() && !chain.isLinked()) {
        String after = s.substring(chain.end()).stripLeading();
        boolean subjectFollows =
            SUBJECT_VERBS.stream().anyMatch(after::startsWith) || department(s, chain.end()) != null;
        return subjectPosition && subjectFollows
            ? Role.SUBJECT
            : Role.IGNORED;
      }
      if (last.isGeneric() && !chain.isLinked() && !subjectPosition) {
        return Role.IGNORED;
      }
      int clauseStart = clauseStart(s, chain.start());
      int clauseEnd = clauseEnd(s, chain.end());
      String before = s.substring(clauseStart, chain.start());
      String after = s.substring(chain.end(), clauseEnd);
      if (after.startsWith("关于")
          || LEADER_BEFORE.matcher(before).find()
          || (before.contains("在") && LEADER_AFTER.matcher(after).find())) {
        return Role.LEADER;
      }
      return subjectPosition ? Role.SUBJECT : Role.PLAIN;
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

    private static boolean insideBookTitle(String s, int pos) {
      int open = s.lastIndexOf('《', pos);
      return open >= 0 && s.lastIndexOf('》', pos) < open;
    }

    private RegionMatch match(Division d, String source, Chain chain) {
      String department = department(source, chain.end());
      int end = chain.end() + (department == null ? 0 : department.length());
      String evidence = source.substring(chain.start(), end);
      Division province = gazetteer.byCode(d.provinceCode(), year).orElse(null);
      String prefectureCode =
          d.level() == AdminLevel.PROVINCE ? null : d.prefectureCode();
      Division prefecture =
          prefectureCode == null ? null : gazetteer.byCode(prefectureCode, year).orElse(null);
      AdminLevel level = department != null ? AdminLevel.DEPARTMENT : d.level();
      return new RegionMatch(
          d.name(),
          d.code(),
          prefecture == null ? null : prefecture.name(),
          prefecture == null ? null : prefecture.code(),
          province == null ? null : province.name(),
          province == null ? null : province.code(),
          level,
          department,
          evidence);
    }
  }

  /** The department named right after a place ("司法局2022年…"), or null. */
  static String department(String s, int from) {
    int end = from;
    while (end < s.length() && end - from < 16 && isHan(s.charAt(end))) {
      end++;
    }
    String run = s.substring(from, end);
    Matcher stop = DEPARTMENT_STOP.matcher(run);
    if (stop.find()) {
      run = run.substring(0, stop.start());
    }
    if (run.isEmpty() || run.startsWith("委")) {
      return null;
    }
    int best = -1;
    for (String suffix : STRONG_DEPARTMENT_SUFFIXES) {
      int at = run.indexOf(suffix);
      if (at >= 0 && (best < 0 || at + suffix.length() < best)) {
        best = at + suffix.length();
      }
    }
    if (best < 0) {
      for (String suffix : WEAK_DEPARTMENT_SUFFIXES) {
        if (run.endsWith(suffix) && run.length() > suffix.length()) {
          best = run.length();
        }
      }
    }
    if (best < 0) {
      return null;
    }
    String department = run.substring(0, best);
    return department.equals("人民政府") ? null : department;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Full-width ':' ',' ';' and ideographic spaces as their ASCII forms, so both inputs work. */
  static String unifyPunctuation(String s) {
    return s.replace('：', ':').replace('，', ',').replace('；', ';').replace('\u3000', ' ');
  }
}
