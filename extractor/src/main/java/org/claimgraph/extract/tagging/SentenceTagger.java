package org.claimgraph.extract.tagging;

import org.claimgraph.extract.lexicon.TabFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TimeExpressions.TimeExpression;

/**
 * Tags every token for the rules: the resolved entities' mentions give PERSON, ORG, MODEL, PRODUCT, EVENT, PLACE or
 * TOPIC; {@code titles.tsv} gives TITLE; resolvable dates give DATE; CoreNLP's numeric tags (NUMBER, MONEY, PERCENT,
 * ORDINAL) stay; everything else is O. CoreNLP's own PERSON/ORGANIZATION/DATE tags are not used: the resolved
 * entities are better, and a DATE such as 目前 cannot be resolved. Anaphors from {@code anaphors.tsv} that the entity
 * resolver left alone are resolved here and tagged with their antecedent's type.
 */
public final class SentenceTagger {
  static final String ANAPHORS = "anaphors.tsv";
  private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");

  private enum Choice { RECENT, SALIENT, SOLE, AUTHOR }

  private record Anaphor(String form, List<EntityType> types, int reach, Choice choice, String pos, boolean opening) {
    boolean fits(EntityType t) {
      return types.stream().anyMatch(a -> a == t || (a == EntityType.ORGANIZATION && t.isOrganization()));
    }
  }

  private final TitleLexicon titles;
  private final List<Anaphor> anaphors;

  SentenceTagger(TitleLexicon titles, List<Anaphor> anaphors) {
    this.titles = titles;
    this.anaphors = anaphors.stream().sorted(Comparator.comparing((Anaphor a) -> a.form().length()).reversed()).toList();
  }

  public static SentenceTagger standard() {
    List<Anaphor> anaphors = new ArrayList<>();
    for (TabFile.Row row : TabFile.read(SentenceTagger.class, ANAPHORS, 6)) {
      try {
        List<EntityType> types = List.of(row.cell(1).split(",")).stream().map(String::strip).map(EntityType::valueOf)
            .toList();
        if (!row.cell(5).equals("*") && !row.cell(5).equals("OPENING")) {
          throw new IllegalArgumentException("where is " + row.cell(5));
        }
        anaphors.add(new Anaphor(row.cell(0), types, Integer.parseInt(row.cell(2)), Choice.valueOf(row.cell(3)),
            row.cell(4), row.cell(5).equals("OPENING")));
      } catch (IllegalArgumentException e) {
        throw row.error("bad anaphor entry (" + e.getMessage() + "): types are EntityType names, reach a number, "
            + "choose RECENT, SALIENT, SOLE or AUTHOR, where '*' or OPENING");
      }
    }
    return new SentenceTagger(TitleLexicon.load(), anaphors);
  }

  /**
   * The standard tagger without the anaphors that are bare nouns opening a clause (公司): the claim stage reads them
   * as what they say, a speaker's description (公司发言人) or words of the quoted content (…称，公司已暂停…), not as the
   * company's name.
   */
  public static SentenceTagger withoutBareNouns() {
    SentenceTagger all = standard();
    return new SentenceTagger(all.titles, all.anaphors.stream().filter(a -> !a.opening()).toList());
  }

  public TitleLexicon titles() {
    return titles;
  }

  /** The rules' tag for an entity type. */
  public static String tagOf(EntityType type) {
    return switch (type) {
      case PERSON -> "PERSON";
      case AI_MODEL -> "MODEL";
      case PRODUCT -> "PRODUCT";
      case EVENT -> "EVENT";
      case PLACE -> "PLACE";
      case TOPIC -> "TOPIC";
      default -> type.isOrganization() ? "ORG" : type.name();
    };
  }

  /**
   * A news agency credited in a dateline, "June 8 (Reuters) -" or "WASHINGTON (AP) —": it reports the story, it is
   * neither its subject nor a speaker in it, so it is no referent for the relation and claim rules.
   */
  private static final Pattern DATELINE_CREDIT_AFTER = Pattern.compile("^\\)\\s*[-–—]");

