package org.reportcorpus.jobs.report;

/**
 * Text into HTML: every character that could start markup, end an attribute or begin an entity
 * is written as an entity, so document-derived text (titles, phrases, sentences, region names,
 * paths) always reads as text, in element content and in double- or single-quoted attributes.
 */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
