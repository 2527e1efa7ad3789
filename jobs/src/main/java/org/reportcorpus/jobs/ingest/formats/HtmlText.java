package org.reportcorpus.jobs.ingest.formats;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page's body, with its paragraph and line structure: block elements
 * become line breaks, {@code <br>} a line break, table cells are separated by tabs. Scripts,
 * styles, templates, embedded objects and form controls are dropped, and so is the head (title,
 * meta tags). Site chrome (navigation, footers) is kept here: telling it from the report is the
 * boilerplate stage's job, which works on lines.
 */
final class HtmlText {

  /** Elements whose content is never text a reader sees. */
  static final String DROPPED = "script, style, noscript, template, iframe, frame, object, embed, applet, "
      + "svg, math, canvas, map, audio, video, select, option, button, input, textarea";

  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

  private HtmlText() {}

  /** Throws {@link TextLayout.TooMuchText} past {@code maxChars}. */
  static String extract(String html, int maxChars) {
    Document document = Jsoup.parse(html);
    Element body = document.body();
    if (body == null) {
      return "";
    }
    body.select(DROPPED).remove();
    TextLayout layout = new TextLayout(maxChars);
    NodeTraversor.traverse(new Visitor(layout), body);
    return layout.text();
  }

  private static final class Visitor implements NodeVisitor {
    private final TextLayout layout;
    private int preformatted;

    Visitor(TextLayout layout) {
      this.layout = layout;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (preformatted > 0) {
          layout.verbatim(text.getWholeText());
        } else {
          layout.collapsed(text.getWholeText());
        }
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("br")) {
          layout.lineBreak();
        } else if (BLOCKS.contains(name)) {
          layout.blockBoundary();
        } else if (name.equals("td") || name.equals("th")) {
          layout.cellStart();
        }
        if (name.equals("pre") || name.equals("plaintext") || name.equals("listing")) {
          preformatted++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (BLOCKS.contains(name)) {
          layout.blockBoundary();
        } else if (name.equals("td") || name.equals("th")) {
          layout.cellEnd();
        }
        if (name.equals("pre") || name.equals("plaintext") || name.equals("listing")) {
          preformatted--;
        }
      }
    }
  }
}
