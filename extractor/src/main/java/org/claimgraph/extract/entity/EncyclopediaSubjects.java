package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;

/**
 * The passes of {@link LayeredMentionFinder} that type what an encyclopedia article is about by what the article says
 * it is: its title's disambiguation (天枢（大语言模型）, Tianshu (language model)) or its lead's copula (天枢（英语：Tianshu）
 * 是由X开发的一系列大型语言模型; Tianshu is a family of large language models). A model's name is no company's or
 * person's, whatever NER made of it, so every mention of that name becomes a model; an English lead about a company
 * makes its subject a company in the same way.
 */
final class EncyclopediaSubjects {
  private EncyclopediaSubjects() {}

  /** Words of a kind that make the subject an AI model. */
  private static final String HAN_MODEL_KIND = "(?:大型语言模型|大语言模型|语言模型|大模型|聊天机器人|对话模型|模型)";
  private static final String LATIN_MODEL_KIND = "(?:language models?|models?|chatbots?|LLMs?)";
  /** A title with its disambiguation: 天枢（大语言模型）, Tianshu (language model). */
  private static final Pattern TITLE_KIND = Pattern.compile("^\\s*(?<name>[^（(\\n]{2,40}?)\\s?[（(](?:[^）)]{0,10}?)"
      + "(?:" + HAN_MODEL_KIND + "|" + LATIN_MODEL_KIND + ")[）)]\\s*$");
  /**
   * Kinds of software, device or craft, in English and Chinese, that make an article's subject a product: an app, an
   * operating system, a video game, a satellite, a rocket. Source: the disambiguations of English Wikipedia's titles
   * (https://en.wikipedia.org/wiki/Wikipedia:Naming_conventions_(software), "(app)", "(satellite)", "(rocket)").
   */
  private static final String PRODUCT_KIND = "(?:mobile app|app|application|software|operating system|web browser|"
      + "browser|search engine|video game|smartphone|satellite|CubeSat|spacecraft|space probe|rocket|launch vehicle|"
      + "应用程序|應用程式|软件|軟件|操作系统|作業系統|卫星|衛星|火箭)";
  /** A title with a product's disambiguation: Tallow (app), Kestrel-3 (satellite). */
  private static final Pattern TITLE_PRODUCT_KIND = Pattern.compile("^\\s*(?<name>[^（(\\n]{2,40}?)\\s?[（(]"
      + PRODUCT_KIND + "[）)]\\s*$");
  /**
   * An English lead about a product: "Tallow is a Chinese mobile fitness app", "Kestrel-3 (…) is a 6U CubeSat mission
   * developed by …". The kind is at most five words after the article, none of them a clause's word (Tallow is a
   * company that makes an app).
   */
  private static final Pattern LATIN_PRODUCT_LEAD = Pattern.compile("^(?!(?:He|She|It|They|We|I|You|There|This|That)"
      + "\\b)(?<name>[A-Z][A-Za-z0-9.\\- ]{1,40}?)(?: \\([^)]{0,80}\\))? (?:is|was) (?:a|an) (?:(?!(?:who|that|which|"
      + "whose|of|at|for|in|with|by|and|or)\\b)[A-Za-z0-9-]+ ){0,5}?" + PRODUCT_KIND + "\\b(?! (?:of|developer|"
      + "developers|maker|makers|company|companies|firm|studio|publisher|operator)\\b)");

  /**
   * A Chinese lead: the name, its other forms in brackets, a copula and the kind ending the clause (not 是一家开发大模型
   * 的公司: the kind is then what the company makes).
   */
  private static final Pattern HAN_LEAD = Pattern.compile("^(?<name>[^（(，,。：:\\n]{2,20}?)(?:[（(][^）)]{0,60}[）)])?"
      + "(?:是|为)[^。，,；;\\n]{0,30}?" + HAN_MODEL_KIND + "(?=[，,。；;]|$)");
  /**
   * An English lead: "X is a family of large language models", "X (…) is a multimodal large language model", "X is a
   * speech-to-speech foundation model developed by Y". Not a pronoun, nor a model of something (She is a model of
   * patience); the words before the kind must say it is an AI model, or a maker must follow (not an American fashion
   * model).
   */
  private static final Pattern LATIN_LEAD = Pattern.compile("^(?!(?:He|She|It|They|We|I|You|There|This|That)\\b)"
      + "(?<name>[A-Z][A-Za-z0-9.\\- ]{1,40}?)(?: \\([^)]{0,80}\\))?"
      + " (?:is|was) (?:a|an|the) (?:(?:family|series|set) of )?(?<words>(?:(?:[a-z0-9][a-z0-9-]*|AI|LLM) ){0,6}?)"
      + LATIN_MODEL_KIND + "\\b(?! of\\b)(?<maker> (?:developed|created|built|trained|made|released) by\\b)?");
  /** Words before the kind that make it an AI model: a language, foundation or generative model and the like. */
  private static final Pattern AI_MODEL_WORD = Pattern.compile("\\b(?:large|small|multimodal|open|open-source|"
      + "open-weight|generative|proprietary|foundation|conversational|AI|artificial|intelligence|reasoning|frontier|"
      + "language|speech|speech-to-[a-z]+|text-to-[a-z]+|neural|transformer|diffusion|LLM)\\b");

