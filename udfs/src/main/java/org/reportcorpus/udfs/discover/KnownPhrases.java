package org.reportcorpus.udfs.discover;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which phrases are not new: the vocabulary's surface forms and the generic phrases of report
 * prose.
 *
 * <p>A phrase is known when it
 *
 * <ul>
 *   <li>equals a term or alias;
 *   <li>contains one (深化放管服改革 is 放管服 in context, not a new term — and counting it would
 *       only repeat the term's trend);
 *   <li>is contained in one (跑一次 in 最多跑一次, 行政执法 in 综合行政执法): a fragment of a known
 *       term; or
 *   <li>contains a stop phrase (generic report wording such as 进一步 or 下一步, from the conf).
 * </ul>
 *
 * The containment rules are deliberately strict: the table is a worklist for whoever maintains
 * the vocabulary, and a phrase built on a known term is at most a variant to add as an alias,
 * which the term's own trend already shows.
 */
public final class KnownPhrases implements Serializable {

  private final Set<String> surfaceForms;
  private final List<String> stopPhrases;

  public KnownPhrases(Collection<String> surfaceForms, Collection<String> stopPhrases) {
    this.surfaceForms = new TreeSet<>();
    for (String form : surfaceForms) {
      if (form != null && !form.isBlank()) {
        this.surfaceForms.add(form.strip());
      }
    }
    this.stopPhrases = new ArrayList<>();
    for (String stop : stopPhrases) {
      if (stop != null && !stop.isBlank()) {
        this.stopPhrases.add(stop.strip());
      }
    }
  }

  /** True for a known or generic phrase (see the class comment); null and empty are known. */
  public boolean isKnown(String phrase) {
    if (phrase == null || phrase.isEmpty()) {
      return true;
    }
    if (surfaceForms.contains(phrase)) {
      return true;
    }
    for (String form : surfaceForms) {
      if (phrase.contains(form) || form.contains(phrase)) {
        return true;
      }
    }
    for (String stop : stopPhrases) {
      if (phrase.contains(stop)) {
        return true;
      }
    }
    return false;
  }
}
