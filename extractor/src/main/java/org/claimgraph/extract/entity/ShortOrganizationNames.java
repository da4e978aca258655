package org.claimgraph.extract.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * "Helix's first product" after "Helix Robotics", "Thinking's investors" after "Thinking Labs": English news names a
 * company in full once and then by its name without the corporate word. Where NER leaves such a short form untagged,
 * it is mentioned as that organization (the resolver then joins it to the full name, which opens with it). Only the
 * one word before a corporate word of a name written earlier in the document, never a name a lexicon knows, and only
 * where it reads as a name: with a possessive after it, or capitalised inside a sentence, tagged a proper noun, and
 * never written in lower case in the document (a common word alone: General, Open).
 */
final class ShortOrganizationNames {
  private ShortOrganizationNames() {}

  /** A Latin organization's name: one capitalised word, then its corporate words (the resolver's, in English). */
  private static final Pattern SHORTENED = Pattern.compile(
      "([A-Z][A-Za-z0-9]{2,})(?: (?:Labs?|AI|Inc\\.?|Corp\\.?|Ltd\\.?|Technologies|Robotics|Capital|Ventures|"
      + "Partners))+");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Map<String, Mention> shortForms = new LinkedHashMap<>();
    for (Mention m : accepted) {
      Matcher full = SHORTENED.matcher(m.text());
      if (m.type().isOrganization() && m.source() != Mention.Source.LEXICON
          && m.source() != Mention.Source.COREFERENCE && full.matches()) {
        shortForms.merge(full.group(1), m, (a, b) -> a.span().begin() <= b.span().begin() ? a : b);
      }
    }
    for (Map.Entry<String, Mention> e : shortForms.entrySet()) {
      String name = e.getKey();
      Mention first = e.getValue();
      boolean otherwiseNamed = accepted.stream().anyMatch(m -> m.text().equals(name));
      if (otherwiseNamed || text.contains(name.toLowerCase(Locale.ROOT)) && !hasPossessive(text, name)) {
        continue;
      }
      for (int at = text.indexOf(name, first.span().end()); at >= 0; at = text.indexOf(name, at + 1)) {
        Span span = new Span(at, at + name.length());
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
            || span.end() < text.length() && Character.isLetterOrDigit(text.charAt(span.end()))
            || accepted.stream().anyMatch(m -> m.span().overlaps(span))) {
          continue;
        }
        int sentence = doc.sentenceAt(at);
        if (sentence < 0 || !readsAsName(doc.sentences().get(sentence), span, text)) {
          continue;
        }
        accepted.add(new Mention(span, name, first.type(), sentence, Mention.Source.PATTERN));
      }
    }
  }

  private static boolean hasPossessive(String text, String name) {
    return text.contains(name + "'s") || text.contains(name + "’s");
  }

  /**
   * Whether the word at {@code span} reads as a name: one token, followed by a possessive, or inside its sentence as a
   * proper noun not followed by another capitalised word (Helix Energy is another name).
   */
  private static boolean readsAsName(AnnotatedSentence s, Span span, String text) {
    List<Token> tokens = s.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      if (!tokens.get(t).span().equals(span)) {
        continue;
      }
      boolean possessive = t + 1 < tokens.size() && tokens.get(t + 1).pos().equals("POS");
      if (possessive) {
        return true;
      }
      boolean nextCapitalised = t + 1 < tokens.size() && Character.isUpperCase(tokens.get(t + 1).word().charAt(0));
      return t > 0 && tokens.get(t).pos().startsWith("NNP") && !nextCapitalised
          && !text.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
    }
    return false;
  }
}
