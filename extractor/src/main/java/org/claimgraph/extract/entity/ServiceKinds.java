package org.claimgraph.extract.entity;

import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * The kind noun the text puts beside a name known as a model (Kimi, Gemini, Grok name both a model family and the chat
 * service built on it): a chatbot, an assistant, an app or a service is a {@code PRODUCT}, as ChatGPT is, and so is a
 * computing cluster or a server (hardware), and so is a satellite or a rocket. Guidelines §3.2: decided by the words
 * around the name, never by the name. A name with a version number (Gemini 2.5 Pro, ChatGPT-4) is a model release and
 * is read this way only before the word for a craft (the Kestrel-3 satellite).
 */
final class ServiceKinds {
  private ServiceKinds() {}

  /** The product nouns, Chinese: 聊天机器人, 智能助手, 应用, 服务, 算力集群, 服务器. */
  private static final String CHINESE_KIND = "(?:聊天机器人|对话机器人|聊天助手|智能助手|AI助手|人工智能助手|应用程序|应用|软件|服务|"
      + "App|APP|app|集群|超级计算机|超算|服务器)";
  /** The kind right before the name, perhaps with an opening quote: 对话服务Bard, 算力集群“飞星一号”. */
  private static final Pattern CHINESE_KIND_BEFORE = Pattern.compile(CHINESE_KIND + "[“「『\"]?$");
  /** The name defined by its kind at the end of its clause: X是由某公司开发的聊天机器人，. */
  private static final Pattern CHINESE_DEFINITION_AFTER = Pattern.compile(
      "^[”」』\"]?(?:是|为|為)[^，。；,;：:]{0,60}?" + CHINESE_KIND + "(?:[，。；,;]|$)");
  private static final String ENGLISH_KIND = "(?:chatbot|chat bot|AI assistant|virtual assistant|assistant|app|"
      + "application|chat service)";
  /** "the chatbot Grok", "an AI assistant called Nova": the kind, perhaps with called/named, right before the name. */
  private static final Pattern ENGLISH_KIND_BEFORE = Pattern.compile(
      "\\b" + ENGLISH_KIND + ",? (?:(?:called|named|dubbed|known as) )?$");
  /** "the Grok chatbot", "Grok, a chatbot that", "Grok is an AI assistant": the kind right after the name. */
  private static final Pattern ENGLISH_KIND_AFTER = Pattern.compile(
      "^(?: (?:chatbot|chat bot|assistant)\\b|,? (?:is |was )?(?:a|an|the|its|their|[A-Z][\\w-]*['’]s) "
          + "(?:(?!model|family|version)[\\w-]+ ){0,3}?" + ENGLISH_KIND + "\\b)");
  private static final Pattern VERSION = Pattern.compile("\\d");
  /**
   * A craft or a vehicle named right after the name: the Kestrel-3 satellite, Acme's Arrow 5 rocket, “鸿雁二号”卫星. A
   * model family's name may be a rocket's or a satellite's too, and its number is then the craft's, so a version does
   * not stop this reading.
   */
  private static final Pattern CRAFT_AFTER = Pattern.compile("^[”\"]? ?(?:satellites?|rockets?|spacecraft|"
      + "launch vehicles?|space probes?|rovers?|landers?|卫星|衛星|火箭|飞船|飛船|探测器|探測器)(?![A-Za-z])");

  /** Whether the words around this mention of a model's name call it an app, a chat service or hardware. */
  static boolean namesAProduct(String text, Span mention) {
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 80));
    if (CRAFT_AFTER.matcher(after).find()) {
      return true;
    }
    if (VERSION.matcher(mention.of(text)).find()) {
      return false;
    }
    String before = text.substring(Math.max(0, mention.begin() - 24), mention.begin());
    return CHINESE_KIND_BEFORE.matcher(before).find() || CHINESE_DEFINITION_AFTER.matcher(after).find()
        || ENGLISH_KIND_BEFORE.matcher(before).find() || ENGLISH_KIND_AFTER.matcher(after).find();
  }
}
