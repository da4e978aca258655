package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page, as the lines a reader sees: the page's heading (its {@code <title>} when the body has no
 * {@code <h1>}), then one line per block (paragraph, heading, list item, quotation, table cell, {@code <br>}), in page
 * order. Scripts, styles, navigation, forms, sidebars and footers are left out; entities are decoded. The
 * {@link ArticleCleaner} then finds the article among these lines as it does in a scraped text page.
 */
public final class HtmlText {
  /** What a reader never sees as the article's text. */
  private static final String NOT_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select, aside, footer";
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern HTML_START = Pattern.compile("^\\uFEFF?\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlText() {}

  /** An HTML page: named {@code .html}/{@code .htm}, or starting with {@code <!DOCTYPE html>} or {@code <html>}. */
  public static boolean isHtml(String source, String text) {
    String name = source.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || HTML_START.matcher(text).find();
  }

  /** The page's text, one block per line; empty when the page shows no text. */
  public static String extract(String html) {
    Document page = Jsoup.parse(html);
    page.select(NOT_TEXT).remove();
    List<String> lines = new ArrayList<>();
    Element body = page.body();
    if (body.selectFirst("h1") == null && !page.title().isBlank()) {
      lines.add(page.title());
    }
    StringBuilder line = new StringBuilder();
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          line.append(text.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          endLine(line, lines);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          endLine(line, lines);
        }
      }
    });
    endLine(line, lines);
    return String.join("\n", lines);
  }

  private static void endLine(StringBuilder line, List<String> lines) {
    String text = SPACES.matcher(line).replaceAll(" ").strip();
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }
}
