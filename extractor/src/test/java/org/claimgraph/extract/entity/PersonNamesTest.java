package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.entity.HandTagged.document;
import static org.claimgraph.extract.entity.HandTagged.w;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

/** Chinese renderings of foreign names, and short names that recur (hand-tagged sentences, invented names). */
class PersonNamesTest {
  private static Mention person(AnnotatedDocument doc, String name, int sentence) {
    int at = doc.text().indexOf(name);
    return new Mention(new Span(at, at + name.length()), name, EntityType.PERSON, sentence, Mention.Source.NER);
  }

  private static List<String> people(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList();
  }

  @Test
  void theProperNounBeforeAPersonsLatinNameInBracketsIsThatPerson() {
    AnnotatedDocument doc = document(List.of(w("执行长", "NN"), w("门罗", "NR"), w("（", "PU"), w("Lucas", "NR"),
        w(" ", "PU"), w("Menro", "NR"), w("）", "PU"), w("表示", "VV"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>(List.of(person(doc, "Lucas Menro", 0)));
    PersonNames.addTransliterationsBeforeLatinNames(doc, accepted);
    assertThat(people(accepted)).containsExactlyInAnyOrder("Lucas Menro", "门罗");
  }

  @Test
  void aCommonNounBeforeABracketedNameIsNoPerson() {
    AnnotatedDocument doc = document(List.of(w("执行长", "NN"), w("（", "PU"), w("Lucas", "NR"), w(" ", "PU"),
        w("Menro", "NR"), w("）", "PU"), w("表示", "VV"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>(List.of(person(doc, "Lucas Menro", 0)));
    PersonNames.addTransliterationsBeforeLatinNames(doc, accepted);
    assertThat(people(accepted)).containsExactly("Lucas Menro");
  }

  @Test
  void asManyCharactersAsTheRomanizationHasSyllables() {
    AnnotatedDocument doc = document(List.of(w("高层", "NN"), w("宋立", "VV"), w("刚", "AD"), w("（", "PU"),
        w("Song", "NN"), w(" ", "PU"), w("Ligang", "NN"), w("，", "PU"), w("音译", "NN"), w("）", "PU"),
        w("表示", "VV"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>();
    PersonNames.addTransliterationsBeforeLatinNames(doc, accepted);
    assertThat(people(accepted)).containsExactly("宋立刚");
    assertThat(PersonNames.syllables("Ligang")).isEqualTo(2);
    assertThat(PersonNames.syllables("Xiang")).isEqualTo(1);
    assertThat(PersonNames.syllables("Smith")).isEqualTo(-1);
  }

  @Test
  void aProperNounWithAFamilyNameAfterAnAgeIsAPerson() {
    AnnotatedDocument doc = document(List.of(w("9", "CD", "NUMBER"), w("岁", "M"), w("的", "DEG"), w("邝乐", "NR"),
        w("在", "P"), w("家", "NN"), w("学会", "VV"), w("了", "AS"), w("编程", "NN"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>();
    PersonNames.addPeopleIntroducedByAge(doc, accepted);
    assertThat(people(accepted)).containsExactly("邝乐");
  }

  @Test
  void aCommonNounAfterAnAgeIsNoPerson() {
    AnnotatedDocument doc = document(List.of(w("9", "CD", "NUMBER"), w("岁", "M"), w("的", "DEG"), w("高手", "NN"),
        w("和", "CC"), w("6", "CD", "NUMBER"), w("岁", "M"), w("的", "DEG"), w("儿子", "NN"), w("都", "AD"),
        w("学会", "VV"), w("了", "AS"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>();
    PersonNames.addPeopleIntroducedByAge(doc, accepted);
    assertThat(people(accepted)).isEmpty();
  }

  @Test
  void aFamilyNameAndATermOfAddressIsAPersonInEitherScript() {
    AnnotatedDocument doc = document(List.of(w("家長", "NN"), w("馮老師", "NR"), w("說", "VV"), w("，", "PU"),
        w("鄰居", "NN"), w("韋", "NR"), w("醫生", "NN"), w("也", "AD"), w("來", "VV"), w("了", "AS"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>();
    PersonNames.addPeopleByTermOfAddress(doc, accepted);
    assertThat(people(accepted)).containsExactly("馮老師", "韋醫生");
  }

  @Test
  void aTermOfAddressAfterAPrepositionOrBeforeAPluralIsNoPerson() {
    AnnotatedDocument doc = document(List.of(w("他", "PN"), w("向", "P"), w("醫生", "NN"), w("道謝", "VV"), w("，", "PU"),
        w("蔣老師們", "NN"), w("都", "AD"), w("笑", "VV"), w("了", "AS"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>();
    PersonNames.addPeopleByTermOfAddress(doc, accepted);
    assertThat(people(accepted)).isEmpty();
  }

  @Test
  void aTwoCharacterPersonsNameRecursWhereItIsAWordOfItsOwn() {
    AnnotatedDocument doc = document(
        List.of(w("执行长", "NN"), w("门罗", "NR"), w("表示", "VV"), w("。", "PU")),
        List.of(w("门罗", "NR"), w("还", "AD"), w("说", "VV"), w("，", "PU"), w("门罗湖", "NR"), w("很", "AD"),
            w("美", "VA"), w("。", "PU")));
    List<Mention> accepted = new ArrayList<>(List.of(person(doc, "门罗", 0)));
    RecurringNames.addTo(doc, accepted);
    assertThat(accepted.stream().filter(m -> m.text().equals("门罗"))).hasSize(2);
  }
}
