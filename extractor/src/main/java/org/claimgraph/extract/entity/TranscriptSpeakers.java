package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/** The pass of {@link LayeredMentionFinder} that names the speakers of a transcript by their line labels. */
final class TranscriptSpeakers {
  private TranscriptSpeakers() {}

  /**
   * "Jane Doe: …" or "JANE DOE: …" at the start of a line: a transcript or Q&A names who speaks by two or three
   * capitalized words before a colon. NER reads such a name in pieces when its first word is also a place (Austin,
   * Denver) and often misses names in capitals. A label is taken only in a document with two or more such lines, at
   * least one of which NER reads as a person's name, so a heading like "Key Points:" in an ordinary article is not.
   */
  private static final Pattern SPEAKER_LINE = Pattern.compile(
      "(?m)^(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})(?: \\([A-Z]{1,4}\\))?:[ \t]+\\S");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> labels = new ArrayList<>();
    boolean namedByNer = false;
    for (Matcher m = SPEAKER_LINE.matcher(text); m.find(); ) {
      Span label = new Span(m.start("name"), m.end("name"));
      List<Token> tokens = doc.sentences().get(doc.sentenceAt(label.begin())).tokens().stream()
          .filter(t -> t.span().overlaps(label)).toList();
      if (tokens.isEmpty() || tokens.stream().anyMatch(t -> !t.pos().startsWith("NNP") && !t.word().equals("-"))) {
        continue;
      }
      namedByNer |= tokens.stream().anyMatch(t -> t.ner().equals("PERSON"));
      labels.add(label);
    }
    if (labels.size() < 2 || !namedByNer) {
      return;
    }
    for (Span label : labels) {
      List<Mention> inside = accepted.stream().filter(a -> a.span().overlaps(label)).toList();
      // A known organization or product speaking ("Acme: we disagree") keeps its own name; a place's name is also
      // a given name (Austin, Denver), so NER's or the place lexicon's reading of one word yields.
      if (inside.stream().anyMatch(a -> !label.contains(a.span()) || a.source() != Mention.Source.NER
          && a.type() != EntityType.PLACE && a.type() != EntityType.PERSON && a.type() != EntityType.TOPIC)) {
        continue;
      }
      accepted.removeAll(inside);
      accepted.add(new Mention(label, label.of(text), EntityType.PERSON, doc.sentenceAt(label.begin()),
          Mention.Source.PATTERN));
    }
  }

  /**
   * "周姐：…", "阿鹿：…", "青禾：…" opening a paragraph: Chinese interviews and live-stream write-ups label each turn
   * with the speaker, often by a pen name, a nickname or a given name alone that NER does not read as a name.
   */
  private static final Pattern HAN_LABEL_LINE = Pattern.compile(
      "(?m)^[ \t\u3000]*(?<name>\\p{IsHan}{2,4}|[A-Z][a-z]{1,11})[：:][ \t]*\\S");
  /**
   * A nickname or familiar name: 老张, 小王, 阿强 (Wiktionary 老 "prefix for a surname, familiar", 小 "prefix for a
   * younger person's surname", 阿 "prefix for names"), 林哥, 李姐, 王总 (哥 "elder brother", 姐 "elder sister", 总 "boss"
   * after a name), 周小姐, 张先生, 李女士, 王老师.
   */
  private static final Pattern NICKNAME = Pattern.compile(
      "[老小阿]\\p{IsHan}|\\p{IsHan}{1,2}(?:哥|姐|总|小姐|先生|女士|老师)");
  /**
   * Labels of a transcript's roles, not of anyone by name: 记者 "reporter", 主持人 "host", 嘉宾 "guest", 观众 and 听众
   * "audience", 网友 "netizen", 提问 "question", 回答 "answer", 编者 "editor", 旁白 "narrator", 采访者 and 受访者
   * "interviewer" and "interviewee", 小结 "summary" (a nickname by its shape); Host, Guest, Reporter, Moderator.
   */
  private static final Set<String> ROLE_LABELS = Set.of("记者", "主持人", "主持", "嘉宾", "观众", "听众", "网友", "提问",
      "回答", "编者", "编者按", "旁白", "采访者", "受访者", "小编", "小结", "读者", "老师", "学生", "专家", "主讲人", "提问者",
      "Host", "Guest", "Reporter", "Moderator", "Interviewer", "Audience", "Question", "Answer", "Note", "Update",
      "Source", "Editor");

  /** Parts of speech no name takes: adverbs, prepositions, numbers, pronouns, time words (其次：, 第一：, 上午：). */
  private static final Pattern FUNCTION_TAGS = Pattern.compile("AD|P|CD|OD|PN|DT|LC|M|CC|CS|VC|VE|DEG|DEC|AS|SP|PU|NT");

  /**
   * A label that opens two or more paragraphs of a Chinese transcript, before a colon, taking turns with another
   * label, is a person speaking when it is no role, title, other entity's name or function word, and it or the label
   * it takes turns with reads as a person's name (one NER tags, a nickname, a surname and a name the tagger does not
   * call a common noun, or characters the segmenter split one by one as it does an unknown name). A heading repeated
   * as a label (观点：…, 深圳：…) takes no turns, or is a noun or a place.
   */
  static void addHanLabels(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    List<Span> lines = new ArrayList<>();
    for (Matcher m = HAN_LABEL_LINE.matcher(text); m.find(); ) {
      lines.add(new Span(m.start("name"), m.end("name")));
    }
    Map<String, List<Span>> byName = new LinkedHashMap<>();
    lines.forEach(l -> byName.computeIfAbsent(l.of(text), k -> new ArrayList<>()).add(l));
    Set<String> candidates = new HashSet<>();
    Set<String> named = new HashSet<>();
    for (Map.Entry<String, List<Span>> e : byName.entrySet()) {
      String name = e.getKey();
      boolean role = ROLE_LABELS.contains(name) || titles.find(name, 0).stream()
          .anyMatch(t -> t.text().length() == name.length());
      if (role) {
        continue;
      }
      if (e.getValue().stream().allMatch(l -> accepted.stream().anyMatch(a -> a.span().equals(l)
          && a.type() == EntityType.PERSON))) {
        named.add(name); // a person already
        continue;
      }
      if (e.getValue().size() >= 2 && candidate(doc, accepted, e.getValue())) {
        candidates.add(name);
        if (readsAsName(doc, name, e.getValue())) {
          named.add(name);
        }
      }
    }
    for (String name : candidates) {
      Set<String> partners = partners(lines, name, text);
      if (!named.contains(name) && partners.stream().noneMatch(named::contains) || partners.isEmpty()) {
        continue;
      }
      for (Span label : byName.get(name)) {
        if (accepted.stream().anyMatch(a -> a.span().equals(label) && a.type() == EntityType.PERSON)) {
          continue;
        }
        accepted.removeIf(a -> a.span().overlaps(label));
        accepted.add(new Mention(label, label.of(text), EntityType.PERSON, doc.sentenceAt(label.begin()),
            Mention.Source.PATTERN));
      }
    }
  }

  /** The labels whose lines come between two lines of {@code name}: those it takes turns with. */
  private static Set<String> partners(List<Span> lines, String name, String text) {
    Set<String> partners = new HashSet<>();
    Set<String> between = new HashSet<>();
    boolean seen = false;
    for (Span line : lines) {
      String label = line.of(text);
      if (label.equals(name)) {
        if (seen) {
          partners.addAll(between);
        }
        seen = true;
        between.clear();
      } else {
        between.add(label);
      }
    }
    return partners;
  }

  /**
   * No other entity's name (星河科技：, 深圳：), no word cut in two, and a function word nowhere; a name the tagger
   * does not know may take a function word's tag in one line and a noun's in the next (青禾/AD, 青禾/NN).
   */
  private static boolean candidate(AnnotatedDocument doc, List<Mention> accepted, List<Span> labels) {
    boolean content = false;
    for (Span label : labels) {
      if (accepted.stream().anyMatch(a -> a.span().overlaps(label) && (!label.contains(a.span())
          || a.type() != EntityType.PERSON && a.type() != EntityType.TOPIC))) {
        return false;
      }
      List<Token> tokens = tokensOf(doc, label);
      if (tokens.isEmpty() || tokens.stream().anyMatch(t -> !label.contains(t.span()))) {
        return false;
      }
      content |= tokens.stream().noneMatch(t -> FUNCTION_TAGS.matcher(t.pos()).matches());
    }
    return content;
  }

  private static boolean readsAsName(AnnotatedDocument doc, String name, List<Span> labels) {
    if (name.matches("[A-Za-z]+")) {
      return labels.stream().allMatch(l -> tokensOf(doc, l).stream().allMatch(t -> t.pos().equals("NNP")));
    }
    if (NICKNAME.matcher(name).matches()) {
      return true;
    }
    for (Span label : labels) {
      List<Token> tokens = tokensOf(doc, label);
      if (tokens.stream().anyMatch(t -> t.ner().equals("PERSON") || t.pos().equals("NR"))
          || tokens.size() > 1 && tokens.stream().allMatch(t -> t.word().length() == 1)
          || name.length() <= 3 && NamePatterns.startsWithSurname(name)
          && tokens.stream().noneMatch(t -> t.pos().startsWith("NN"))) {
        return true;
      }
    }
    return false;
  }

  private static List<Token> tokensOf(AnnotatedDocument doc, Span label) {
    int sentence = doc.sentenceAt(label.begin());
    return sentence < 0 ? List.of() : doc.sentences().get(sentence).tokens().stream()
        .filter(t -> t.span().overlaps(label)).toList();
  }
}
