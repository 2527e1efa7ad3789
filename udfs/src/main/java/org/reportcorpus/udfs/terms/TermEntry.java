package org.reportcorpus.udfs.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One vocabulary entry: a canonical term, its category and the variant spellings counted as it. */
public record TermEntry(String term, String category, List<String> aliases) implements Serializable {

  public TermEntry {
    if (term == null || term.isBlank()) {
      throw new IllegalArgumentException("term must not be blank");
    }
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }

  /** The canonical term followed by its aliases: every string that counts as this term. */
  public List<String> surfaceForms() {
    List<String> forms = new ArrayList<>(aliases.size() + 1);
    forms.add(term);
    for (String alias : aliases) {
      if (!forms.contains(alias)) {
        forms.add(alias);
      }
    }
    return forms;
  }
}