  static boolean isDatelineCredit(String text, Span span) {
    return span.begin() > 0 && text.charAt(span.begin() - 1) == '('
        && DATELINE_CREDIT_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 4))).find();
  }

  public List<TaggedSentence> tag(AnnotatedDocument doc, List<Entity> entities) {
    List<Referent> named = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (isDatelineCredit(doc.text(), m.span())) {
          continue;
        }
        int sentence = m.sentence() >= 0 ? m.sentence() : doc.sentenceAt(m.span().begin());
        named.add(new Referent(e.key(), e.type(), m.span(), sentence, false));
      }
    }
    named.sort(Comparator.comparing(Referent::span));
    Optional<Referent> authorOrganization = authorOrganization(doc, named);
    List<TaggedSentence> out = new ArrayList<>();
    for (AnnotatedSentence s : doc.sentences()) {
      out.add(tag(doc, s, named, authorOrganization));
    }
    return out;
  }

  private TaggedSentence tag(AnnotatedDocument doc, AnnotatedSentence s, List<Referent> named,
      Optional<Referent> authorOrganization) {
    String text = s.span().of(doc.text());
    List<Referent> referents = new ArrayList<>(named.stream().filter(r -> r.span().overlaps(s.span())).toList());
    referents.addAll(anaphorsIn(doc, s, text, named, referents, authorOrganization));
    referents.sort(Comparator.comparing(Referent::span));
    // Titles on CoreNLP's words: 外交部 长期 holds no 部长; a name may be glued on (首席技术官王海峰).
    List<Referent> people = referents.stream().filter(r -> r.type() == EntityType.PERSON).toList();
    List<TitleLexicon.Found> foundTitles = titles.find(text, s.span().begin(), s.tokens(),
        at -> people.stream().anyMatch(r -> r.span().begin() == at));
    List<TimeExpression> times = TimeExpressions.find(text, s.span().begin(), doc.document().date());

    List<String> tags = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      tags.add(endsTheSentence(tokens, i) ? tagFor(t, List.of(), foundTitles, times)
          : tagFor(t, referents, foundTitles, times));
    }
    return new TaggedSentence(s, text, tags, referents, foundTitles, times);
  }

  /**
   * The full stop of a sentence that ends in an abbreviation ("in Fresno, Calif."), perhaps before closing quotes:
   * the tokenizer adds it as a token of its own over the abbreviation's period; it ends the sentence, not the name.
   */
  private static boolean endsTheSentence(List<Token> tokens, int i) {
    if (!tokens.get(i).word().equals(".")) {
      return false;
    }
    return tokens.subList(i + 1, tokens.size()).stream().allMatch(t -> t.word().matches("[\"'”’)\\]]+|''"));
  }

  private static String tagFor(Token t, List<Referent> referents, List<TitleLexicon.Found> titles,
      List<TimeExpression> times) {
    String topic = null;
    for (Referent r : referents) {
      if (r.span().overlaps(t.span())) {
        if (r.type() != EntityType.TOPIC) {
          return tagOf(r.type());
        }
        topic = "TOPIC";
      }
    }
    // A title outranks a topic inside it: the AI in 首席AI科学家.
    if (titles.stream().anyMatch(f -> f.span().overlaps(t.span()))) {
      return "TITLE";
    }
    if (topic != null) {
      return topic;
    }
    if (times.stream().anyMatch(d -> d.span().overlaps(t.span()))) {
      return "DATE";
    }
    return NUMERIC.contains(t.ner()) ? t.ner() : "O";
  }

  /** Anaphors in the sentence not already covered by a mention, each resolved or left out. */
  private List<Referent> anaphorsIn(AnnotatedDocument doc, AnnotatedSentence s, String text, List<Referent> named,
      List<Referent> covered, Optional<Referent> authorOrganization) {
    List<Referent> found = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (Anaphor a : anaphors) {
        Optional<Span> span = matchAt(tokens, i, a, text, s.span().begin());
        if (span.isEmpty()) {
          continue;
        }
        Span at = span.get();
        if (covered.stream().anyMatch(r -> r.span().overlaps(at)) || found.stream().anyMatch(r -> r.span().overlaps(at))) {
          break;
        }
        resolve(a, at, s, named, authorOrganization, doc.text())
            .ifPresent(r -> found.add(new Referent(r.entityKey(), r.type(), at, s.index(), true)));
        break;
      }
    }
    return found;
  }

  /** The anaphor's span when its form starts at token {@code i} and ends on a token boundary. */
  private static Optional<Span> matchAt(List<Token> tokens, int i, Anaphor a, String text, int base) {
    Token first = tokens.get(i);
    if (!text.startsWith(a.form(), first.span().begin() - base) || (a.opening() && !opensClause(tokens, i))) {
      return Optional.empty();
    }
    int end = first.span().begin() + a.form().length();
    for (int j = i; j < tokens.size(); j++) {
      if (tokens.get(j).span().end() == end) {
        boolean posFits = a.pos().equals("*") || (j == i && first.pos().equals(a.pos()));
        return posFits ? Optional.of(new Span(first.span().begin(), end)) : Optional.empty();
      }
      if (tokens.get(j).span().end() > end) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of("，", ",", "；", ";");

  private static boolean opensClause(List<Token> tokens, int i) {
    return i == 0 || CLAUSE_BREAKS.contains(tokens.get(i - 1).word());
  }

  /**
   * An agent inside a clause that describes a noun (由X控股的企业, 被X收购的公司), up to the comma before the anaphor: it
   * is not what the sentence is about, so 其 after the comma does not point to it.
   */
  private static final Pattern AGENT_OF_MODIFIER = Pattern.compile("[^，,。；;]{1,10}的[^，,。；;]{0,10}[，,]\\s*$");
  private static final Pattern AGENT_MARKER = Pattern.compile("(?:由|被|受)$");

  private static boolean agentOfModifier(String text, Referent r, Span anaphor) {
    return r.span().end() < anaphor.begin()
        && AGENT_MARKER.matcher(text.substring(Math.max(0, r.span().begin() - 1), r.span().begin())).find()
        && AGENT_OF_MODIFIER.matcher(text.substring(r.span().end(), anaphor.begin())).matches();
  }

  private static Optional<Referent> resolve(Anaphor a, Span at, AnnotatedSentence current, List<Referent> named,
      Optional<Referent> authorOrganization, String text) {
    int sentence = current.index();
    if (a.choice() == Choice.AUTHOR) {
      return authorOrganization;
    }
    List<Referent> before = named.stream()
        .filter(r -> r.span().end() <= at.begin() && a.fits(r.type()) && !r.anaphor())
        .toList();
    if (a.choice() == Choice.RECENT) {
      // Types are listed most likely first: the nearest of the first type that has one in reach wins; a name in a
      // prepositional phrase of the same sentence (凭借Y, 在Y) yields to one named before it outside any, as the
      // clause's topic (X借助Y完成了融资，其创始人…: 其 is X).
      for (boolean prepositionalToo : new boolean[] {false, true}) {
        for (EntityType type : a.types()) {
          for (int k = before.size() - 1; k >= 0; k--) {
            Referent r = before.get(k);
            if (r.sentence() < sentence - a.reach()) {
              break;
            }
            if ((r.type() == type || (type == EntityType.ORGANIZATION && r.type().isOrganization()))
                && !agentOfModifier(text, r, at)
                && (prepositionalToo || r.sentence() != sentence || !inPrepositionalPhrase(current, r))) {
              return Optional.of(r);
            }
          }
        }
      }
      return Optional.empty();
    }
    // SALIENT: among entities named within reach, the one named most often so far; ties go to the nearest.
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Referent> last = new HashMap<>();
    for (Referent r : before) {
      counts.merge(r.entityKey(), 1, Integer::sum);
      last.put(r.entityKey(), r);
    }
    if (a.choice() == Choice.SOLE) {
      return soleReferent(before, counts, sentence - a.reach());
    }
    return last.values().stream()
        .filter(r -> r.sentence() >= sentence - a.reach())
        .max(Comparator.comparing((Referent r) -> counts.get(r.entityKey())).thenComparing(r -> r.span().begin()));
  }

  /**
   * Chinese coverbs, which the parser may read as a clause's verb: 通过 "by means of, through", 经由 "via", 借助 and
   * 凭借 "relying on" (CC-CEDICT). A name right after one is their object, not the clause's topic.
   */
  private static final Set<String> COVERBS = Set.of("通过", "经由", "借助", "凭借");

  /**
   * Whether {@code r} is the object of a preposition: the parse gives one of its words a case dependent tagged P or
   * IN, or a coverb stands right before it.
   */
  private static boolean inPrepositionalPhrase(AnnotatedSentence s, Referent r) {
    List<Token> tokens = s.tokens();
    boolean afterCoverb = tokens.stream()
        .anyMatch(t -> t.span().end() == r.span().begin() && COVERBS.contains(t.word()));
    return afterCoverb || s.dependencies().stream().anyMatch(d -> d.relation().equals("case") && d.governor() >= 0
        && r.span().contains(tokens.get(d.governor()).span()) && !r.span().contains(tokens.get(d.dependent()).span())
        && tokens.get(d.dependent()).pos().matches("P|IN"));
  }

  /**
   * SOLE: the one entity clearly meant, as for the rules' subject=SOLE: named more often than any other fitting one so
   * far and the last of them named before the word (a second organization named in between, or two named equally
   * often, leave it unclear), named within reach.
   */
  private static Optional<Referent> soleReferent(List<Referent> before, Map<String, Integer> counts, int fromSentence) {
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Referent lastNamed = before.get(before.size() - 1);
    return Antecedents.namedMostOften(counts, lastNamed.entityKey()) && lastNamed.sentence() >= fromSentence
        ? Optional.of(lastNamed) : Optional.empty();
  }

  private static Optional<Referent> authorOrganization(AnnotatedDocument doc, List<Referent> named) {
    return doc.document().paragraphs().stream()
        .filter(p -> p.role() == Paragraph.Role.BYLINE)
        .findFirst()
        .flatMap(p -> named.stream().filter(r -> r.type().isOrganization() && p.span().contains(r.span())).findFirst());
  }
}
