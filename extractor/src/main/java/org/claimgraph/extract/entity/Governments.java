package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * The pass of {@link LayeredMentionFinder} that reads a place or leader before 政府 or 当局 as a government, and in
 * English a place or nationality before "government" and a leader before "administration".
 */
final class Governments {
  private Governments() {}

  /**
   * 台湾当局, 特朗普政府, 意大利政府: a place's or a leader's name followed by one of these is an organization. A
   * military's intelligence service is named so too (俄罗斯军方情报机构, the GRU:
   * https://zh.wikipedia.org/wiki/俄罗斯联邦武装力量总参谋部情报总局): the whole phrase is the body, not the military.
   */
  private static final Pattern GOVERNMENT = Pattern.compile("^(?:政府|当局|军方(?:情报机构|情报部门)?)");

  /**
   * Shanghai government, Rwandan government, Guangdong provincial government: the word after a place or a nationality,
   * perhaps with the tier of government between (https://en.wikipedia.org/wiki/Local_government). Not when a
   * capitalised word goes on (UK Government Digital Service is a longer name) nor in the plural (X and Y governments).
   */
  private static final Pattern ENGLISH_GOVERNMENT = Pattern.compile(" (?:(?:provincial|municipal|state|federal|city|"
      + "central|local|regional|national|county|metropolitan|prefectural) )?[Gg]overnment(?![A-Za-z0-9-]| [A-Z])");
  /** Obama administration: a leader's name before the word names the government he or she led. */
  private static final Pattern ENGLISH_ADMINISTRATION = Pattern.compile(" [Aa]dministration(?![A-Za-z0-9-]| [A-Z])");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    addHan(doc, accepted);
    addEnglishPlaceGovernments(doc, accepted);
    addEnglishNationalityGovernments(doc, accepted);
    addEnglishAdministrations(doc, accepted);
  }

  private static void addHan(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PLACE && m.type() != EntityType.PERSON) {
        continue;
      }
      Matcher g = GOVERNMENT.matcher(text).region(m.span().end(), text.length());
      if (g.lookingAt()) {
        Span span = new Span(m.span().begin(), g.end());
        accepted.remove(m);
        accepted.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, m.sentence(), Mention.Source.PATTERN));
      }
    }
  }

  /** A found place before "government": the place is the government's, and the two words name one body. */
  private static void addEnglishPlaceGovernments(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PLACE || LayeredMentionFinder.HAN.matcher(m.text()).find()) {
        continue;
      }
      Matcher g = ENGLISH_GOVERNMENT.matcher(text).region(m.span().end(), text.length());
      if (g.lookingAt()) {
        Span span = new Span(m.span().begin(), g.end());
        if (accepted.stream().noneMatch(o -> o != m && o.span().overlaps(span))) {
          accepted.remove(m);
          accepted.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, m.sentence(), Mention.Source.PATTERN));
        }
      }
    }
  }

  /**
   * Rwandan government: a capitalised adjective CoreNLP tags as a nationality or, in its English model, as a
   * miscellaneous name (where its demonyms go), before "government".
   */
  private static void addEnglishNationalityGovernments(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!isNationality(t) || i + 1 < tokens.size() && isNationality(tokens.get(i + 1))) {
          continue;
        }
        int first = i;
        while (first > 0 && isNationality(tokens.get(first - 1))
            && tokens.get(first - 1).span().end() + 1 == tokens.get(first).span().begin()) {
          first--; // South Korean, written as two words
        }
        Matcher g = ENGLISH_GOVERNMENT.matcher(text).region(t.span().end(), text.length());
        if (g.lookingAt()) {
          LayeredMentionFinder.add(accepted, doc, new Span(tokens.get(first).span().begin(), g.end()),
              EntityType.ORGANIZATION, Mention.Source.PATTERN);
        }
      }
    }
  }

  private static boolean isNationality(Token t) {
    return (t.ner().equals("NATIONALITY") || t.ner().equals("MISC") && t.pos().equals("JJ"))
        && Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * Joe Biden administration: a person CoreNLP found before "administration" names that government, whole, and stays
   * a person inside it; a known government's shorter name inside (Biden administration) gives way.
   */
  private static void addEnglishAdministrations(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> people = new ArrayList<>();
    for (AnnotatedSentence sentence : doc.sentences()) {
      for (NerMention ner : sentence.nerMentions()) {
        boolean properNouns = sentence.tokens().stream().filter(t -> t.span().overlaps(ner.span()))
            .allMatch(t -> t.pos().startsWith("NNP")); // not "his administration", which NER may tag a person
        if (ner.nerType().equals("PERSON") && properNouns && !LayeredMentionFinder.HAN.matcher(ner.text()).find()) {
          people.add(ner.span());
        }
      }
    }
    for (Span person : people) {
      Matcher a = ENGLISH_ADMINISTRATION.matcher(text).region(person.end(), text.length());
      if (!a.lookingAt()) {
        continue;
      }
      Span span = new Span(person.begin(), a.end());
      List<Mention> overlapped = accepted.stream().filter(o -> o.span().overlaps(span)).toList();
      boolean onlyParts = overlapped.stream().allMatch(o -> span.contains(o.span()) && o.span().length() < span.length()
          && (o.type() == EntityType.PERSON || o.type() == EntityType.ORGANIZATION && o.span().end() == span.end()));
      if (!onlyParts) {
        continue; // Biden-Harris Administration: already found whole
      }
      accepted.removeAll(overlapped);
      int sentence = doc.sentenceAt(span.begin());
      accepted.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, sentence, Mention.Source.PATTERN));
      String name = person.of(text);
      if (name.contains(" ") && !name.contains("-")) {
        // a full name stays a person inside; not a ticket of two surnames (Biden-Harris), which names no one person
        accepted.add(new Mention(person, name, EntityType.PERSON, sentence, Mention.Source.NER));
      }
    }
  }
}
