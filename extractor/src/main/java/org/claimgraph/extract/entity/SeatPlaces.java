package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.corenlp.KbpGazetteer;

/**
 * The pass of {@link LayeredMentionFinder} that names the places a Chinese institute, hospital or association's name
 * opens with (苏州市 in 苏州市人工智能研究院; 江西省 and 南昌市 in 江西省南昌市第三人民医院): guideline 8.2 reads a place
 * below country level in an organization's own name as its seat, so each is a place of its own, nested in the name,
 * and the relation stage places the body in the last of them. Not a public body's or a school's place, which is its
 * jurisdiction or part of its proper name ({@link #JURISDICTION_OR_SCHOOL}), nor a company's (companies are left to
 * the company passes), nor a country (中国某某研究院 is a nationality). The places are those CoreNLP's Chinese KBP
 * gazetteer knows as a city or a province, also with 市 or 省 after them.
 */
public final class SeatPlaces {
  /**
   * Names of public bodies, whose place is the jurisdiction they govern, and of schools and their units (an academy of
   * sciences, 科学院, is a research body, not a school).
   */
  public static final Pattern JURISDICTION_OR_SCHOOL = Pattern.compile(
      ".*(?:政府|当局|當局|立法[会會]|议会|議會|局|署|厅|廳|部|委员会|委員會|法院|检察院|檢察院|党|黨"
          + "| (?:[Gg]overnment|[Aa]dministration))"
          + "|.*(?:大学|大學|(?<![科])学院|(?<![科])學院|学校|學校|中学|小学|University|College|School).*");
  /** Which places a name may open with: the lengths tried, longest first. */
  private static final int LONGEST_PLACE = 5;
  private static final int SHORTEST_PLACE = 2;
  /** What must follow the places in the name: a name of its own. */
  private static final int MIN_REST = 3;
  private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}+");
  private static final Pattern ADDRESS_UNIT = Pattern.compile(".*[省市州县縣区區]");
  private static final Set<String> BELOW_COUNTRY = Set.of("CITY", "STATE_OR_PROVINCE");

  private SeatPlaces() {}

  /** The gazetteer's cities and provinces by name, read once. */
  private static final class Gazetteer {
    static final Map<String, String> KINDS = KbpGazetteer.classesOf(KbpGazetteer.CHINESE, BELOW_COUNTRY);
  }

  /** Adds the places opening each seated body's name, when no mention is there already. */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention body : List.copyOf(accepted)) {
      boolean seated = (body.type() == EntityType.ORGANIZATION || body.type() == EntityType.RESEARCH_ORGANIZATION)
          && body.source() != Mention.Source.COREFERENCE && HAN_NAME.matcher(body.text()).matches()
          && !JURISDICTION_OR_SCHOOL.matcher(body.text()).matches();
      if (!seated) {
        continue;
      }
      int at = body.span().begin();
      for (int end = placeEnd(text, at, body.span().end(), true); end > 0;
          end = placeEnd(text, at, body.span().end(), false)) {
        Span place = new Span(at, end);
        if (accepted.stream().noneMatch(m -> m != body && m.span().overlaps(place) && !m.span().contains(place))) {
          if (accepted.stream().noneMatch(m -> m.span().equals(place))) {
            accepted.add(new Mention(place, place.of(text), EntityType.PLACE, doc.sentenceAt(at),
                Mention.Source.PATTERN));
          }
        }
        at = end;
      }
    }
  }

  /**
   * The end of the longest city or province at {@code begin} that leaves a name before {@code end}, or -1. A place
   * after another is written with its unit word, as in an address (河北省张家口市), not a name that opens the body's own
   * (北京市朝阳医院: 朝阳 is the hospital's name).
   */
  private static int placeEnd(String text, int begin, int end, boolean first) {
    for (int e = Math.min(begin + LONGEST_PLACE, end - MIN_REST); e >= begin + SHORTEST_PLACE; e--) {
      String name = text.substring(begin, e);
      if ((first || ADDRESS_UNIT.matcher(name).matches()) && isCityOrProvince(name)) {
        return e;
      }
    }
    return -1;
  }

  /** A city or province by the gazetteer, also written with its unit word (北京市, 河北省). */
  static boolean isCityOrProvince(String name) {
    return Gazetteer.KINDS.containsKey(name)
        || name.length() > SHORTEST_PLACE && name.matches(".*[市省]") && Gazetteer.KINDS.containsKey(
            name.substring(0, name.length() - 1));
  }
}
