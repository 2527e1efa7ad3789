package org.reportcorpus.udfs.meta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.RuleTable;

/**
 * Decides a document's {@link DocType} from weighted pattern rules (conf/doc_types.tsv, format in
 * its header).
 *
 * <ol>
 *   <li>Each rule looks at one view of the document (its title, the head of the text before
 *       stripping, the opening paragraph, the tail, the whole cleaned text, or nothing) and votes
 *       for a type with a weight in [-1, 1] when its pattern is found there.
 *   <li>A type's score combines its positive votes like independent evidence, {@code 1 - Π(1 -
 *       w)}, then each negative vote scales it by {@code 1 + w} (counter-evidence: 决议 in the
 *       title of a 关于政府工作报告的决议 is not a work report).
 *   <li>The highest score wins (a tie goes to the type named first in the file); the confidence
 *       is {@code winner × (1 - runner-up)}, so conflicting evidence lowers it. The runner-up
 *       counts pattern votes only: a prior ({@code always}) makes a type win when nothing else
 *       speaks, it is not evidence against another type. Nothing matched: {@link DocType#OTHER}
 *       with confidence 0.
 * </ol>
 *
 * <p>Pure and thread-safe; patterns are compiled once, when the rules are parsed.
 */
public final class DocTypeClassifier implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SOURCE = "doc_types.tsv";

  /** The part of a document a rule looks at. */
  public enum Scope {
    TITLE, HEAD, OPENING, TAIL, TEXT, ALWAYS
  }

  private record Rule(DocType type, Scope scope, double weight, Pattern pattern) implements Serializable {}

  /**
   * What the rules look at; any view may be null (then rules on it do not fire).
   *
   * @param title the given or inferred title
   * @param head the start of the text before boilerplate was stripped (chrome carries datelines)
   * @param opening the first paragraph of the body after title and addressee
   * @param tail the end of the cleaned text
   * @param text the whole cleaned text
   */
  public record Views(String title, String head, String opening, String tail, String text) {

    String of(Scope scope) {
      return switch (scope) {
        case TITLE -> title;
        case HEAD -> head;
        case OPENING -> opening;
        case TAIL -> tail;
        case TEXT -> text;
        case ALWAYS -> "";
      };
    }
  }

  /** The decision: a type and how sure the rules are, in [0, 1] (3 decimals). */
  public record Result(DocType type, double confidence) implements Serializable {}

  private final List<Rule> rules;
  private final List<DocType> order;

  private DocTypeClassifier(List<Rule> rules, List<DocType> order) {
    this.rules = List.copyOf(rules);
    this.order = List.copyOf(order);
  }

  /** The rules of a doc_types.tsv: columns type, scope, weight, pattern. */
  public static DocTypeClassifier parse(String tsv) {
    List<Rule> rules = new ArrayList<>();
    List<DocType> order = new ArrayList<>();
    for (RuleTable.Row row : RuleTable.rows(tsv, SOURCE, "type")) {
      DocType type = parseEnum(DocType.class, row.col(0), row, "type");
      Scope scope = parseEnum(Scope.class, row.col(1), row, "scope");
      double weight;
      try {
        weight = Double.parseDouble(row.col(2));
      } catch (NumberFormatException e) {
        throw row.error("weight must be a number in [-1, 1] but got '" + row.col(2) + "'");
      }
      if (weight < -1 || weight > 1) {
        throw row.error("weight must be in [-1, 1] but got " + weight);
      }
      Pattern pattern = scope == Scope.ALWAYS ? null : row.pattern(3);
      rules.add(new Rule(type, scope, weight, pattern));
      if (!order.contains(type)) {
        order.add(type);
      }
    }
    return new DocTypeClassifier(rules, order);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, RuleTable.Row row, String what) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw row.error(what + " must be one of " + names + " but got '" + value + "'");
    }
  }

  /** The type the rules favour; {@code null} views are skipped, no views at all give other, 0. */
  public Result classify(Views views) {
    if (views == null) {
      return new Result(DocType.OTHER, 0.0);
    }
    // Per type: Π(1 - w) over all positive votes, the same without priors, Π(1 + w) over negative votes.
    Map<DocType, double[]> votes = new EnumMap<>(DocType.class);
    for (Rule rule : rules) {
      String view = views.of(rule.scope);
      if (view == null || (rule.pattern != null && !rule.pattern.matcher(view).find())) {
        continue;
      }
      double[] v = votes.computeIfAbsent(rule.type, t -> new double[] {1, 1, 1});
      if (rule.weight < 0) {
        v[2] *= 1 + rule.weight;
      } else {
        v[0] *= 1 - rule.weight;
        if (rule.scope != Scope.ALWAYS) {
          v[1] *= 1 - rule.weight;
        }
      }
    }
    DocType best = null;
    double bestScore = 0;
    for (DocType type : order) {
      double[] v = votes.get(type);
      double score = v == null ? 0 : (1 - v[0]) * v[2];
      if (score > bestScore) {
        best = type;
        bestScore = score;
      }
    }
    if (best == null) {
      return new Result(DocType.OTHER, 0.0);
    }
    // A prior is not evidence against the winner: the runner-up counts pattern votes only.
    double second = 0;
    for (Map.Entry<DocType, double[]> e : votes.entrySet()) {
      if (e.getKey() != best) {
        second = Math.max(second, (1 - e.getValue()[1]) * e.getValue()[2]);
      }
    }
    return new Result(best, Math.round(bestScore * (1 - second) * 1000) / 1000.0);
  }
}
