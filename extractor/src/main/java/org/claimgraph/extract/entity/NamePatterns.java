package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;

/**
 * Names recognised by their shape, so that a model nobody put in a lexicon is still found: {@code GPT-4},
 * {@code LLaMa-2}, {@code Gen-2}, {@code Claude 3}, {@code BloombergGPT}, {@code GPT-Vision}; and quoted or suffixed
 * event names ({@code “AI届的伍德斯托克”的活动}, {@code Runway Studios AI电影节}); and venues ({@code 在…探索馆举行}).
 */
public final class NamePatterns {
  /** A found name. */
  public record Found(Span span, String text, EntityType type, String pattern) {}

  private record Shape(String name, Pattern pattern, EntityType type) {}

  private static final String HAN = "\\p{IsHan}";
  /**
   * The 100 commonest Chinese surnames (2020 census, https://zh.wikipedia.org/wiki/中国姓氏排名) and common
   * two-character ones (https://zh.wikipedia.org/wiki/复姓): a Chinese name right after a job title starts with one.
   */
  private static final String SURNAME = "(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|"
      + "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭"
      + "陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄"
      + "樊葛鲁凌骆霍])";
  /**
   * Job titles that stand right before a name with no space: 首席技术官, 创始人兼CEO, 董事长, 常务董事. The name
   * after one of these endings is a person's (TitleLexicon holds the titles the relation rules read).
   */
  private static final String TITLE_END = "(?:CEO|CTO|COO|CFO|CSO|CPO|CIO|CMO|CAIO|VP|SVP|EVP|首席" + HAN + "{1,5}官|"
      + "首席" + HAN + "{0,4}科学家|创始人|创办人|总裁|董事长|董事|总经理|经理|总监|主任|主席|教授|研究员|科学家|工程师|"
      + "架构师|合伙人|投资人|院长|校长|所长|部长|局长|处长|署长|议员|发言人|分析师|负责人|代表|院士|讲师|博士后|理事长|会长|"
      + "掌门人|掌舵人)";
  /** A capitalised Latin name of two or three words: Tomas Berg, Jean-Luc Martin, Mary O'Neil. */
  private static final String LATIN_PERSON = "(?!(?:The|This|That|And|Of|For|In|At|On|AI|Inc|Labs?)\\b)"
      + "[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: (?:[A-Z]\\.|[A-Z][a-z]*[’'][A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,2}";
  /**
   * Model families (models.tsv) whose releases are named family + version + variant: GPT-5 Pro, Claude Opus 4.1,
   * Gemini 2.5 Pro, Qwen 3.8Max, DeepSeek-V3-Base, DeepSeek-Coder V2, GLM5.3, Kimi K3; and OpenAI's o-series (o3-mini).
   */
  private static final String MODEL_FAMILY = "(?:GPT|ChatGPT|Claude|Gemini|Gemma|Llama|LLaMA|LLaMa|Qwen|GLM|ChatGLM|"
      + "DeepSeek|Kimi|Mistral|Mixtral|Grok|Phi|ERNIE|Ernie|Falcon|DALL-E|DALLE|Sora|Yi|Baichuan|InternLM|Hunyuan|"
      + "Doubao|MiniMax|PaLM|Imagen|Veo|Nemotron|StarCoder|Codestral|Pixtral)";
  private static final String MODEL_VARIANT = "(?:Pro|Max|Plus|mini|Mini|Ultra|Turbo|turbo|Base|Exp|Instruct|Chat|"
      + "Large|Medium|Small|"
      + "Coder|Math|MoE|VL|Vision|Speciale|Terminus|Lite|Flash|flash|Opus|Sonnet|Haiku|Nano|Preview|Reasoner)";
  /** Capitalised words that open a concept or a phrase, not a company's name. */
  /** One capitalised Latin word, perhaps with a corporate word after it: Lumora, Veltrix, Cedar Research, Nimbla AI. */
  private static final String ENGLISH_COMPANY_NAME = "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?: (?:AI|Labs|Robotics|"
      + "Technologies|Systems|Research|Capital|Ventures|Semiconductor|Computing|Networks|Dynamics|Intelligence))?"
      + "(?![A-Za-z0-9])";
  /** Days and months, which follow a company noun as adverbials (the firm Tuesday said). */
  private static final String CALENDAR_WORDS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
      + "February|March|April|May|June|July|August|September|October|November|December";
  private static final String NOT_COMPANY_WORDS = "Generative|Agentic|Physical|Responsible|Explainable|Open|General|"
      + "Artificial|Conversational|Embodied|Sovereign|Enterprise|Edge|Human|Narrow|Strong|Weak|Trustworthy|Safe|"
      + "Ethical|Applied|Frontier|Multimodal|Predictive|Gen|Generation|The|This|That|These|Our|Your|Their|Its|His|Her|"
      + "Every|Any|Some|All|New|Next|Chinese|American|European|Global|Local|Modern|Advanced|Super|Superhuman|Shadow|"
      + "Vertical|Industrial|Scientific|Medical|Creative|Consumer|Mobile|Cloud|On|In|At|For|With|And|Or|By|If|When|"
      + "Why|How|What|Where|Who|Is|Are|Was|Were|Will|Can|May|Should|Would|Could|Says|Said|Western|Eastern|National|"
      + "Federal|State|Public|Private|Secure|Trusted|Sovereign|Power|Better|Best|Faster|Smarter|Beyond|About|From|To|"
      + "Personal|Spatial|Visual|Digital|Smart|Green|Small|Large|Domain|Specialized|Autonomous|Cognitive|Chat|Gen|"
      + "Physical|Companion|Everyday|Real|True|Pure|Native|Full|Big|Tiny|Micro|Mega|Hybrid|Distributed|Federated|"
      + "Quantum";
  /** Words that make "X大模型" a kind of model rather than a named one. */
  private static final String GENERIC_MODEL_WORDS = "通用|国产|开源|闭源|行业|垂直|垂类|基础|多模态|语言|视觉|医疗|金融|"
      + "教育|法律|政务|工业|千亿|万亿|百亿|自研|领先|主流|头部|这些|那些|这个|这款|该|其|各|新|旧|端侧|中文|英文|推理|"
      + "生成式|文本|图像|视频|语音|代码|科学|气象|城市|企业|国内|国外|全球|中美|中国|美国|人工智能|智能|超大|大型|小型|"
      + "顶级|前沿|最强|所有|更多|多个|一个|一款|自家|相关|专属|私有|公有|云端|原生|家用|通用型|专业|专用|国外|海外|"
      + "本土|知名|热门|主要|优秀|多家|首个|第一|原创|自主|下一代|新一代|旗下|首款|一批|数十|几个|这类|各类|各家|"
      + "今年|去年|明年|今天|近日|此前|目前|最近|当前|如今|未来|随着|推出|发布|上线|开源|升级|训练|部署|使用|接入|基于";
  private static final Pattern CONCEPT_AI = Pattern.compile("(?:" + NOT_COMPANY_WORDS
      + "|[A-Za-z]+(?:ing|al|ive|ic|ous|ed|ble|ful|less|ary|ent|ant)) AI");

