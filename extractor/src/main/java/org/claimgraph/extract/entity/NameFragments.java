package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.LayeredMentionFinder.HAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Person mentions that are pieces of a longer name. CoreNLP segments an unfamiliar Chinese name differently in each
 * sentence (飞鱼|智行 here, 飞鱼智|行 or 飞|鱼智行 there; 杨龚立新 here, 杨|龚立新 there), and NER takes a piece for a
 * person. Where the longer name, found elsewhere in the document, is written around the piece, the piece is that
 * name. Also a one-word Latin common noun in Chinese text (Chatbot) that NER calls a person in some sentences and
 * leaves untagged in more of the others.
 */
final class NameFragments {
  private NameFragments() {}

  /** Names a person's name is part of without being a piece of them: an event or a work named after a person. */
  private static final Set<EntityType> NAMED_AFTER_PEOPLE = Set.of(EntityType.EVENT, EntityType.WORK,
      EntityType.TOPIC);

  /**
   * Replaces each NER person mention that lies inside an occurrence of a longer accepted name (of a person, an
   * organization, a product, a model or a place) by a mention of that name there. The longer name must be written
   * around the piece in the text, so a person named inside a company's name elsewhere (李宁 and 李宁公司) keeps their
   * own mentions.
   */
  static void replaceWithLongerNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention piece : List.copyOf(accepted)) {
      if (piece.type() != EntityType.PERSON || piece.source() != Mention.Source.NER
          || !HAN.matcher(piece.text()).find() || !accepted.contains(piece)) {
        continue;
      }
      for (Mention longer : List.copyOf(accepted)) {
        if (NAMED_AFTER_PEOPLE.contains(longer.type()) || longer.text().length() <= piece.text().length()
            || longer.span().overlaps(piece.span()) || !longer.text().contains(piece.text())) {
          continue;
        }
        Span around = around(text, piece, longer.text());
        if (around == null || accepted.stream().anyMatch(o -> o != piece && o.span().overlaps(around)
            && !(o.type() == EntityType.TOPIC || isPiece(o, around)))) {
          continue;
        }
        accepted.removeIf(o -> o.span().overlaps(around));
        accepted.add(new Mention(around, longer.text(), longer.type(), piece.sentence(), Mention.Source.PATTERN));
        break;
      }
    }
  }

  private static boolean isPiece(Mention m, Span around) {
    return m.type() == EntityType.PERSON && m.source() == Mention.Source.NER && around.contains(m.span());
  }

  /** The occurrence of {@code name} written around the piece's span, or null. */
  private static Span around(String text, Mention piece, String name) {
    for (int i = name.indexOf(piece.text()); i >= 0; i = name.indexOf(piece.text(), i + 1)) {
      int begin = piece.span().begin() - i;
      if (begin >= 0 && text.startsWith(name, begin)) {
        return new Span(begin, begin + name.length());
      }
    }
    return null;
  }

  /** One capitalised Latin word with lower-case letters after the capital (Chatbot), not an acronym. */
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Z][a-z]+[A-Za-z]*");

  /**
   * In Chinese text, the single Latin words NER tags as a person in fewer sentences than it leaves them untagged or
   * tags them otherwise: a common noun or a brand written in Latin letters, whose tagging wavers with the context,
   * while a person's name is tagged as one wherever it stands.
   */
  static Set<String> latinWordsNotPeople(AnnotatedDocument doc) {
    Map<String, int[]> counts = new HashMap<>();
    for (AnnotatedSentence sentence : doc.sentences()) {
      if (!HAN.matcher(sentence.span().of(doc.text())).find()) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!LATIN_WORD.matcher(t.word()).matches() || latinNeighbour(tokens, i)) {
          continue; // a word of a Latin phrase (Sam Altman) is read with its neighbours
        }
        counts.computeIfAbsent(t.word(), w -> new int[2])[t.ner().equals("PERSON") ? 0 : 1]++;
      }
    }
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (c[0] > 0 && c[1] > c[0]) {
        words.add(word);
      }
    });
    return Set.copyOf(words);
  }

  private static boolean latinNeighbour(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).word().matches("[A-Za-z].*") && tokens.get(i - 1).span().end() + 1
        >= tokens.get(i).span().begin()
        || i + 1 < tokens.size() && tokens.get(i + 1).word().matches("[A-Za-z].*")
        && tokens.get(i).span().end() + 1 >= tokens.get(i + 1).span().begin();
  }

  /** The most characters a name is widened by: one or two of a segmenter's misread words (中 of 中X芯科 read 在…中). */
  private static final int MOST_WIDENED = 2;

  /**
   * Widens an organization's Chinese name found by its shape or NER to the longer run of proper nouns the segmenter
   * reads in another sentence, where that run holds the name and is written around it here too (X芯科 before a title,
   * 中|X芯|科 as proper nouns elsewhere: the segmenter took 中 for the localizer of the words before it once, not
   * everywhere). The extra characters are proper nouns there, not a place, and at most two.
   */
  static void widenToProperNounRuns(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention name : List.copyOf(accepted)) {
      if (!name.type().isOrganization() || name.source() == Mention.Source.LEXICON
          || !name.text().matches("\\p{IsHan}{2,}") || !accepted.contains(name)) {
        continue;
      }
      for (String run : properNounRunsAround(doc, name.text())) {
        Span around = around(text, name, run);
        if (around == null || accepted.stream().anyMatch(o -> o != name && o.span().overlaps(around)
            && !(o.type() == EntityType.TOPIC || isPiece(o, around)))) {
          continue;
        }
        accepted.removeIf(o -> o.span().overlaps(around));
        accepted.add(new Mention(around, run, name.type(), name.sentence(), name.source()));
        break;
      }
    }
  }

  /** The runs of adjacent proper nouns, longer than {@code name} by at most two characters, that hold it somewhere. */
  private static List<String> properNounRunsAround(AnnotatedDocument doc, String name) {
    String text = doc.text();
    List<String> runs = new ArrayList<>();
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int at = text.indexOf(name, sentence.span().begin()); at >= 0 && at < sentence.span().end();
          at = text.indexOf(name, at + 1)) {
        int first = sentence.tokenStartingAt(at);
        int last = lastTokenOver(tokens, at + name.length());
        if (first < 0 || last < 0) {
          continue; // the name starts or ends inside a word here
        }
        while (first > 0 && widensRun(tokens.get(first - 1), tokens.get(first))) {
          first--;
        }
        while (last + 1 < tokens.size() && widensRun(tokens.get(last + 1), tokens.get(last))) {
          last++;
        }
        String run = text.substring(tokens.get(first).span().begin(), tokens.get(last).span().end());
        if (run.length() > name.length() && run.length() <= name.length() + MOST_WIDENED && !runs.contains(run)) {
          runs.add(run);
        }
      }
    }
    return runs;
  }

  private static boolean widensRun(Token next, Token neighbour) {
    return next.pos().equals("NR") && next.word().matches("\\p{IsHan}+") && !NOT_IN_NAME_NER.contains(next.ner())
        && (next.span().end() == neighbour.span().begin() || neighbour.span().end() == next.span().begin());
  }

  /** NER types of words that stand beside a name without being part of it: a place, a demonym, a person. */
  private static final Set<String> NOT_IN_NAME_NER = Set.of("GPE", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
      "FACILITY", "DEMONYM", "PERSON");

  private static int lastTokenOver(List<Token> tokens, int end) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() == end) {
        return i;
      }
    }
    return -1;
  }
  /**
   * Chinese words that the tagger reads as a proper noun somewhere in the document, or that NER calls a person in
   * two sentences or more: a name, wherever else the tagger reads the same characters as a common noun (余X/NN
   * tagged a person, 余X/NR elsewhere).
   */
  static Set<String> hanNamesByTheirTags(AnnotatedDocument doc) {
    Set<String> names = new HashSet<>();
    Map<String, Set<Integer>> personSentences = new HashMap<>();
    for (AnnotatedSentence sentence : doc.sentences()) {
      for (Token t : sentence.tokens()) {
        if (t.pos().equals("NR") && t.word().matches("\\p{IsHan}{2,4}")) {
          names.add(t.word());
        }
      }
      for (NerMention n : sentence.nerMentions()) {
        if (n.nerType().equals("PERSON") && n.text().matches("\\p{IsHan}{2,4}")) {
          personSentences.computeIfAbsent(n.text(), k -> new HashSet<>()).add(sentence.index());
        }
      }
    }
    personSentences.forEach((name, sentences) -> {
      if (sentences.size() >= 2) {
        names.add(name);
      }
    });
    return Set.copyOf(names);
  }
}
