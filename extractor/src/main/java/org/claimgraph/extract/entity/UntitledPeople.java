package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/** The pass of {@link LayeredMentionFinder} that finds Chinese people named without a title, by what follows. */
final class UntitledPeople {
  private UntitledPeople() {}

  private static final Set<String> PERSON_SPEECH_VERBS = Set.of("表示", "认为", "指出", "称", "说", "强调", "坦言", "直言",
      "透露", "告诉", "介绍", "回忆", "坦承", "解释", "补充", "提到", "写道", "预测", "感叹");
  private static final Set<String> BEFORE_VERB = Set.of("则", "也", "还", "随后", "曾", "就", "更", "进一步", "同样", "当时",
      "后来", "此前", "早前");
  private static final Set<String> HE_OR_SHE = Set.of("他", "她");
  /** What follows the holder of a view in 在X看来 / 在X眼中 (in X's view, in X's eyes). */
  private static final Pattern VIEW_FRAME = Pattern.compile("^(看来|眼中|眼里|心中|心目中)");
  /** Titles a firm holds as well as a person (红杉是它的投资人, 某律所是公司的顾问): they prove no person. */
  private static final Set<String> HELD_BY_FIRMS = Set.of("投资人", "顾问", "合伙人", "股东");
  /** 之一 "one of" after a title shared by several (联合创始人之一). */
  private static final String ONE_OF = "之一";

  /**
   * A person named with no title, known by what follows: a proper noun of two or three characters opening a clause,
   * right before a verb of saying when it starts with a family name (龚行认为), or before any verb when the next
   * sentence goes on with 他/她 (X离开了团队。他随后…). An uncommon family name alone proves nothing; the context does.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    List<AnnotatedSentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      boolean nextOpensWithHeOrShe = s + 1 < sentences.size() && opensWithHeOrShe(sentences.get(s + 1).tokens());
      for (int i = 0; i + 1 < tokens.size(); i++) {
        boolean afterAt = i > 0 && tokens.get(i - 1).word().equals("在") && tokens.get(i - 1).pos().equals("P")
            && (i == 1 || tokens.get(i - 2).pos().equals("PU"));
        if (i > 0 && !tokens.get(i - 1).pos().equals("PU") && !afterAt) {
          continue;
        }
        // The name is one proper noun, or a rare family name the segmenter cut off its given name (宿/文博).
        Token first = tokens.get(i);
        int end = i + 1;
        if (!first.pos().equals("NR") && first.word().length() == 1 && NOUN.matcher(first.pos()).matches()
            && NOUN.matcher(tokens.get(end).pos()).matches() && tokens.get(end).word().length() <= 2) {
          end++;
        } else if (!first.pos().equals("NR") && !(first.pos().equals("NN") && first.word().length() <= 3
            && NamePatterns.startsWithSurname(first.word()) && givesAnInterview(tokens, end))) {
          continue; // a rare name the tagger calls a common noun counts only before 接受采访, which only people do
        }
        Span span = new Span(first.span().begin(), tokens.get(end - 1).span().end());
        String name = span.of(doc.text());
        if (end >= tokens.size() || !HAN_NAME.matcher(name).matches()
            || tokens.subList(i, end).stream().anyMatch(t -> !t.ner().equals("O") && !t.ner().equals("PERSON"))) {
          continue;
        }
        int verb = end;
        if (verb + 1 < tokens.size() && BEFORE_VERB.contains(tokens.get(verb).word())) {
          verb++;
        }
        Token next = tokens.get(verb);
        boolean speaks = (PERSON_SPEECH_VERBS.contains(next.word()) || givesAnInterview(tokens, verb))
            && NamePatterns.startsWithSurname(name);
        // Not a verb that opens a job title (学而思执行总裁位晨…: 执行 is the title's, the company its holder's).
        boolean goesOnAsAPerson = next.pos().equals("VV") && nextOpensWithHeOrShe
            && !opensTitle(titles, doc.text(), next);
        // 在X看来: a view held by X; 在北京看来 has the place's tag, and a word of two characters there may be a firm's
        // (在蓝海看来), so only a full name of three counts.
        boolean holdsAView = afterAt && name.length() == 3 && NamePatterns.startsWithSurname(name)
            && VIEW_FRAME.matcher(doc.text().substring(span.end())).find();
        boolean holdsATitle = !afterAt && NamePatterns.startsWithSurname(name)
            && isTitleHolder(titles, doc.text(), tokens, end);
        if (afterAt ? holdsAView : speaks || goesOnAsAPerson || holdsATitle) {
          LayeredMentionFinder.add(accepted, doc, span, EntityType.PERSON, Mention.Source.PATTERN);
        }
      }
    }
  }

  /**
   * X是Y的(联合)创始人(之一): the clause from {@code at} is 是, then an organization's 的 and a job title that ends the
   * clause. Only a person holds a job (公司是行业的龙头 has no title).
   */
  private static boolean isTitleHolder(TitleLexicon titles, String text, List<Token> tokens, int at) {
    if (!tokens.get(at).word().equals("是")) {
      return false;
    }
    int clauseEnd = at + 1;
    int lastOf = -1;
    while (clauseEnd < tokens.size() && !tokens.get(clauseEnd).pos().equals("PU")) {
      if (tokens.get(clauseEnd).word().equals("的")) {
        lastOf = clauseEnd;
      }
      clauseEnd++;
    }
    if (lastOf < 0 || lastOf + 1 >= clauseEnd) {
      return false;
    }
    int begin = tokens.get(lastOf + 1).span().begin();
    int end = tokens.get(clauseEnd - 1).span().end();
    String held = text.substring(begin, end);
    String title = held.endsWith(ONE_OF) ? held.substring(0, held.length() - ONE_OF.length()) : held;
    return !title.isEmpty() && titles.find(title, begin).stream().anyMatch(t -> t.span().end() == begin + title.length()
        && !HELD_BY_FIRMS.contains(t.text()));
  }

  /** Whether a job title starts within the word or right after it (执行总裁, 执行董事). */
  private static boolean opensTitle(TitleLexicon titles, String text, Token word) {
    int end = Math.min(text.length(), word.span().end() + 6);
    return titles.find(text.substring(word.span().begin(), end), word.span().begin()).stream()
        .anyMatch(t -> t.span().begin() <= word.span().end());
  }

  /** 接受(了)(X的)采访/专访 from token {@code at}: only a person gives an interview (钱某接受采访时称). */
  private static boolean givesAnInterview(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).word().startsWith("接受")) {
      return false;
    }
    return tokens.subList(at, Math.min(tokens.size(), at + 5)).stream()
        .anyMatch(t -> t.word().contains("采访") || t.word().contains("专访"));
  }

  private static final Pattern NOUN = Pattern.compile("NN|NR");
  private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,3}");

  private static boolean opensWithHeOrShe(List<Token> tokens) {
    int first = !tokens.isEmpty() && tokens.get(0).word().equals("在") ? 1 : 0; // 在他看来
    return first < tokens.size() && HE_OR_SHE.contains(tokens.get(first).word());
  }
}
