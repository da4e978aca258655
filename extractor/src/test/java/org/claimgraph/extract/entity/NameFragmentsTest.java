package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.entity.HandTagged.document;
import static org.claimgraph.extract.entity.HandTagged.w;

import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * The tag evidence {@link NameFragments} reads across sentences, on hand-tagged sentences in the shapes CoreNLP gives
 * (a name tagged a common noun in one sentence and a proper noun in another; a Latin word NER calls a person once).
 */
class NameFragmentsTest {
  @Test
  void aNameTaggedAProperNounInOneSentenceIsANameInAll() {
    AnnotatedDocument doc = document(
        List.of(w("2015年", "NT", "DATE"), w("，", "PU"), w("罗航", "NN", "PERSON"), w("加入", "VV"), w("百川", "NR"),
            w("。", "PU")),
        List.of(w("罗航", "NR"), w("后来", "AD"), w("回忆", "VV"), w("。", "PU")));
    assertThat(NameFragments.hanNamesByTheirTags(doc)).contains("罗航", "百川").doesNotContain("回忆");
  }

  @Test
  void aNameNerCallsAPersonInTwoSentencesIsAName() {
    AnnotatedDocument once = document(
        List.of(w("罗航", "NN", "PERSON"), w("加入", "VV"), w("公司", "NN"), w("。", "PU")),
        List.of(w("罗航", "NN"), w("回忆", "VV"), w("。", "PU")));
    AnnotatedDocument twice = document(
        List.of(w("罗航", "NN", "PERSON"), w("加入", "VV"), w("公司", "NN"), w("。", "PU")),
        List.of(w("罗航", "NN", "PERSON"), w("回忆", "VV"), w("。", "PU")));
    assertThat(NameFragments.hanNamesByTheirTags(once)).doesNotContain("罗航");
    assertThat(NameFragments.hanNamesByTheirTags(twice)).contains("罗航");
  }

  @Test
  void aLatinWordNerCallsAPersonLessOftenThanNotIsNoPerson() {
    AnnotatedDocument doc = document(
        List.of(w("今年", "NT", "DATE"), w("是", "VC"), w("Robovan", "NR", "PERSON"), w("元年", "NT"), w("。", "PU")),
        List.of(w("三", "CD"), w("款", "M"), w("Robovan", "NR", "MISC"), w("亮相", "VV"), w("。", "PU")),
        List.of(w("推进", "VV"), w("Robovan", "NR"), w("量产", "VV"), w("。", "PU")),
        List.of(w("Altman", "NR", "PERSON"), w("表示", "VV"), w("。", "PU")));
    assertThat(NameFragments.latinWordsNotPeople(doc)).containsExactly("Robovan");
  }
}
