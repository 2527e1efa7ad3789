package org.reportcorpus.udfs.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.meta.DocumentHead;
import org.reportcorpus.udfs.region.PlaceIndex.Chain;

/**
 * The rules that pick the region of one document from the lines of its head.
 *
 * <ol>
 *   <li>places the document names as its own in lines that exist for that ({@link NamedPlace}: the
 *       congress of a work report's delivery line, the speaker's line), in order; a speaker's title
 *       narrows their look-alikes to the levels it allows; a national congress is {@link
 *       RegionMatch#national}; then, unless only those lines are to be read:
 *   <li>the place a title is about (given title first, then title lines of the text); a national
 *       title ({@link RegionMatch#national});
 *   <li>national markers (代表国务院, 全国人民代表大会第…次会议) in the chrome or the opening, unless a
 *       subject comes first;
 *   <li>the subject of the opening sentence ("2023年,泗阳县坚持…");
 *   <li>the issuer in the page chrome or the signature;
 *   <li>any other place in the opening, places under a leader (在…领导下, 按照…) last.
 * </ol>
 *
 * <p>Look-alike candidates (吉林省/吉林市, the several 城关区) are narrowed by the chain, the year
 * (units valid in it), the addressee and other places named nearby; a bare short name means the
 * enclosing unit (长沙 → 长沙市, not 长沙县). Still ambiguous → empty, never a guess; a later step may
 * only pick one of the ambiguous candidates. One instance per document; not thread-safe.
 */
final class RegionDecision {

