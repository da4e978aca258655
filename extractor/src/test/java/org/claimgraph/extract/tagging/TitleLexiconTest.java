package org.claimgraph.extract.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.relation.RecordedCase;
import org.claimgraph.extract.tagging.TitleLexicon.Found;
import org.claimgraph.extract.tagging.TitleLexicon.Role;
import org.junit.jupiter.api.Test;

class TitleLexiconTest {
  private final TitleLexicon titles = TitleLexicon.load();

  @Test
  void findsTheLongestTitleAndItsRole() {
    List<Found> found = titles.find("腾讯创始人兼首席执行官马化腾与Meta首席AI科学家", 0);
    assertThat(found).extracting(Found::text).containsExactly("创始人", "首席执行官", "首席AI科学家");
    assertThat(found).extracting(Found::role).containsExactly(Role.FOUNDER, Role.CEO, Role.CHIEF_SCIENTIST);
  }

  @Test
  void anyOtherTitleIsAJobTitle() {
    assertThat(titles.find("牛津大学计算机科学教授", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("教授", Role.TITLE));
  }

  @Test
  void latinTitlesNeedWordBoundaries() {
    assertThat(titles.find("OpenAI CEO Sam Altman", 0)).extracting(Found::role).containsExactly(Role.CEO);
    assertThat(titles.find("CEOX and SCEO", 0)).isEmpty();
  }

  @Test
  void coinedChiefOfficerTitlesAreJobTitles() {
    // Companies coin C-suite titles the lexicon cannot list; a listed one of the same length keeps its role.
    assertThat(titles.find("Ana Ruiz, chief loyalty officer at Vexa, and the Chief Data & Insights Officer", 0))
        .extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("chief loyalty officer", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("Chief Data & Insights Officer", Role.TITLE));
    assertThat(titles.find("its chief executive officer", 0)).extracting(Found::role).containsExactly(Role.CEO);
    // Not across a clause: the chief reason is no title, nor a title run into another one's.
    assertThat(titles.find("the chief reason the officer left", 0)).extracting(Found::text)
        .containsExactly("chief");
    assertThat(titles.find("chief executive and chief risk officer", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("chief executive", Role.CEO),
            org.assertj.core.groups.Tuple.tuple("chief risk officer", Role.TITLE));
  }

  @Test
  void spansAreShiftedByTheOffset() {
    assertThat(titles.find("其总裁", 10)).extracting(f -> f.span().begin()).containsExactly(11);
  }

  @Test
  void officersAndTheirRegionalFormsAreJobTitles() {
    // 財務長, as Taiwan writes a chief financial officer, is matched in the Simplified reading of the article.
    assertThat(titles.find("某芯片公司财务长、首席法务官与某银行的Chief Legal Officer", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("财务长", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("首席法务官", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("Chief Legal Officer", Role.TITLE));
  }

  @Test
  void generalTitlesOfOfficersResearchersAndOfficialsAreKnown() {
    // Whole forms, so a rank (Associate) or a Taiwan officer's form (营运长 as 營運長 reads) stays in the title.
    assertThat(titles.find("某大学Associate Professor、某公司Chief Technical Officer与General Manager", 0))
        .extracting(Found::text).containsExactly("Associate Professor", "Chief Technical Officer", "General Manager");
    assertThat(titles.find("某组织总干事、某公司副总监和协理、某检察院检察长", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("总干事", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("副总监", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("协理", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("检察长", Role.TITLE));
  }

  @Test
  void shortOfficialTitlesAreWordOnly() {
    // 主委, 次长, 财长 and 委员 run into 民主委员会, 这次长达, 理财长期 as plain text.
    for (String text : List.of("民主委员会", "这次长达三小时", "理财长期收益", "某委员会")) {
      assertThat(titles.find(text, 0)).as(text).isEmpty();
    }
  }

  @Test
  void noTitleHidesInAPlaceOrAPhraseOfTime() {
    // 省长, 州长, 司长, 议长 and 大使 are word-only forms: plain text, read without CoreNLP's words, never finds them,
    // as there they would cut the name before them short.
    for (String text : List.of("湖南省长沙市", "福州长乐区", "某某公司长期亏损", "会议长达三小时", "驻美大使馆")) {
      assertThat(titles.find(text, 0)).as(text).isEmpty();
    }
  }

  @Test
  void governmentTitlesAreFoundOnCoreNlpsWords() {
    // Recorded segmentation: 商务部 部长 王明, 国务院 副总理 张国华, 星河 日报社 社长 李华.
    assertThat(recordedTitles("org-title-person+minister")).containsExactly("部长");
    assertThat(recordedTitles("org-title-person+vice-premier")).containsExactly("副总理");
    assertThat(recordedTitles("org-title-person+press-head")).containsExactly("社长");
  }

  @Test
  void noTitleHidesAcrossCoreNlpsWords() {
    // 外交部 长期, 湖南省 长沙市, 该 公司 长期, 大使馆 发言人: 部长, 省长, 司长 and 大使 cross a word boundary.
    assertThat(recordedTitles("org-title-person-ministry-long-term")).isEmpty();
    assertThat(recordedTitles("org-title-person-place-before-a-city")).containsExactly("创始人");
    assertThat(recordedTitles("org-title-person-long-standing-partner")).isEmpty();
    assertThat(recordedTitles("org-title-person+embassy-spokesperson")).containsExactly("发言人");
  }

  @Test
  void aTitleMayEndTheWordItStartsInOrRunIntoAGluedName() {
    // 部部长 after 商务: the ministry's last character glued to the title.
    assertThat(titlesOn(List.of("商务", "部部长", "王明"), List.of("NN", "NN", "NR"), List.of("O", "O", "PERSON")))
        .containsExactly("部长");
    // 技术官王海峰 as one word: a name glued to the title keeps it, as in plain text.
    assertThat(titlesOn(List.of("百度", "首席", "技术官王海峰"), List.of("NR", "JJ", "NR"), List.of("ORGANIZATION", "O",
        "PERSON"))).containsExactly("首席技术官");
    // 省长沙市 as one word is a city, no name: 湖南 省长沙市 holds no 省长.
    assertThat(titlesOn(List.of("湖南", "省长沙市"), List.of("NR", "NR"), List.of("STATE_OR_PROVINCE", "CITY")))
        .isEmpty();
    // A title already in the lexicon obeys the words too: 会 长期 holds no 会长.
    assertThat(titlesOn(List.of("开源", "会", "长期", "共存"), List.of("NN", "VV", "AD", "VV"), List.of("O", "O", "O",
        "O"))).isEmpty();
  }

  @Test
  void wordOnlyTitlesAreNotFoundInPlainText() {
    assertThat(titles.find("商务部部长王明", 0)).isEmpty();
    assertThat(titles.find("商务部部长王明", 0, List.of(), at -> false)).isEmpty();
  }

  @Test
  void aChainOfTitlesOnWordsReachesBackToTheOrganization() {
    // 商务部 副部长 王明: the chain before the name starts at 副部长; plain text has no 副部长 (a word-only form).
    List<String> words = List.of("商务部", "副部长", "王明");
    List<Token> tokens = tokensOf(words, List.of("NN", "NN", "NR"), List.of("ORGANIZATION", "O", "PERSON"));
    assertThat(titles.chainStart("商务部副部长王明", 6, tokens)).isEqualTo(3);
    assertThat(titles.chainStart("商务部副部长王明", 6)).isEqualTo(6);
    // 外交部 长期: no 部长 ends at the word after it.
    List<Token> longTerm = tokensOf(List.of("外交部", "长期"), List.of("NN", "AD"), List.of("ORGANIZATION", "O"));
    assertThat(titles.chainStart("外交部长期", 4, longTerm)).isEqualTo(4);
  }

  private List<String> recordedTitles(String id) {
    RecordedCase c = RecordedCase.load("/fixtures/relation/roles.json").stream().filter(r -> r.id().equals(id))
        .findFirst().orElseThrow();
    List<String> out = new ArrayList<>();
    String text = c.document().text();
    for (AnnotatedSentence s : c.document().sentences()) {
      titles.find(s.span().of(text), s.span().begin(), s.tokens(), at -> false).forEach(f -> out.add(f.text()));
    }
    return out;
  }

  private List<String> titlesOn(List<String> words, List<String> tags, List<String> ners) {
    return titles.find(String.join("", words), 0, tokensOf(words, tags, ners), x -> false).stream().map(Found::text)
        .toList();
  }

  private static List<Token> tokensOf(List<String> words, List<String> tags, List<String> ners) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      tokens.add(new Token(i, words.get(i), new Span(at, at + words.get(i).length()), tags.get(i), ners.get(i)));
      at += words.get(i).length();
    }
    return tokens;
  }
}
