package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * The pass of {@link LayeredMentionFinder} that takes a company's division back into the job title it stands in
 * (guidelines: org units inside a job title are not entities). NER reads 星河电子家电事业群 in 星河电子家电事业群总经理张三
 * as one organization, so the person would work for the division; the company is the employer and the division
 * belongs to the title. A division whose own words open with the company's name (a proper noun known elsewhere in
 * the document or to the lexicon) is cut back to that name; one that an organization's name stands before, in the
 * same run of words up to the title (星河科技智能座舱与芯片事业部总经理), is no mention at all. A division nobody's title
 * follows, or one with no company around it, is left alone.
 */
final class TitleUnits {
  /** The nouns of a company's business division (not a ministry's 部 or a lab: those are bodies of their own). */
  private static final Pattern DIVISION = Pattern.compile("(?:事业群|事业部|事业处|业务群|业务部|业务处|业务线|产品线|部门)$");
  /** Words that may stand between the company and its division inside one title: the division's field. */
  private static final Pattern FIELD_RUN = Pattern.compile("[\\p{IsHan}A-Za-z0-9 ]{0,12}");
  /** A joining word opening the run: a list of organizations, not one title (星河科技与云帆家电事业部). */
  private static final Pattern LIST_WORD = Pattern.compile("^(?:与|和|及|以及|、)");
  private static final Pattern JOINER = Pattern.compile("^(?:与|和|及|、)");
  private static final Pattern NOT_IN_FIELD = Pattern.compile("[的是在为对从将把被了]");
  private static final Pattern PROPER_TAG = Pattern.compile("NR|FW|NNP|NNPS");

  private TitleUnits() {}

  static void apply(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles, LexiconMatcher lexicon) {
    String text = doc.text();
    for (Mention unit : List.copyOf(accepted)) {
      if (!unit.type().isOrganization() || unit.source() == Mention.Source.LEXICON
          || !DIVISION.matcher(unit.text()).find() || !titleFollows(text, unit, titles)) {
        continue;
      }
      if (companyInside(text, accepted, unit) || companyBefore(text, accepted, unit)) {
        accepted.remove(unit);
        continue;
      }
      companyOpening(doc, accepted, unit, lexicon).ifPresent(company -> {
        accepted.remove(unit);
        accepted.add(company);
      });
    }
  }

  private static boolean titleFollows(String text, Mention unit, TitleLexicon titles) {
    int end = unit.span().end();
    return titles.find(text.substring(end, Math.min(text.length(), end + 12)), 0).stream()
        .anyMatch(t -> t.span().begin() == 0);
  }

  /**
   * The company's own mention opens the division's (星河 in 星河家电事业部): the company stays, the division goes. Not
   * when a joining word follows it (星河科技与云帆厨电事业部: the division is another company's).
   */
  private static boolean companyInside(String text, List<Mention> accepted, Mention unit) {
    return accepted.stream().anyMatch(m -> m != unit && m.type().isOrganization()
        && m.span().begin() == unit.span().begin() && m.span().end() < unit.span().end()
        && !JOINER.matcher(text.substring(m.span().end(), unit.span().end())).find());
  }

  /** An organization's name before the division, with only the division's field between (no clause, no list). */
  private static boolean companyBefore(String text, List<Mention> accepted, Mention unit) {
    return accepted.stream().anyMatch(m -> m != unit && m.type().isOrganization()
        && m.sentence() == unit.sentence() && m.span().end() <= unit.span().begin()
        && fieldBetween(text.substring(m.span().end(), unit.span().begin()))
        && accepted.stream().noneMatch(o -> o != m && o != unit && o.span().begin() >= m.span().end()
            && o.span().end() <= unit.span().begin() && o.type() != EntityType.TOPIC));
  }

  private static boolean fieldBetween(String between) {
    return FIELD_RUN.matcher(between).matches() && !LIST_WORD.matcher(between).find()
        && !NOT_IN_FIELD.matcher(between).find();
  }

  /**
   * The company whose name opens the division's: the longest organization's name the document or the lexicon knows
   * that the division's words start with (星河电子 in 星河电子家电事业群), else its opening words, from a proper noun on,
   * that the document knows as the start of a longer name (星河 before 星河电: 星河/NR 家电/NN 事业群; 星河电子 before
   * 星河电子股份有限公司). None when a joining word follows the name (星河科技与云帆厨电事业部 is another company's division).
   */
  private static Optional<Mention> companyOpening(AnnotatedDocument doc, List<Mention> accepted, Mention unit,
      LexiconMatcher lexicon) {
    String text = doc.text();
    List<Mention> others = accepted.stream()
        .filter(m -> m != unit && m.type().isOrganization() && !m.span().overlaps(unit.span())).toList();
    Optional<Mention> found = Optional.empty();
    AnnotatedSentence sentence = doc.sentences().get(unit.sentence());
    boolean properOpening = false;
    for (Token t : sentence.tokens()) {
      if (t.span().begin() < unit.span().begin() || t.span().end() >= unit.span().end()) {
        continue;
      }
      Span span = new Span(unit.span().begin(), t.span().end());
      String name = span.of(text);
      properOpening |= t.span().begin() == unit.span().begin() && PROPER_TAG.matcher(t.pos()).matches();
      boolean proper = properOpening;
      Optional<EntityType> known = others.stream().filter(m -> m.text().equals(name)).map(Mention::type).findFirst()
          .or(() -> lexicon.find(name).stream().filter(x -> x.span().length() == name.length()
              && x.entry().type().isOrganization()).map(x -> x.entry().type()).findFirst())
          .or(() -> proper ? others.stream().filter(m -> m.text().startsWith(name)
              && !text.startsWith(m.text(), unit.span().begin())).map(Mention::type).findFirst() : Optional.empty());
      if (known.isPresent()) {
        found = Optional.of(new Mention(span, name, known.get(), unit.sentence(), Mention.Source.PATTERN));
      }
    }
    return found.filter(m -> !JOINER.matcher(text.substring(m.span().end(), unit.span().end())).find());
  }
}