  /** "Spatial AI", "Generative AI": an English concept written with capitals, not a company. */
  static boolean isConceptAi(String name) {
    return CONCEPT_AI.matcher(name).matches();
  }

  private static final String VERSION = "(?:[VRK]?\\d+(?:\\.\\d+)*[A-Za-z]*(?:-\\d{3,4})?)";
  /** Where a Chinese name after a title ends: a verb of saying, a function word, or punctuation. */
  private static final String NAME_END = "(?=表示|说|称|认为|指出|强调|透露|坦言|直言|提到|回应|预测|介绍|告诉|解释|写道|"
      + "的|在|和|与|及|也|则|等|曾|已|将|是|对|于|就|今|昨|日前|近日|[，,。；;：:（(“”\"、\\s]|$)";
  private static final List<Shape> SHAPES = List.of(
      // Family name, hyphen, version: GPT-4, GPT-3.5, LLaMa-2, Gen-2. Letters only before the digit; an all-capital
      // family has at most four letters (GPT, BERT), since longer ones are acronyms of other things (COVID-19).
      new Shape("model-version",
          Pattern.compile("(?<![A-Za-z0-9-])(?:[A-Z]{2,4}|[A-Z][A-Za-z]{0,15}[a-z][A-Za-z]{0,15})-\\d{1,2}(?:\\.\\d)?"
              + "(?:[A-Za-z]{1,5}\\b)?(?![\\d.-])"),
          EntityType.AI_MODEL),
      // A family with a version and variants: GPT-5 Pro, Claude Opus 4.1, Gemini 2.5 Pro, DeepSeek-V3-Base,
      // DeepSeek-Coder V2, DeepSeek-MoE, GLM5.3, Kimi K3, GPT3.5-turbo.
      new Shape("model-family-version",
          Pattern.compile("(?<![A-Za-z0-9-])" + MODEL_FAMILY
              + "(?:(?:[- ]?" + VERSION + "|[- ]" + MODEL_VARIANT + ")(?:[- ](?:" + MODEL_VARIANT + "|" + VERSION + "))*"
              + "|[- ]" + MODEL_VARIANT + "(?:[- ]" + VERSION + ")?)(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A benchmark by its name: SWE-bench Verified, Terminal-Bench 2.0, LiveBench, HumanEval, TruthfulQA.
      new Shape("benchmark-name",
          Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9]*(?:[- ][A-Z][A-Za-z0-9]*)*[- ]?(?:[Bb]ench|Eval|QA)"
              + "(?:[- ](?:Verified|Pro|Lite|Hard|Diamond|Multilingual|\\d+(?:\\.\\d+)*))*(?![A-Za-z0-9])"),
          EntityType.WORK),
      // A test a model is scored on: 在AIME 2025上达到94.6%; 在Coding Agent Index上以80分.
      new Shape("scored-on",
          Pattern.compile("在(?<name>[A-Z][A-Za-z0-9.\\- ]{1,30}[A-Za-z0-9])(?:[（(][^）)]{0,40}[）)])?上(?:的)?"
              + "(?:首次尝试|标准模式)?(?:得分|达到|取得|准确率|成绩|分数|以)"),
          EntityType.WORK),
      // OpenAI's reasoning models: o1, o3-mini, o4-mini, o1-Pro.
      new Shape("o-series",
          Pattern.compile("(?<![A-Za-z0-9-])o[1-9](?:-(?:mini|pro|Pro|preview))?(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // ...GPT as a suffix or with a named variant: ChatGPT, BloombergGPT, GPT-Vision, GPT-4V.
      new Shape("gpt-family",
          Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*GPT|GPT-[A-Z][a-z]+)(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A quoted name that the next words call an event: “X”的活动, “X”聚会.
      new Shape("quoted-event",
          Pattern.compile("(?<=[“\"])([^“”\"]{2,20})(?=[”\"](?:的)?(?:活动|聚会|大会|峰会|盛会))"),
          EntityType.EVENT),
      // A capitalised Latin name followed by an event noun: Runway Studios AI电影节.
      new Shape("named-festival",
          Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]+(?: ?[A-Z][A-Za-z0-9]*)*(?:电影节|音乐节|大会|峰会|博览会|讲座|论坛)"),
          EntityType.EVENT),
      // A Chinese-named event ending in an event noun, after 的/在/于/、 or a quote, perhaps with its year:
      // 伍德斯托克摇滚音乐节, 2023年皇家研究院圣诞讲座. Not "这次讲座": a demonstrative starts no name.
      new Shape("han-festival",
          Pattern.compile("(?<=[“\"在于的、])(?:\\d{4}年)?(?!本|这|该|此|那|各|每|某|一|上|下|今|其)" + HAN
              + "{2,10}?(?:音乐节|电影节|博览会|讲座|电脑展|展览会|车展|消费电子展)"),
          EntityType.EVENT),
      // A Chinese name right after a job title: 零一万物创始人兼CEO李开复, 百度首席技术官王海峰表示.
      new Shape("title-han-name",
          Pattern.compile("(?<=" + TITLE_END + ")(?<name>" + SURNAME + HAN + "{1,2}?)" + NAME_END),
          EntityType.PERSON),
      // A Latin name right after a job title, with or without a space: CEO Tomas Berg, 首席技术官Priya Raman.
      new Shape("title-latin-name",
          Pattern.compile("(?<=" + TITLE_END + " ?)" + LATIN_PERSON + "(?![A-Za-z0-9])"),
          EntityType.PERSON),
      // A Latin name right before a verb of saying in Chinese text: Dana Whitfield表示, Tomas Berg认为.
      new Shape("latin-name-before-speech",
          Pattern.compile("(?<![A-Za-z0-9])" + LATIN_PERSON + "(?= ?(?:表示|说|称|认为|指出|强调|写道|透露|坦言|直言|"
              + "提到|回应|预测|告诉|补充|解释))"),
          EntityType.PERSON),
      // The people of a byline or credit line: 编辑：周航, 记者 王芳, 责任编辑/李想.
      new Shape("credited-han-name",
          Pattern.compile("(?<=(?:作者|编辑|责编|责任编辑|记者|撰文|编译|校对|审校|采写|整理|实习生|特约撰稿人|出品人|主编)"
              + "[：: /｜|]{0,2})(?<name>" + SURNAME + HAN + "{1,2}?)(?=[\\s｜|/，,。;；]|$)"),
          EntityType.PERSON),
      // A transliterated foreign name after a title, or before its original in brackets: 参议员安迪·金,
      // 托马斯·沃尔夫(Thomas Wolf).
      new Shape("dotted-name",
          Pattern.compile("(?<=" + TITLE_END + ")" + HAN + "{1,6}·" + HAN + "{1,6}?(?:·" + HAN + "{1,6}?)?" + NAME_END
              + "|(?<=^|[^\\p{IsHan}]|[的和与及、是由])(?!" + HAN + "{0,4}?" + TITLE_END + ")"
              + HAN + "{1,6}·" + HAN + "{1,6}(?:·" + HAN + "{1,6})?(?=[(（][A-Z][a-z]+ [A-Z])"),
          EntityType.PERSON),
      // A Latin name with a version right after a word for model: 模型Fable 5, 大模型Nova 2.1.
      new Shape("model-word-latin-version",
          Pattern.compile("(?<=模型|模型是|模型为)(?<name>[A-Z][A-Za-z]+[ -]?\\d+(?:\\.\\d+)?"
              + "(?: " + MODEL_VARIANT + ")?)(?![A-Za-z0-9.])"),
          EntityType.AI_MODEL),
      // A quoted organization's name right before a job title: “智源研究院”院长, 「某某实验室」创办人.
      new Shape("quoted-organization-before-title",
          Pattern.compile("(?<=[“”\"「])[^“”\"「」\\n]{1,15}(?:实验室|研究院|研究所|研究中心|公司|集团|协会|基金会|大学|学院|"
              + "工作室|联盟)(?=[“”\"」](?:的)?" + TITLE_END + ")"),
          EntityType.ORGANIZATION),
      // A law or bill in title marks: 《数据隐私法案》, 《网络安全法》.
      new Shape("titled-law",
          Pattern.compile("(?<=《)[^《》\\n]{1,30}(?:法案|法|条例|法令|指令|公约)(?=》)"),
          EntityType.WORK),
      // A report, index or white paper in title marks: 《2024年人工智能指数报告》.
      new Shape("titled-report",
          Pattern.compile("(?<=《)[^《》\\n]{1,40}(?:报告|白皮书|蓝皮书|指数)(?=》)"),
          EntityType.WORK),
      // A book, paper or report named as one: 新书《The Coming Wave》, 《人类简史》一书.
      new Shape("named-work",
          Pattern.compile("(?:新书|著作|专著|书籍|小说|论文|报告|白皮书)《(?<name>[^《》\\n]{1,40})》"
              + "|《(?<name2>[^《》\\n]{1,40})》(?=一书|这本书|书中)"),
          EntityType.WORK),
      // An English act or bill: the CHIPS and Science Act, the Cloud Security Act.
      new Shape("english-act",
          Pattern.compile("(?<![A-Za-z])(?!The |A |An |This |That )(?:[A-Z][A-Za-z]*(?: and| of| for)? ){1,6}(?:Act|Bill)(?![A-Za-z])"),
          EntityType.WORK),
      // An investor or fund: Sequoia Capital, Lux Capital, Kleiner Perkins Ventures, 红杉资本, 启明创投.
      new Shape("latin-fund",
          Pattern.compile("(?<![A-Za-z])(?:[A-Z][A-Za-z0-9&]*(?: [A-Z][A-Za-z0-9&]*){0,3}) (?:Capital|Ventures|Partners)(?![A-Za-z])"),
          EntityType.COMPANY),
      new Shape("han-fund",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[由与和及、的是获被向从对])"
              + "(?!风险|外国|国际|私人|人力|社会|金融|产业|国有|民间|境外|海外|外部|中国|美国|大量|更多|这些|部分|"
              + "工业|商业|跨国|西方|全球|投资|私募|公募|对冲|养老|主权|天使|种子|引导|专项|发展|创新|科创|政府|国家|该|这|"
              + "多只|多家|一只|一家|其|各|某|头部|知名|大型|美元|人民币|母基金|子基金|新|老|本土|外资|内资|市场化|专业)"
              + "[\\p{IsHan}&&[^与和及、的了在是对为从向将把被由获]]{2,4}(?:创投|资本|基金(?!会))"),
          EntityType.COMPANY),
      // A Latin company name with its corporate word: Nimbla Labs, Lumora AI, Zentrix Inc., Orbit Robotics. Not a
      // concept that English capitalises (Generative AI, Responsible AI).
      new Shape("latin-company",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")\\b)(?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*"
              + "(?: [A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)? (?:Labs|Inc\\.?|Technologies|Robotics)"
              + "|(?![A-Za-z]+(?:ing|al|ive|ic|ous|ed|ble|ful|less|ary|ent|ant)\\b)"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]* AI)(?![A-Za-z])"),
          EntityType.COMPANY),
      // English news names an unknown company by the kind of business before it (startup Lumora, the venture firm
      // Conviction, chipmaker Veltrix), by an apposition after it (Lumora, a Paris-based startup, …), or by its
      // officers (Veltrix CEO Karen Liu, Lumora's chief executive).
      new Shape("english-kind-company",
          Pattern.compile("(?<=\\b(?:[Ss]tart-?up|[Cc]hipmaker|[Cc]hip designer|firm|AI company|AI lab|"
              + "[Ss]oftware maker|[Cc]loud provider|[Uu]nicorn) )(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS
              + ")\\b)" + ENGLISH_COMPANY_NAME),
          EntityType.COMPANY),
      new Shape("english-company-apposition",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")\\b)" + ENGLISH_COMPANY_NAME
              + "(?=, (?:a|an) (?:[\\w-]+ ){0,3}(?:start-?up|company|firm|chipmaker|chip designer|unicorn)"
              + "(?:[,.;]| (?:that|which|whose|based|backed|founded|valued|owned|in|with)\\b))"),
          EntityType.COMPANY),
      new Shape("english-company-officer",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + "|Former|Interim|Acting|Deputy|Then)\\b)"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?=(?:['’]s)? (?:CEO|CTO|CFO|COO|chief executive|co-?founder|"
              + "founder|chief [a-z]+ officer|spokes(?:person|woman|man))\\b)"),
          EntityType.COMPANY),
      // A model named by an apposition: Orbit-Coder, a model that writes software; Nova, an open-weight model.
      new Shape("english-model-apposition",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")\\b)[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9.]*"
              + "(?:-[A-Za-z0-9.]+)*(?=, (?:a|an|its|their) (?:[\\w-]+ ){0,3}(?:model|LLM)\\b)"),
          EntityType.AI_MODEL),
      // Where people of a firm work: analysts at Bernstein, a partner at Quillon, economists at Harbor Research.
      new Shape("english-people-at-organization",
          Pattern.compile("(?<=\\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers|[Ee]ngineers|"
              + "[Pp]artner|[Ee]xecutives) at )(?!(?:" + NOT_COMPANY_WORDS + ")\\b)" + ENGLISH_COMPANY_NAME),
          EntityType.ORGANIZATION),
      // A model family named with its maker: Microsoft's Phi family of small language models, the Gemma family of
      // open models, its Ministral models.
      new Shape("english-model-family",
          Pattern.compile("(?<=\\b(?:its|their|the|[A-Z][A-Za-z0-9]{0,30}['’]s) )(?!(?:" + NOT_COMPANY_WORDS + ")\\b)"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?= (?:family|series) of (?:[a-z-]+ ){0,3}models?\\b"
              + "| (?:open |open-weight |open-source |reasoning |language )?models\\b)"),
          EntityType.AI_MODEL),
      // A Latin name followed by 公司 or 集团, or by a company officer's title: Zentrix公司, Nimbla的CEO.
      new Shape("latin-before-company-word",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")\\b)[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*"
              + "(?: [A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)?(?=公司|集团|的?(?:CEO|CTO|COO|CFO|联合创始人|创始人|"
              + "首席" + HAN + "{1,5}官|总裁|董事长))"),
          EntityType.COMPANY),
      // A model by its size and variant, however its family is spelt: Lumora-7B-Instruct, Qwen2.5-72B-Instruct,
      // Yi-34B, Mixtral-8x7B, ChatGLM-6B, Nova-30B-A3B.
      new Shape("model-size",
          Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9.]*[a-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*?"
              + "-(?:\\d+x)?\\d+(?:\\.\\d+)?[BMT](?:-A\\d+(?:\\.\\d+)?B)?"
              + "(?:-(?:" + MODEL_VARIANT + "|Thinking|\\d+[kK]))*(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A named Chinese model: 天枢大模型. Not a kind of model (通用大模型, 国产大模型, 行业大模型).
      new Shape("han-model",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[的了和与及由将把其、]|推出|发布|上线|开源|升级)"
              + "(?![的了和与及由将把其、在对是为从向一二两三四五六七八九十几多数首]|" + GENERIC_MODEL_WORDS + ")"
              + "(?<name>" + HAN + "{2,4}大模型)"),
          EntityType.AI_MODEL),
      // A company whose name is a number: 360公司, 58集团.
      new Shape("number-company",
          Pattern.compile("(?<![\\d.第约近超逾余])\\d{2,4}(?=公司|集团)"),
          EntityType.COMPANY),
      // The venue of 在…举行/举办/召开 ("held at"): 在旧金山的探索馆举行 → 探索馆.
      new Shape("held-at-venue",
          Pattern.compile("在(?:" + HAN + "{2,6}的)?(?<name>(?!本|这|该|此|那|线上|网上|会上)" + HAN
              + "{2,8}?)(?:举行|举办|召开)"),
          EntityType.PLACE));

  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      boolean named = shape.pattern().pattern().contains("(?<name>");
      while (m.find()) {
        // A shape with a "name" group finds its name inside a longer context.
        String group = named && m.group("name") == null && shape.pattern().pattern().contains("(?<name2>") ? "name2" : "name";
        int start = named ? m.start(group) : m.start();
        int end = named ? m.end(group) : m.end();
        Span span = new Span(start, end);
        if (found.stream().noneMatch(f -> f.span().equals(span))) { // two shapes may find the same name
          found.add(new Found(span, text.substring(start, end), shape.type(), shape.name()));
        }
      }
    }
    return found;
  }
}
