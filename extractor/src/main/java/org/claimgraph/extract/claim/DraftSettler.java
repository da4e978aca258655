package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Turns drafts into claims: one claim per span (the first draft found for it wins), the stance of the whole utterance
 * its parts belong to, and the entities it is about.
 */
final class DraftSettler {
  /**
   * Honorifics and academic titles a surname takes in place of the full name (李博士, 王总, 张教授); source: the
   * address forms of Chinese grammars (Li & Thompson 1981) and Wiktionary 博士, 先生, 女士, 教授, 老师, 总.
   */
  private static final Pattern HONORIFIC = Pattern.compile("(博士|先生|女士|教授|老师|院士|总)$");
  /** A group described by a count of people and a noun for them: 两名来自两党的美国参议员, 这两位议员, 三名高管. */
  private static final Pattern COUNTED_GROUP = Pattern.compile(
      "(?:这|该|上述)?([两二三四五六七八九十]|[0-9]+)(?:名|位|个)\\p{IsHan}*?(\\p{IsHan}{2})");
  private final StanceClassifier stance;

  DraftSettler(StanceClassifier stance) {
    this.stance = stance;
  }

  List<Claim> settle(Article article, List<Draft> drafts) {
    String text = article.text();
    // Parts of one utterance (a quotation interrupted by 他评论道, a statement and the quotation its colon opens)
    // take the stance of the whole: it is the speaker's position, and one part alone may not name the side.
    Map<Object, List<Draft>> utterances = new IdentityHashMap<>();
    for (Draft d : drafts) {
      utterances.computeIfAbsent(d.utterance(), k -> new ArrayList<>()).add(d);
    }
    List<Referent> named = new ArrayList<>();
    article.sentences().forEach(s -> s.referents().stream().filter(r -> !r.anaphor()).forEach(named::add));
    List<Claim> claims = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparing(Draft::span));
    for (Draft d : ordered) {
      if (!seen.add(d.span())) {
        continue;
      }
      StringBuilder whole = new StringBuilder();
      for (Draft part : utterances.get(d.utterance())) {
        whole.append(part.stanceText().isEmpty() ? part.span().of(text) : part.stanceText()).append('。');
      }
      StanceClassifier.Decision decision = stance.classify(whole.toString());
      Claim.Claimant claimant = d.speaker().author() ? d.speaker().claimant()
          : named(article, d.speaker().claimant(), d.span().begin());
      Set<String> about = new LinkedHashSet<>();
      for (Referent r : named) {
        if (d.span().contains(r.span()) && !claimant.entityKey().map(r.entityKey()::equals).orElse(false)) {
          about.add(r.entityKey());
        }
      }
      claims.add(new Claim(d.span(), d.span().of(text), sentenceOf(article.sentences(), d.span().begin()), claimant,
          d.kind(), decision.stance(), d.cue(), decision.cue(), List.copyOf(about), d.rule(),
          d.speaker().confidence()));
    }
    return sameCountedGroup(claims);
  }

  /**
   * 两名来自两党的参议员…, later 两位议员…: described groups of the same number of people with the same kind of
   * person are the same people in one article; they take the description the article uses most for them (the
   * shortest on a tie), so one group speaks all their claims.
   */
  static List<Claim> sameCountedGroup(List<Claim> claims) {
    Map<String, Map<String, Integer>> uses = new HashMap<>();
    for (Claim c : claims) {
      countedGroupKey(c.claimant()).ifPresent(k -> uses.computeIfAbsent(k, x -> new HashMap<>())
          .merge(c.claimant().description(), 1, Integer::sum));
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      Optional<String> key = countedGroupKey(c.claimant());
      if (key.isEmpty() || uses.get(key.get()).size() < 2) {
        out.add(c);
        continue;
      }
      String chosen = uses.get(key.get()).entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparing(e -> -e.getKey().length()))
          .orElseThrow().getKey();
      out.add(new Claim(c.span(), c.text(), c.sentence(), new Claim.Claimant(Optional.empty(), chosen), c.kind(),
          c.stance(), c.cue(), c.stanceCue(), c.about(), c.rule(), c.confidence()));
    }
    return out;
  }

  /** The number and the last two characters of a group described by a count of people (两名…参议员 → 两|议员). */
  private static Optional<String> countedGroupKey(Claim.Claimant claimant) {
    if (claimant.entityKey().isPresent()) {
      return Optional.empty();
    }
    Matcher m = COUNTED_GROUP.matcher(claimant.description().strip());
    return m.matches() ? Optional.of(m.group(1).replace("二", "两") + "|" + m.group(2)) : Optional.empty();
  }

  /**
   * A claimant found through a pronoun or 该公司 is described by a name of its entity (the text of a mention the
   * lexicons or the parser found), not by the pronoun.
   */
  private static Claim.Claimant named(Article article, Claim.Claimant claimant, int at) {
    if (claimant.entityKey().isEmpty()) {
      return fullNameOf(article, claimant.description())
          .or(() -> shortFormOf(article, claimant.description(), at)).orElse(claimant);
    }
    for (Entity e : article.entities()) {
      if (!e.key().equals(claimant.entityKey().get())) {
        continue;
      }
      if (e.type() == EntityType.PERSON && claimant.description().length() <= 2) {
        // 植麟 taken for a person of its own: the given name of 杨植麟, named in full before.
        Optional<Claim.Claimant> full = shortFormOf(article, claimant.description(), at);
        if (full.isPresent()) {
          return full.get();
        }
      }
      boolean pronoun = e.mentions().stream().anyMatch(m -> m.source() == Mention.Source.COREFERENCE
          && m.text().equals(claimant.description()));
      if (pronoun) {
        return e.mentions().stream().filter(m -> m.source() != Mention.Source.COREFERENCE)
            .map(m -> new Claim.Claimant(claimant.entityKey(), m.text())).findFirst().orElse(claimant);
      }
    }
    return claimant;
  }

  /**
   * A speaker named where the tagger marked no mention (at the start of a "NAME：" line, in a title) is the one person
   * the article names with exactly that name elsewhere.
   */
  private static Optional<Claim.Claimant> fullNameOf(Article article, String description) {
    String name = description.strip();
    List<Entity> fits = article.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.source() != Mention.Source.COREFERENCE
            && m.text().equals(name)))
        .toList();
    return fits.size() == 1 ? Optional.of(new Claim.Claimant(Optional.of(fits.get(0).key()), name)) : Optional.empty();
  }

  /**
   * 李博士 / 李 / 开复 for 李开复: a Chinese person named in full earlier is later called by the surname (with an
   * honorific or title) or by the given name; the one person named before {@code at} whose full name fits is meant.
   */
  static Optional<Claim.Claimant> shortFormOf(Article article, String description, int at) {
    String form = HONORIFIC.matcher(description.strip()).replaceFirst("");
    if (!form.matches("\\p{IsHan}{1,3}")) {
      return Optional.empty();
    }
    Claim.Claimant found = null;
    for (Entity e : article.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      Optional<String> full = e.mentions().stream()
          .filter(m -> m.source() != Mention.Source.COREFERENCE && m.span().begin() < at)
          .map(Mention::text).filter(n -> n.matches("\\p{IsHan}{2,4}") && n.length() > form.length())
          .filter(n -> n.startsWith(form) && form.length() <= 2 || n.endsWith(form) && form.length() >= 2)
          .findFirst();
      if (full.isPresent()) {
        if (found != null) {
          return Optional.empty(); // two people fit: the short form does not say which
        }
        found = new Claim.Claimant(Optional.of(e.key()), full.get());
      }
    }
    return Optional.ofNullable(found);
  }

  private static int sentenceOf(List<TaggedSentence> tagged, int offset) {
    int last = 0;
    for (TaggedSentence s : tagged) {
      if (s.sentence().span().begin() <= offset) {
        last = s.index();
      }
    }
    return last;
  }
}
