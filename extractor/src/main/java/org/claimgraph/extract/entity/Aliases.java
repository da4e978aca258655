package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The passes of {@link LayeredMentionFinder} that mention the other names a name declares beside it. */
final class Aliases {
  private Aliases() {}

  /** A Latin name or acronym in brackets right after a name: 美国在台协会(AIT), 张小明(Zhang Xiaoming), 《X法案》(X Act). */
  private static final Pattern BRACKETED_LATIN = Pattern.compile("^[》”\"]?[(（]([A-Za-z][A-Za-z0-9 .&'’-]{0,60}[A-Za-z0-9.])[)）]");

  /** "（以下简称“云帆”）" after an organization's name (and its 有限公司): the short name it will go by. */
  static final Pattern DECLARED_SHORT_NAME = Pattern.compile("^(?:股份有限公司|有限责任公司|有限公司|公司|集团)?[（(](?:以下|下文)?(?:简称|簡稱)[为為：:]?\\s?[“\"「『]?"
      + "(?<alias>[^“”\"「」『』（）()，,。、\\s]{2,16})[”\"」』]?[）)]");

  /**
   * An organization's name followed by "（以下简称“X”）" declares X its short name: X is mentioned with the
   * organization's type (and found again wherever it recurs); the resolver joins the two.
   */
  static void addDeclaredShortNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention outer : List.copyOf(accepted)) {
      if (!outer.type().isOrganization()) {
        continue;
      }
      Matcher m = DECLARED_SHORT_NAME.matcher(text).region(outer.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      // Declared, so even a two-character short name (星数) is taken wherever it recurs.
      String name = m.group("alias");
      for (int at = m.start("alias"); at >= 0; at = text.indexOf(name, at + 1)) {
        Span alias = new Span(at, at + name.length());
        List<Mention> overlapping = accepted.stream().filter(a -> a.span().overlaps(alias)).toList();
        if (overlapping.stream().allMatch(a -> a.source() == Mention.Source.NER || a.type() == EntityType.TOPIC)) {
          accepted.removeAll(overlapping);
          accepted.add(new Mention(alias, name, outer.type(), doc.sentenceAt(at), Mention.Source.PATTERN));
        }
      }
    }
  }

  /**
   * A Latin name in brackets right after a name is that name's other form (美国在台协会(AIT)): it is mentioned
   * with the outer name's type when nothing else found it. The resolver then joins the two.
   */
  static void addBracketed(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention outer : List.copyOf(accepted)) {
      if (outer.type() == EntityType.TOPIC) {
        continue;
      }
      Matcher m = BRACKETED_LATIN.matcher(text).region(outer.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span inner = new Span(m.start(1), m.end(1));
      if (accepted.stream().noneMatch(a -> a.span().overlaps(inner))) {
        accepted.add(new Mention(inner, m.group(1), outer.type(), doc.sentenceAt(inner.begin()), Mention.Source.PATTERN));
      }
    }
  }
}