  /** What the article is about: its name and its type. */
  private record Subject(String name, EntityType type) {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    List<Paragraph> paragraphs = doc.document().paragraphs();
    String text = doc.text();
    Optional<String> title = paragraphs.stream().filter(p -> p.role() == Paragraph.Role.TITLE).findFirst()
        .map(p -> p.span().of(text));
    Optional<String> lead = paragraphs.stream().filter(p -> p.role() == Paragraph.Role.BODY).findFirst()
        .map(p -> p.span().of(text));
    Optional<Subject> subject = title.flatMap(t -> named(TITLE_KIND, t)).map(n -> new Subject(n, EntityType.AI_MODEL))
        .or(() -> title.flatMap(t -> named(TITLE_PRODUCT_KIND, t)).map(n -> new Subject(n, EntityType.PRODUCT)))
        .or(() -> lead.flatMap(p -> named(HAN_LEAD, p).or(() -> latinLeadModel(p)))
            .map(n -> new Subject(n, EntityType.AI_MODEL)))
        .or(() -> lead.flatMap(p -> named(LATIN_PRODUCT_LEAD, p)).map(n -> new Subject(n, EntityType.PRODUCT)));
    if (subject.isEmpty()) {
      return;
    }
    String model = subject.get().name();
    EntityType type = subject.get().type();
    boolean latin = model.chars().allMatch(c -> c < 128);
    for (int at = text.indexOf(model); at >= 0; at = text.indexOf(model, at + 1)) {
      int end = at + model.length();
      if (latin && (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
        continue; // part of a longer word
      }
      Span span = new Span(at, end);
      List<Mention> overlapping = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
      if (overlapping.stream().allMatch(m -> m.span().equals(span) && m.type() != EntityType.TOPIC)) {
        accepted.removeAll(overlapping);
        accepted.add(new Mention(span, model, type, doc.sentenceAt(at), Mention.Source.PATTERN));
      }
    }
  }

  private static Optional<String> latinLeadModel(String paragraph) {
    Matcher m = LATIN_LEAD.matcher(paragraph.strip());
    return m.find() && (m.group("maker") != null || AI_MODEL_WORD.matcher(m.group("words")).find())
        ? Optional.of(m.group("name").strip()) : Optional.empty();
  }

  private static Optional<String> named(Pattern lead, String paragraph) {
    Matcher m = lead.matcher(paragraph.strip());
    return m.find() ? Optional.of(m.group("name").strip()) : Optional.empty();
  }

  /**
   * The lead's subject, a copula and a kind of business within a few words, none of them a word that would make the
   * business another's (Jane Doe is an American entrepreneur who founded the company; an executive of the company).
   */
  private static final Pattern COMPANY_LEAD = Pattern.compile("^(?<name>[A-Z][A-Za-z0-9.&\\- ]{1,40}?)(?:,? (?:Inc|Ltd|LLC)\\.?)?"
      + "(?: \\([^)]{0,80}\\))? (?:is|was) (?:a|an) (?:(?!(?:who|that|which|whose|of|at|for|in|with|by|and his|and her)"
      + "\\b)[A-Za-z-]+ ){0,8}?(?<kind>company|corporation|conglomerate|start-?up|firm|publisher|manufacturer|"
      + "chipmaker|laboratory|lab|institute)\\b");
  /** The kinds of organization in a lead that make its subject a research organization rather than a company. */
  private static final Set<String> RESEARCH_KINDS = Set.of("laboratory", "lab", "institute");
  /**
   * A research kind ends its noun phrase (a research laboratory announced in …), so it is no modifier (a lab
   * technician).
   */
  private static final Pattern PHRASE_ENDS = Pattern.compile("^(?:[,.;(]|$| (?:based|founded|headquartered|established|"
      + "announced|located|owned|in|at|that|which|with|from|and|for)\\b)");

  /**
   * An English lead about a company ("Quillfire is an American video game developer and artificial intelligence
   * company"): wherever NER took the subject's name for a person's, it is the company's.
   */
  static void retypeCompanySubject(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    // the lead is the first paragraph of the body, or the second when the first is the title's line
    for (Paragraph p : doc.document().paragraphs().stream().filter(p -> p.role() != Paragraph.Role.TITLE).limit(2)
        .toList()) {
      String lead = p.span().of(text).strip();
      Matcher m = COMPANY_LEAD.matcher(lead);
      if (!m.find()) {
        continue;
      }
      boolean research = RESEARCH_KINDS.contains(m.group("kind"));
      if (research && !PHRASE_ENDS.matcher(lead.substring(m.end())).find()) {
        return; // a lab technician, an institute fellow: the subject works there
      }
      String subject = m.group("name").strip();
      EntityType type = research ? EntityType.RESEARCH_ORGANIZATION : EntityType.COMPANY;
      accepted.replaceAll(x -> x.type() == EntityType.PERSON && x.source() != Mention.Source.BYLINE
          && x.text().equals(subject) ? new Mention(x.span(), x.text(), type, x.sentence(), x.source()) : x);
      return;
    }
  }
}
