package org.reportcorpus.udfs.region;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.reportcorpus.udfs.meta.DocumentHead;
import org.reportcorpus.udfs.meta.DocumentHeadParser;

/**
 * Finds the region a report is <em>about</em> (the reporting government or department), not every
 * place it mentions.
 *
 * <ol>
 *   <li>places the document names as its own ({@link NamedPlace}: a work report's congress and
 *       speaker), when the caller passes them;
 *   <li>the head of the document, its lines by role ({@link DocumentHeadParser#lines}): titles,
 *       addressees (the parent government: never the answer, but it disambiguates 海宁 under
 *       嘉兴), issuers (page chrome, signature), the opening;
 *   <li>place mentions and chains in them ({@link PlaceIndex}): full names anywhere, short names
 *       (常熟) only where a report names itself or next to a parent ("苏州常熟");
 *   <li>the decision rules ({@link RegionDecision}): title, national markers, subject of the
 *       opening, issuer, other places; ambiguous → empty, never a guess;
 *   <li>a department name right after the place ({@link DepartmentName}: 司法局) makes the match
 *       {@link AdminLevel#DEPARTMENT}.
 * </ol>
 *
 * <p>Pure and thread-safe. Input text is expected normalized (simplified script, half-width ASCII
 * punctuation); full-width ':' ',' ';' are accepted too. Years after the gazetteer's last data
 * year are treated as that year.
 */
public final class RegionResolver implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Gazetteer gazetteer;
  private transient volatile PlaceIndex index;

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
    return resolve(DocumentHeadParser.lines(title, text), year, List.of(), true);
  }

  /**
   * The region of a parsed head: read from its body, else from the unstripped text, whose chrome
   * may name the issuer (发布机构:常州市人民政府).
   *
   * @param year the report year, or {@code null} (then a year in the title or opening is used)
   */
  public Optional<RegionMatch> resolve(DocumentHead head, Integer year) {
    return resolve(head, year, List.of(), true);
  }

  /**
   * The region of a parsed head, trying first the places it names as its own (the congress of a
   * work report's delivery line, the speaker's line), then, when {@code readHead}, its lines by role
   * as {@link #resolve(DocumentHead, Integer)} does. A named place several divisions share is
   * decided only by a later source that picks one of them.
   *
   * @param named places from the delivery or speaker line, in the order they are tried
   * @param year the report year, or {@code null} (then a year in the title or opening is used)
   */
  public Optional<RegionMatch> resolve(DocumentHead head, Integer year, List<NamedPlace> named, boolean readHead) {
    Optional<RegionMatch> resolved = resolve(head.body(), year, named, readHead);
    if (resolved.isEmpty() && readHead && head.withChrome() != null) {
      resolved = resolve(head.withChrome(), year, named, readHead);
    }
    return resolved;
  }

  private Optional<RegionMatch> resolve(
      DocumentHead.Lines lines, Integer year, List<NamedPlace> named, boolean readHead) {
    Integer effectiveYear = year != null ? year : lines.firstYear();
    return new RegionDecision(index(), lines, effectiveYear, named, readHead).decide();
  }

  private PlaceIndex index() {
    PlaceIndex local = index;
    if (local == null) {
      synchronized (this) {
        local = index;
        if (local == null) {
          local = new PlaceIndex(gazetteer);
          index = local;
        }
      }
    }
    return local;
  }
}
