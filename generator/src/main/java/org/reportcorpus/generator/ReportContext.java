package org.reportcorpus.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fills the placeholders of {@link Phrasebook} entries for one report: the region's own words,
 * the year, numbers, and entries of other lists (drawn afresh for every placeholder).
 */
final class ReportContext {

  private final Phrasebook book;
  private final ReportPlan plan;
  private final String self;
  private final String government;

  ReportContext(Phrasebook book, ReportPlan plan) {
    this.book = book;
    this.plan = plan;
    if (plan.department() == null) {
      this.self = plan.region().name();
      this.government = plan.region().government();
    } else {
      this.self = plan.region().name() + plan.department();
      String d = plan.department();
      this.government = d.endsWith("厅") ? "本厅" : d.endsWith("委员会") ? "本委" : "本局";
    }
  }

  /** The name the report calls its author by: the region, or the region's department. */
  String self() {
    return self;
  }

  String fill(String template, Random rng, Topic topic) {
    return fill(template, rng, topic, List.of());
  }

  /**
   * The template with every placeholder replaced; {T}, {T1}… take {@code forms} in order. Within
   * one call an entry of a list is not drawn twice while another can be (no "完善X,完善X").
   */
  String fill(String template, Random rng, Topic topic, List<String> forms) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    fillInto(out, template, rng, topic, forms, new HashSet<>());
    return out.toString();
  }

  private void fillInto(StringBuilder out, String template, Random rng, Topic topic, List<String> forms,
      Set<String> drawn) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      if (close < 0) {
        throw new IllegalStateException("unclosed placeholder in phrase: " + template);
      }
      String name = template.substring(i + 1, close);
      String value = simpleValue(name, rng, forms);
      if (value != null) {
        out.append(value);
      } else {
        String entry = null;
        for (int attempt = 0; attempt < 4 && (entry == null || drawn.contains(entry)); attempt++) {
          entry = pick(rng, name, topic);
        }
        drawn.add(entry);
        fillInto(out, entry, rng, topic, forms, drawn);
      }
      i = close + 1;
    }
  }

  /**
   * An entry of the list (the topic's own when there is one) usable in this report's year, with
   * its year gate removed.
   */
  String pick(Random rng, String key, Topic topic) {
    return pickExact(rng, book.resolve(key, topic));
  }

  /** An entry of exactly this list usable in this report's year, with its year gate removed. */
  String pickExact(Random rng, String list) {
    for (int i = 0; i < 16; i++) {
      String entry = Phrasebook.ungated(book.pick(rng, list), plan.year());
      if (entry != null) {
        return entry;
      }
    }
    for (String candidate : book.list(list)) {
      String entry = Phrasebook.ungated(candidate, plan.year());
      if (entry != null) {
        return entry;
      }
    }
    throw new IllegalStateException("phrase list " + list + " has no entry for the year " + plan.year());
  }

  /** The value of a placeholder that is not a list, else null. */
  private String simpleValue(String name, Random rng, List<String> forms) {
    ReportingRegion region = plan.region();
    int year = plan.year();
    return switch (name) {
      case "R" -> self;
      case "I" -> plan.issuer();
      case "全" -> region.scope();
      case "府" -> government;
      case "司" -> region.justiceBureau();
      case "下" -> region.lowerUnits();
      case "Y" -> Integer.toString(year);
      case "Y1" -> Integer.toString(year + 1);
      case "congress" -> congress(year);
      case "outline" -> year <= 2020 ? "2015—2020年" : "2021—2025年";
      case "n" -> Integer.toString(2 + rng.nextInt(39));
      case "k" -> Integer.toString(1 + rng.nextInt(12));
      case "m" -> Integer.toString((int) Math.round(Math.exp(Math.log(100) + rng.nextDouble() * Math.log(90))));
      case "p" -> rng.nextInt(8) == 0 ? "100" : String.format(Locale.ROOT, "%d.%d", 90 + rng.nextInt(10), rng.nextInt(10));
      case "T", "T1" -> forms.get(0);
      case "T2" -> forms.get(1);
      case "T3" -> forms.get(2);
      default -> null;
    };
  }

  /** The party congress a report of that year refers to. */
  static String congress(int year) {
    if (year < 2012) {
      return "十七大";
    } else if (year < 2017) {
      return "十八大";
    } else if (year < 2022) {
      return "十九大";
    } else if (year < 2027) {
      return "二十大";
    }
    return "二十一大";
  }
}
