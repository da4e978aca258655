package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/**
 * Other names a text lists for its subject: X（又称A、B等）, X，俗称A, X（简称A）, X，暱称A. The listed forms name the
 * subject, so a person NER read in them is none when the subject is not a person; and a listed form a lexicon knows
 * as a thing (a model, a product) tells what the subject is.
 */
final class OtherNames {
  private OtherNames() {}

  /**
   * The words that introduce another name (Wiktionary: 又称 "also called", 俗称 "commonly called", 简称
   * "abbreviation", 别称 "alternative name", 昵称/暱称 "nickname"), and the list after them up to the bracket or clause.
   */
  private static final Pattern LIST = Pattern.compile("[（(，,]\\s?(?:又称|又稱|俗称|俗稱|简称|簡稱|别称|別稱|亦称|也称|"
      + "昵称|暱称|暱稱|昵稱)(?:为|為)?[：:]?([^（）()，,。；;！？\\n]{2,40})");

  static void apply(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    Matcher m = LIST.matcher(text);
    while (m.find()) {
      Span list = new Span(m.start(1), m.end(1));
      int cueAt = m.start();
      Optional<Mention> subject = accepted.stream().filter(x -> x.span().end() == cueAt
          || x.span().end() + 1 == cueAt && text.charAt(x.span().end()) == '）').findFirst();
      Optional<EntityType> listedThing = lexicon.find(list.of(text)).stream().map(x -> x.entry().type())
          .filter(t -> t != EntityType.PERSON && t != EntityType.PLACE && t != EntityType.TOPIC).findFirst();
      if (subject.isPresent() && subject.get().type() == EntityType.PERSON && listedThing.isPresent()
          && subject.get().source() == Mention.Source.NER) {
        // 德尔塔星，俗称阿尔法狗: the subject is the thing its other name is, not a person
        Mention s = subject.get();
        accepted.remove(s);
        accepted.add(new Mention(s.span(), s.text(), listedThing.get(), s.sentence(), s.source()));
        subject = Optional.of(accepted.get(accepted.size() - 1));
      }
      boolean personSubject = subject.isPresent() && subject.get().type() == EntityType.PERSON;
      if (!personSubject) {
        accepted.removeIf(x -> x.type() == EntityType.PERSON && x.source() == Mention.Source.NER
            && list.contains(x.span()));
      }
    }
  }
}