  private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]*》");

  private static final Pattern NATIONAL_TITLE =
      Pattern.compile("国务院|全国人民代表大会|全国人大|中华人民共和国|中央人民政府");

  private static final Pattern NATIONAL_TEXT =
      Pattern.compile(
          "代表国务院|国务院总理|中华人民共和国国务院|全国人民代表大会第.{1,4}次会议|国务院政府工作报告"
              + "|国务院的委托|代表中央人民政府|[我全]国各族人民");

  /** The outcome of deciding one chain: a division, several (ambiguous), or none usable. */
  private record Outcome(Division division, List<Division> ambiguous) {
    static final Outcome NONE = new Outcome(null, List.of());
  }

  private final PlaceIndex index;
  private final Gazetteer gazetteer;
  private final DocumentHead.Lines head;
  private final Integer year;
  private final List<NamedPlace> named;
  private final boolean readHead;
  /** While deciding a named place: the levels its speaker's title allows (empty: any). */
  private Set<AdminLevel> levels = Set.of();
  /** Units named unambiguously in the addressee: the parent government. */
  private final Set<String> parentContext = new LinkedHashSet<>();
  /** Units named unambiguously in titles and opening, and the units above them. */
  private final Set<String> mentionContext = new LinkedHashSet<>();
  private final Set<String> mentionAncestors = new LinkedHashSet<>();
  /** After an ambiguous step: the candidates a later step must pick from. */
  private Set<String> restrict;

  /**
   * @param year the report year (clamped to the gazetteer's data years), or null
   */
  RegionDecision(PlaceIndex index, DocumentHead.Lines head, Integer year) {
    this(index, head, year, List.of(), true);
  }

  /**
   * @param named places named in the delivery or speaker line, tried first, in order
   * @param readHead whether the rest of the head is read when they give no region
   */
  RegionDecision(PlaceIndex index, DocumentHead.Lines head, Integer year, List<NamedPlace> named, boolean readHead) {
    this.named = List.copyOf(named);
    this.readHead = readHead;
    this.index = index;
    this.gazetteer = index.gazetteer;
    this.head = head;
    this.year = year == null ? null : gazetteer.clampYear(year);
  }

  /** The region of the head, or empty when none is named or the naming stays ambiguous. */
  Optional<RegionMatch> decide() {
    buildContext();

    // 0. the congress of the delivery line, the speaker's line
    Optional<RegionMatch> own = decideNamed();
    if (own.isPresent() || !readHead) {
      return own;
    }

    // 1. the titles: a place the title is about (before its year or 关于), else its first place
    for (boolean headsOnly : new boolean[] {true, false}) {
      for (String title : head.titles()) {
        Chain chosen = titleChain(title, headsOnly);
        if (chosen == null) {
          continue;
        }
        Outcome d = outcome(chosen);
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
    List<Chain> chains = index.chains(opening);
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
      if (ChainRole.of(chain, opening) != ChainRole.SUBJECT) {
        continue;
      }
      if (nationalApplies && chain.start() > nationalAt) {
        break;
      }
      Outcome d = outcome(chain);
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
      for (Chain chain : index.chains(issuer)) {
        if (isBareShortOrGeneric(chain)) {
          continue;
        }
        Outcome d = outcome(chain);
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
    for (ChainRole wanted : new ChainRole[] {ChainRole.PLAIN, ChainRole.LEADER}) {
      for (Chain chain : chains) {
        if (ChainRole.of(chain, opening) != wanted) {
          continue;
        }
        Outcome d = outcome(chain);
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

  /**
   * The first named place that decides: national, or one division after the chain, the year, the
   * speaker's levels and the context; an ambiguous one restricts the later steps to its candidates.
   */
  private Optional<RegionMatch> decideNamed() {
    for (NamedPlace place : named) {
      if (place.national() || (!place.levels().isEmpty() && place.levels().equals(Set.of(AdminLevel.NATIONAL)))) {
        if (restrict == null) {
          return Optional.of(RegionMatch.national(place.evidence()));
        }
        continue;
      }
      levels = place.levels();
      try {
        for (Chain chain : index.chains(place.text())) {
          Outcome d = outcome(chain);
          if (d.division() != null) {
            return Optional.of(match(d.division(), place.text(), chain));
          }
        }
      } finally {
        levels = Set.of();
      }
    }
    return Optional.empty();
  }

  /** A short name alone, or a generic one (新城区) alone, tells nothing as an issuer or context. */
  private static boolean isBareShortOrGeneric(Chain chain) {
    return chain.last().isShort() || (chain.last().isGeneric() && !chain.isLinked());
  }

  /** The chain a title is about: one heading the title, or (unless headsOnly) the first usable. */
  private Chain titleChain(String title, boolean headsOnly) {
    List<Chain> usable =
        index.chains(title).stream().filter(c -> ChainRole.usableInTitle(c, title)).toList();
    for (Chain c : usable) {
      if (ChainRole.headsTheTitle(c, title)) {
        return c;
      }
    }
    return headsOnly || usable.isEmpty() ? null : usable.get(0);
  }

  /** Places named unambiguously in the addressee (parents), titles and opening (nearby places). */
  private void buildContext() {
    for (String addressee : head.addressees()) {
      for (Chain chain : index.chains(addressee)) {
        Division d = decideAlone(chain);
        if (d != null) {
          parentContext.add(d.code());
        }
      }
    }
    List<String> sources = new ArrayList<>(head.titles());
    sources.add(head.opening());
    for (String s : sources) {
      for (Chain chain : index.chains(s)) {
        if (isBareShortOrGeneric(chain)) {
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
      candidates = narrow(candidates, d -> PlaceIndex.isUnderAny(List.of(d), chain.parents()));
    }
    if (year != null) {
      candidates = narrow(candidates, d -> d.validIn(year));
    }
    if (!levels.isEmpty()) {
      candidates = narrow(candidates, d -> levels.contains(d.level()));
    }
    return collapseSuccessions(candidates);
  }

  private Outcome outcome(Chain chain) {
    List<Division> candidates = narrowByChainAndYear(chain);
    if (restrict != null) {
      candidates = candidates.stream().filter(d -> restrict.contains(d.code())).toList();
      if (candidates.isEmpty()) {
        return Outcome.NONE;
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
      return new Outcome(candidates.get(0), List.of());
    }
    if (candidates.isEmpty()) {
      return Outcome.NONE;
    }
    Set<String> codes = new HashSet<>();
    candidates.forEach(d -> codes.add(d.code()));
    restrict = codes;
    return new Outcome(null, candidates);
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
  static List<Division> collapseSuccessions(List<Division> candidates) {
    if (candidates.size() < 2) {
      return candidates;
    }
    List<Division> latestFirst = new ArrayList<>(candidates);
    latestFirst.sort(
        Comparator.comparingInt(Division::lastYear).thenComparingInt(Division::firstYear).reversed());
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

  private RegionMatch match(Division d, String source, Chain chain) {
    String department = DepartmentName.after(source, chain.end());
    int end = chain.end() + (department == null ? 0 : department.length());
    String evidence = source.substring(chain.start(), end);
    Division province = gazetteer.byCode(d.provinceCode(), year).orElse(null);
    String prefectureCode = d.level() == AdminLevel.PROVINCE ? null : d.prefectureCode();
    Division prefecture = prefectureCode == null ? null : gazetteer.byCode(prefectureCode, year).orElse(null);
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
