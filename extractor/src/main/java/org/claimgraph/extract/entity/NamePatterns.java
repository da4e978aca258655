package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
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
  /** The head words of a news outlet's name: a paper (某某报, not 年报 or 公报), a site, an agency, a magazine. */
  private static final String OUTLET_HEAD = "(?:(?<![年季月公通简情海汇财周快预电捷喜警申举上回])报"
      + "|(?<![年季月公通簡情海匯財週快預電捷喜警申舉上回])報|网|網|社|杂志|雜誌|周刊|週刊)";

  private static final String HAN = "\\p{IsHan}";
  /**
   * The 100 commonest Chinese surnames (2020 census, https://zh.wikipedia.org/wiki/中国姓氏排名), less common ones of
   * the 百家姓 (https://zh.wikipedia.org/wiki/百家姓) whose character seldom starts another word (not 管, 项, 解, 谈,
   * 申, 尚, 符: 管理层, 项目组, 谈到), and common two-character ones (https://zh.wikipedia.org/wiki/复姓): a Chinese name
   * right after a job title starts with one.
   */
  private static final String SURNAME = "(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|"
      + "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭"
      + "陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄"
      + "樊葛鲁凌骆霍邬殷滕倪俞褚闵庞焦耿詹翟冉祁蒲邢嵇柏奚窦姬麦翁刁晏梅娄阮栾钮芮蔺鞠戚缪匡巩臧邝苑仝阙訾鄢巫冼"
      + "佘喻虞雍邸蔚厉裴鲍涂饶隋屈席岳封聂柴靳岑])";
  /**
   * A Chinese name joined to the name before it (王某与李某某，他们…): a family name and one or two characters, then
   * punctuation or words that take both as their subject. The finder checks the tagger read it as a proper noun.
   */
  static final Pattern COORDINATED_HAN_PERSON = Pattern.compile("^(?:与|和|及|、)(?<name>" + SURNAME
      + "\\p{IsHan}{1,2}?)(?=[，,、。；]|他们|她们|两人|二人|都|均|同为|分别)");

  /**
   * Job titles that stand right before a name with no space: 首席技术官, 创始人兼CEO, 董事长, 常务董事. The name
   * after one of these endings is a person's (TitleLexicon holds the titles the relation rules read).
   */
  private static final String TITLE_END = "(?:CEO|CTO|COO|CFO|CSO|CPO|CIO|CMO|CAIO|VP|SVP|EVP|首席" + HAN + "{1,5}官|"
      + "首席" + HAN + "{0,4}科学家|创始人|创办人|总裁|董事长|董事|总经理|经理|总监|主任|主席|教授|研究员|科学家|工程师|"
      + "架构师|合伙人|投资人|院长|校长|所长|部长|局长|处长|署长|议员|委员(?!会)|发言人|分析师|负责人|代表|院士|讲师|博士后|理事长|会长|"
      + "秘书长|"
      + "掌门人|掌舵人|"
      // Taiwan's short forms of the chief officers (執行長, 技術長 read as 执行长, 技术长).
      + "执行长|技术长|营运长|财务长|"
      // Professions written like a title right before a name, alone or after another (作家、编剧X, 科幻作家X).
      + "作家|编剧|导演|制片人|律师|主持人|评论员|经济学家|学者|专家|译者)";
  /** Where a speaker meets a broadcaster's programme: an interview with X's "…", told X's "…", appeared on X's "…". */
  private static final String INTERVIEWED_ON = "\\b(?:[Ii]nterview with|[Aa]ppearance on|appeared on|[Ss]peaking on|"
      + "told|said on) ";
  /** Verbs that follow a title in title-case headlines; none is a first name (so not Will). */
  private static final String HEADLINE_VERBS = "Says|Said|Tells|Told|Warns|Sees|Expects|Plans|Calls|Urges|Denies|"
      + "Confirms|Announces|Predicts|Admits|Resigns|Steps|Joins|Leaves|Quits|Unveils|Launches|Slams|Defends|Vows|"
      + "Reveals|Signals|Touts|Dismisses|Rejects|Backs|Bets|Explains|Responds|Shares|Outlines|Doubles|Talks|Is|Has|Was";
  /**
   * Characters that Chinese transliterations of foreign names are written with and that seldom start a Chinese word
   * after a title. Source: the Xinhua 英语姓名译名手册 syllable table (https://zh.wikipedia.org/wiki/外语译音表).
   */
  private static final String TRANSLITERATION = "[阿埃艾奥巴贝比波伯布达戴迪蒂杜厄恩菲费芬弗盖戈格哈赫霍吉贾杰卡凯坎柯"
      + "科克肯库拉莱赖兰朗劳勒雷里利莉琳卢鲁伦罗洛玛迈麦曼梅蒙米莫姆默穆纳内尼妮纽诺欧帕佩皮珀普齐奇乔切琼萨塞桑森瑟施"
      + "斯索塔泰坦特提图托瓦威韦维沃乌西希辛雅扬伊尤约泽扎詹佐]";
  /**
   * The second part of a hyphenated name word: capitalised (Jean-Luc), or a short romanised syllable in lower case, as
   * Korean given names are written (Ji-hoon, Seo-yeon); not an English word that makes a compound modifier of a name
   * (Berg-led, Obama-era, Boston-based).
   */
  private static final String NAME_HYPHEN_PART = "(?:-(?:[A-Z][a-z]+|(?!(?:led|run|era|based|owned|backed|style|like|"
      + "born|made|free|wide|only|type|level|class|size|sized|scale|year|old|up|in|out|off|on|bound|ish|ist|ism|ian|"
      + "ite|proof|heavy|day|week|time|ready|fed|first|last|bred|rich|poor|less)(?![a-z]))[a-z]{2,5}(?![a-z])))";
  /**
   * A capitalised Latin name of two or three words: Tomas Berg, Jean-Luc Martin, Mary O'Neil, Ava McLeod. Not the verb
   * of a headline in title case after a title (Acme CEO Says No Layoffs Planned, Acme CEO Warns Of …).
   */
  private static final String LATIN_PERSON = "(?!(?:The|This|That|And|Of|For|In|At|On|AI|Inc|Labs?|" + HEADLINE_VERBS
      + ")\\b)"
      + "[A-Z][a-z]+" + NAME_HYPHEN_PART + "?(?: (?:[A-Z]\\.|[A-Z][a-z]*[’'][A-Z][a-z]+|(?:Mac|Mc|De|Di|La|Le|Van)?"
      + "[A-Z][a-z]+" + NAME_HYPHEN_PART + "?)){1,2}";
  /**
   * Model families (models.tsv) whose releases are named family + version + variant: GPT-5 Pro, Claude Opus 4.1,
   * Gemini 2.5 Pro, Qwen 3.8Max, DeepSeek-V3-Base, DeepSeek-Coder V2, GLM5.3, Kimi K3; and OpenAI's o-series (o3-mini).
   */
  private static final String MODEL_FAMILY = "(?:GPT|ChatGPT|Claude|Gemini|Gemma|Llama|LLaMA|LLaMa|Qwen|GLM|ChatGLM|"
      + "DeepSeek|Kimi|Mistral|Mixtral|Grok|Phi|ERNIE|Ernie|Falcon|DALL-E|DALLE|Sora|Yi|Baichuan|InternLM|Hunyuan|"
      + "Doubao|MiniMax|PaLM|Imagen|Veo|Nemotron|StarCoder|Codestral|Pixtral)";
  private static final String MODEL_VARIANT = "(?:Pro|Max|Plus|mini|Mini|Ultra|Turbo|turbo|Base|Exp|Instruct|Chat|"
      + "Large|Medium|Small|"
      + "Coder|Math|MoE|VL|Vision|Speciale|Terminus|Lite|Flash|flash|Opus|Sonnet|Haiku|Nano|Preview|Reasoner|Air|AirX|"
      + "Thinking|Omni|Zero|Distill|Long|Audio|Realtime)";
  /** Capitalised words that open a concept or a phrase, not a company's name. */
  /**
   * One capitalised Latin word, perhaps hyphenated or with a corporate word after it: Lumora, Veltrix, Cedar Research,
   * Nimbla AI, Sky-Harbor.
   */
  private static final String ENGLISH_COMPANY_NAME = "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*"
      // A second word of the name with a hyphenated part: the investment firm Harbin Red-Pine.
      + "(?: (?!(?:Chief|President|Chairman|Chairwoman|Founder|Executive|Director|Head|Vice|Senior)\\b)"
      + "[A-Z][a-z0-9]+-[A-Z][A-Za-z0-9]*)?"
      + "(?: (?:AI|Labs|Robotics|Technologies|Systems|Research|Capital|Ventures|Semiconductor|Computing|Networks|Dynamics|"
      + "Intelligence))?(?![A-Za-z0-9-])";
  /** A name of one to three capitalised words of letters (Brass Lantern, Silver Kite Games). */
  private static final String TITLE_CASE_NAME = "[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*"
      + "(?: [A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*){0,2}(?![A-Za-z0-9-])";
  /** A model's or product's name: capitalised words and hyphenated parts, perhaps a version (Nova-Lite 2, Fire-Flyer). */
  private static final String ENGLISH_NAMED_THING = "(?!(?:The|This|That|These|It|Its)\\b)[A-Z][A-Za-z0-9.]*"
      + "(?:-[A-Za-z0-9.]+)*(?: (?:[A-Z][A-Za-z0-9.]*|\\d+(?:\\.\\d+)*)){0,2}";
  /** The days of the week, which news style writes after a name (Acme and Initech Monday said). */
  static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  /** Days and months, which follow a company noun as adverbials (the firm Tuesday said). */
  static final String CALENDAR_WORDS = WEEKDAYS + "|January|February|March|April|May|June|July|August|September|"
      + "October|November|December";
  /** The words of {@link #CALENDAR_WORDS}, one by one. */
  static final Set<String> CALENDAR = Set.of(CALENDAR_WORDS.split("\\|"));
  /** The last word of many English company names (Lumora Systems, Apex Silicon, Velora Labs). */
  private static final String COMPANY_HEAD_WORDS = "(?:Systems|Silicon|Semiconductors?|Technologies|Labs|Robotics|"
      + "Networks|Computing|Software|Dynamics|Holdings|Capital|Ventures|Partners)";

  /** Industry words that end company names (X Aviation, X Therapeutics): company-head-words.tsv, one sourced row each. */
  private static final String INDUSTRY_HEAD_WORDS = org.claimgraph.extract.lexicon.TabFile
      .read(NamePatterns.class, "company-head-words.tsv", 3).stream().map(row -> Pattern.quote(row.cell(0)))
      .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));

  /** Upper-case abbreviations of a trade or a kind of firm, not a name: IT公司, AI公司, GPU公司. */
  private static final String INDUSTRY_ABBREVIATIONS = "AI|AGI|IT|ICT|EDA|GPU|CPU|NPU|TPU|ASIC|AR|VR|XR|MR|IOT|HR|PR|VC|PE|"
      + "CRO|CDMO|OEM|ODM|EV|ESG|SAAS|PAAS|IAAS|LLM|NLP|CV|FPGA|RPA|ERP|CRM|CDN|APP|DAO|NFT|AIGC|TMT|IPO";
  private static final String NOT_COMPANY_WORDS = "Generative|Agentic|Physical|Responsible|Explainable|Open|General|"
      + "Artificial|Conversational|Embodied|Sovereign|Enterprise|Edge|Human|Narrow|Strong|Weak|Trustworthy|Safe|"
      + "Ethical|Applied|Frontier|Multimodal|Predictive|Gen|Generation|The|This|That|These|Our|Your|Their|Its|His|Her|"
      + "Every|Any|Some|All|New|Next|Chinese|American|European|Global|Local|Modern|Advanced|Super|Superhuman|Shadow|"
      + "Vertical|Industrial|Scientific|Medical|Creative|Consumer|Mobile|Cloud|On|In|At|For|With|And|Or|By|If|When|"
      + "Why|How|What|Where|Who|Is|Are|Was|Were|Will|Can|May|Should|Would|Could|Says|Said|Western|Eastern|National|"
      + "Federal|State|Public|Private|Secure|Trusted|Sovereign|Power|Better|Best|Faster|Smarter|Beyond|About|From|To|"
      + "Personal|Spatial|Visual|Digital|Smart|Green|Small|Large|Domain|Specialized|Autonomous|Cognitive|Chat|Gen|"
      + "Physical|Companion|Everyday|Real|True|Pure|Native|Full|Big|Tiny|Micro|Mega|Hybrid|Distributed|Federated|"
      + "Quantum|"
      // Key AI functions, My AI chatbot: an adjective or a possessive opening the phrase, not a company's name.
      + "Key|My|"
      // Determiners and adverbs opening a sentence: "An AI start-up raised …" is no company called An AI.
      + "An|Another|Each|Such|Both|Many|Most|No|Not|Only|Even|Then|Also|"
      // Conjunctions, pronouns, auxiliaries and prepositions opening a sentence or a quote: "But AI brought …".
      + "But|Yet|So|Nor|Because|Although|Though|While|Unless|Until|Since|After|Before|As|Once|Now|Still|Just|Like|"
      + "Than|Whether|Here|There|We|They|You|He|She|It|Do|Does|Did|Has|Have|Had|Without|Against|Through|Over|Under|"
      + "Into|"
      // Demonyms: French AI startup Mistral, Indian Prime Minister Modi (https://en.wikipedia.org/wiki/Demonym).
      + "French|German|British|English|Indian|Japanese|Korean|South|North|Canadian|Italian|Spanish|Dutch|Swiss|"
      + "Swedish|Israeli|Emirati|Saudi|Singaporean|Taiwanese|Russian|Brazilian|Australian|Asian|African|Irish|Polish|"
      + "Finnish|Danish|Norwegian|Austrian|Belgian|Mexican|Vietnamese|Indonesian|Thai|Turkish|Hong|US|U\\.S\\.|UK";
  /** Words that make "X大模型" a kind of model rather than a named one. */
  private static final String GENERIC_MODEL_WORDS = "通用|国产|开源|闭源|行业|领域|场景|垂直|垂类|基础|多模态|语言|视觉|医疗|金融|"
      + "教育|法律|政务|工业|千亿|万亿|百亿|自研|领先|主流|头部|这些|那些|这个|这款|该|其|各|新|旧|端侧|中文|英文|推理|"
      + "生成式|文本|图像|视频|语音|代码|科学|气象|城市|企业|国内|国外|全球|中美|中国|美国|人工智能|智能|超大|大型|小型|"
      + "顶级|前沿|最强|所有|更多|多个|一个|一款|自家|相关|专属|私有|公有|云端|原生|家用|通用型|专业|专用|国外|海外|"
      + "本土|知名|热门|主要|优秀|多家|首个|第一|原创|自主|下一代|新一代|旗下|首款|一批|数十|几个|这类|各类|各家|"
      + "今年|去年|明年|今天|近日|此前|目前|最近|当前|如今|未来|随着|推出|发布|上线|开源|升级|训练|部署|使用|接入|基于|"
      // The trade or field a vertical model serves, as the kinds above (医疗, 金融): 农业大模型, 电力大模型. Sectors
      // of the national industry classification (国民经济行业分类, GB/T 4754) and fields of science.
      + "农业|林业|畜牧|渔业|水利|能源|电力|电网|石油|化工|钢铁|矿业|矿山|制造|汽车|交通|物流|航空|航天|建筑|零售|电商|"
      + "营销|客服|传媒|文旅|电信|通信|医学|医药|药物|健康|生物|化学|材料|数学|物理|地理|遥感|海洋|环境|科研|安全|"
      + "司法|税务|财税|军事|具身|编程|网络|"
      // A foundation model by the word for a base (基座大模型, 行业基座: https://zh.wikipedia.org/wiki/基础模型), and
      // verbs of a business's moves that take models as object (布局大模型, 押注大模型): a kind or an act, no name.
      + "基座|布局|押注|入局|发力|深耕|打造|研发|开发|"
      // The task a model does, input to output: 文生图, 文生视频, 图生视频 (https://zh.wikipedia.org/wiki/文本到图像生成).
      + "(?:文|图|图文|视频|音频|语音)生(?:文|图|视频|音频|音乐|语音|3D|代码)";
  private static final Pattern CONCEPT_AI = Pattern.compile("(?:" + NOT_COMPANY_WORDS
      + "|[A-Za-z]+(?:ing|al|ive|ic|ous|ed|ble|ful|less|ary|ent|ant)) AI");

  /** 通用, 国产, 开源 (+大模型): a word that says what kind of model, not which one. */
  static boolean isGenericModelWord(String word) {
    return GENERIC_MODEL_WORD_RUN.matcher(word).matches();
  }

  private static final Pattern GENERIC_MODEL_WORD_RUN = Pattern.compile("(?:" + GENERIC_MODEL_WORDS + ")+");

  /**
   * A model's name needs a part of its own: one made only of kind, field or verb words and the word for model
   * (网络安全大模型, 基座大模型, 行业基座, 布局大模型) says what kind of model, or what a business does with models.
   */
  static boolean isGenericModelName(String name) {
    return GENERIC_MODEL_NAME.matcher(name).matches();
  }

  private static final Pattern GENERIC_MODEL_NAME =
      Pattern.compile("(?:" + GENERIC_MODEL_WORDS + ")+(?:大语言模型|语言模型|大模型|模型)?");

  /** Event nouns that end a Chinese event's name: 大会, 峰会, 研讨会. */
  private static final String HAN_EVENT_NOUN = "(?:开发者大会|大会|峰会|论坛|博览会|研讨会|年会|发布会|挑战赛|黑客松|"
      + "展览会|音乐节|电影节|讲座)";
  /** Words for a session held within a conference, which a theme in quotes or title marks names: 圆桌对话, 分论坛. */
  private static final String SESSION_NOUN = "(?:圆桌对话|圆桌论坛|圆桌会议|圆桌讨论|对话会|分论坛|专题论坛)";
  /** Words for the kind of a forum, between its quoted theme and its noun: “X”技术论坛, “X”高峰论坛. */
  private static final String FORUM_KIND = "(?:技术|科技|学术|高峰|主题|专题|国际|产业|行业|创新|青年)";
  /** The ordinal of a legislature's term or sitting, in Chinese numerals: 十四, 三. */
  private static final String SESSION_ORDINAL = "[一二三四五六七八九十]{1,3}";
  /** The nouns that end the name of an event held in editions (第N届…): conferences, and competitions. */
  private static final String EDITION_EVENT_NOUN = "(?:峰会周|大会周|大赛|竞赛|锦标赛|" + HAN_EVENT_NOUN.substring(3);
  /** A company's name ending in its trade word, as written after a description of the trade (芯片企业云芯科技). */
  private static final String DESCRIBED_TRADE_NAME = "(?!今|昨|明|近|日|已|正|也|将|于|在|还|首|本|该|此|员工|高管|团队|"
      + "相关|联合|纷纷|相继)\\p{IsHan}{2,4}(?:科技|智能|半导体|微电子|数智|机器人)";
  /** What does not start a conference's name: a pointer or a word for an ordinary meeting (本次, 全体, 年度, 公司). */
  private static final String NOT_CONFERENCE_START = "本|这|该|此|那|各|每|某|一|上|下|今|其|首|第|全体|年度|公司";
  /** A character of a conference's name: Chinese, Latin, digits and the middle dot, not function words. */
  private static final String CONFERENCE_WORD = "[\\p{IsHan}A-Za-z0-9·&&[^的了在是和与及、]]";
  /**
   * A concept or a verdict in scare quotes where a product's name could stand: a process in -化 (“智能化”应用; 化 makes
   * a verb or noun of change, https://en.wiktionary.org/wiki/化), a sham or a real thing (“伪智能”, “真智能”), a predicate
   * (“拥有意识”), or the smart or digital way of a trade or a field (「智慧营运」, “数字政务”).
   */
  private static final String QUOTED_CONCEPT = "(?:[^“”「」『』\\n]{1,6}化|[伪偽][^“”「」『』\\n]{1,6}|[假真非](?:智能|智慧|AI)|"
      + "(?:拥有|擁有|具有|具备|具備|能够|能夠|可以|没有|沒有|不会|不會)[^“”「」『』\\n]{1,8}|"
      + "(?:智慧|智能|数字|數字|数智|數智)(?:营运|營運|运营|運營|管理|服务|服務|交通|城市|医疗|醫療|教育|物流|生活|制造|製造|"
      + "治理|办公|辦公|零售|金融|出行|政务|政務))(?=[”」』])";
  /**
   * Words for what a named machine, app or online service is: 算力集群, 超算, 芯片, 智能体, a system (辅助系统) or a service
   * site (服务网); in either script. Not an AI system (“某某”AI系统), which names a model as often, nor a system right
   * after the quote, which is as often a scare-quoted mechanism (一个“积分”系统).
   */
  private static final String PRODUCT_KIND = "(?:智算集群|算力集群|集群|超级计算机|超算|芯片|晶片|服务器|伺服器|App|APP|app|"
      + "小程序|应用|應用|平台|平臺|助手|智能体|智能體|机器人|機器人|浏览器|瀏覽器|操作系统|作業系統|"
      + "(?<![”」』]|AI|人工智能)(?:系统|系統)|服务网|服務網|网站|網站)";
  /** Verbs of organizing or leading a round that follow an organization's name: 主办, 联合承办, 领投. */
  private static final String ORGANIZING_VERB = "(?:联合|共同)?(?:主办|承办|协办|举办|发起|领投|牵头|出品)";
  /** A name that organizes: Chinese words without function words, or a Latin name. */
  private static final String ORGANIZER_NAME = "[\\p{IsHan}&&[^的了在是和与及、向对由将把被从]]{2,10}?"
      + "|[A-Z][A-Za-z0-9&]+(?: [A-Z][A-Za-z0-9&]+)*";
  /** What does not start an organizer's name: a pointer (该, 本) or a person's name (张小明发起). */
  private static final String NOT_ORGANIZER = "(?!该|本|其|这|此|各|多家|一家|" + SURNAME + "\\p{IsHan}{1,2}"
      + ORGANIZING_VERB + ")";

  /** "Spatial AI", "Generative AI": an English concept written with capitals, not a company. */
  static boolean isConceptAi(String name) {
    return CONCEPT_AI.matcher(name).matches();
  }

  /**
   * Nouns that head an English event's name (Munich Security Conference, AI Safety Summit, White House Roundtable).
   * Not Forum alone after an organization word, nor Panel or Convention, which also name bodies and treaties. An
   * exhibition held every two or three years (Venice Biennale, Whitney Biennial) and a prize's yearly round in the
   * plural (Webby Awards) are events; Award and Prize alone name the honour, not a gathering.
   */
  private static final String ENGLISH_EVENT_NOUN = "(?:Meeting|Summit|Roundtable|Round Table|Forum|Conference|Hearing|"
      + "Dinner|Luncheon|Breakfast|Reception|Symposium|Convening|Dialogue|Workshop|Listening Session|Town Hall|"
      + "Briefing|Ceremony|Festival|Expo|Hackathon|Gala|Retreat|Showcase|Fireside Chat|Lectures?|Biennale|Biennial|"
      + "Triennale|Triennial|Awards)";
  /** Plural nouns for the people a meeting is held with: Leaders, CEOs, Advocates, Small Business Owners. */
  private static final String ENGLISH_GROUP_NOUN = "(?:Leaders|CEOs|Executives|Advocates|Experts|Stakeholders|"
      + "Officials|Representatives|Members|Students|Workers|Researchers|Scientists|Governors|Mayors|Lawmakers|"
      + "Legislators|Senators|Owners|Founders|Entrepreneurs|Organizations|Groups|Innovators|Educators|Parents)";
  /** One capitalised word of a title-case name, or a year: AI, CEOs, Biden-Harris, 2024. */
  private static final String TITLE_WORD = "(?:(?!(?:" + CALENDAR_WORDS + ")\\b)[A-Z][A-Za-z0-9&-]*|\\d{4})";
  /** The small words title case leaves in lower case between capitalised ones. */
  private static final String TITLE_JOINER = "(?:the|a|an|and|of|on|for|in|to|with|at|from|by|about) ";
  /** Kinds of book or record whose title may follow in title case without quotation marks. */
  private static final String ENGLISH_BOOK_KIND = "(?:book|novel|memoir|autobiography|textbook|biography|bestseller|"
      + "collection|album)";
  /** A book's or an album's title: capitalised words, small words between (Patterns in the Noise). */
  private static final String ENGLISH_BOOK_TITLE = "[A-Z][A-Za-z0-9'’-]*(?: (?:" + TITLE_JOINER + "){0,2}"
      + "[A-Z][A-Za-z0-9'’-]*){0,6}";
  /** Words that open a document about an event (its kind), or a sentence, rather than the event's name. */
  private static final String NOT_EVENT_START = "Readout|Remarks|Statement|Transcript|Fact|Sheet|Photos|Video|Recap|"
      + "Summary|Agenda|Highlights|Today|Tonight|Yesterday|Last|Next|This|That|The|At|During|In|After|Before|From|"
      + "Following|Ahead|Inside|Behind|Watch|Live|Join|Attend";

  /** A capitalised word of a quoted title, perhaps ending in a colon or a question mark: Recycling:, What’s, Next? */
  private static final String QUOTED_TITLE_WORD = "[A-Z0-9][A-Za-z0-9’'&.-]*[:?!]?";
  /**
   * A quoted title in title case: capitalised words, and the small words title case leaves in lower case between them
   * (AI and the Factory: What Comes Next, How Robots are Changing Work). Two words at least.
   */
  private static final String QUOTED_TITLE = QUOTED_TITLE_WORD + "(?: (?:(?:a|an|the|and|or|of|on|for|in|to|with|at|"
      + "from|by|about|are|is|vs\\.|as|into) )*" + QUOTED_TITLE_WORD + "){1,12}";
  /** Words that open a job title, which may end in a document noun too (Head of AI Strategy). */
  private static final String JOB_TITLE_WORDS = "Head|Director|Vice|President|Chief|Senior|Manager|VP|SVP|EVP|Lead|"
      + "Deputy|Assistant|Associate|Principal|Partner";
  /** A demonstrative or possessive before a title-case phrase makes it a short reference (this Action Plan). */
  private static final String NOT_AFTER_DEMONSTRATIVE = "(?<!\\b(?:this|This|that|That|these|These|our|Our|its|Its) )";
  /** Nouns that head the name of a policy document or report: AI Risk Management Framework, National AI Strategy. */
  private static final String ENGLISH_DOCUMENT_NOUN = "(?:Plan|Framework|Blueprint|Strategy|Roadmap|Report|Guidelines|"
      + "Principles|Declaration|Charter|Playbook|White Paper|Executive Order)";
  /**
   * What follows a title-case head as part of the name: Summit on AI Safety, Blueprint for an AI Bill of Rights. Not
   * past "and the", which joins the next name (the Blueprint for X and the Y Framework).
   */
  private static final String TITLE_COMPLEMENT = " (?:on|of|for|with|about) (?:" + TITLE_JOINER + "){0,2}" + TITLE_WORD
      + "(?: (?!and (?:the|a|an) |in \\d{4}\\b)(?:" + TITLE_JOINER + "){0,2}" + TITLE_WORD + ")*";

  /**
   * Chinese nouns for a kind of person that are not job titles (those are in TITLE_END): a Latin name right after one
   * is that person's. Source: the person nouns of https://zh.wikipedia.org/wiki/职业 and common news usage.
   */
  private static final String PERSON_DESCRIPTOR = "(?:女性|男性|女士|男子|女子|专家|學者|学者|创业者|創業者|企业家|企業家|"
      + "本科生|研究生|博士生|大学生|学生|學生|作家|小说家|歌手|音乐人|艺术家|藝術家|演员|演員|导演|導演|评论员|評論員|"
      + "评论家|評論家|经济学家|經濟學家|数学家|數學家|物理学家|哲学家|心理学家|历史学家|研究者|研究人员|创作者|主持人|网友|網友|博主|"
      + "程序员|程序員|开发者|開發者|黑客|律师|律師|医生|醫生|法官|教师|教師|老师|老師|用户|用戶|患者|病人|选手|球员|"
      + "大亨|富豪|首富|亿万富翁|億萬富翁)";
  /** Chinese nouns for a kind of business: 初创公司, 平台, 出版商, 对冲基金. */
  private static final String COMPANY_DESCRIPTOR = "(?:初创公司|初創公司|初创企业|初創企業|创业公司|創業公司|公司|企业|企業|"
      + "厂商|廠商|服务商|服務商|供应商|供應商|运营商|運營商|出版商|开发商|開發商|制造商|製造商|芯片商|平台|网站|網站|"
      + "社区|社區|对冲基金|對沖基金|投资机构|投資機構|风投机构|风投|独角兽|獨角獸)";
  /** Chinese nouns for a kind of product: 聊天机器人, 浏览器, 编辑器, 智能体, 应用, 产品 (首款产品Orbit). */
  private static final String PRODUCT_DESCRIPTOR = "(?:聊天机器人|聊天機器人|浏览器|瀏覽器|编辑器|編輯器|智能体|智能體|"
      + "搜索引擎|操作系统|作業系統|应用程序|應用程式|应用|應用|助手|编程工具|編程工具|处理器|處理器|加速器|头显|頭顯|眼镜|"
      + "人形机器人|人形機器人|产品|產品|显卡|顯卡)";
  /** Chinese nouns for a news organization: 科技媒体The Information, 新闻网站Axion. */
  private static final String MEDIA_DESCRIPTOR = "(?:媒体|媒體|新闻网站|新聞網站|通讯社|通訊社|电视台|電視台|报纸|報紙|杂志|雜誌|"
      + "期刊|博客|播客|新闻机构|新聞機構)";
  /** Chinese nouns for other organizations: 非营利组织, 智库, 协会, 研究机构, 摇滚乐队. */
  private static final String ORGANIZATION_DESCRIPTOR = "(?:组织|組織|智库|智庫|协会|協會|联盟|聯盟|基金会|基金會|机构|機構|"
      // a band is a group of people, an organization of no listed subtype
      + "乐队|樂隊|乐团|樂團)";
  /**
   * A Latin name after a descriptor: one to four capitalised words (an English article may start it: The
   * Information), not an all-capital abbreviation of three letters or fewer.
   */
  private static final String DESCRIBED_LATIN_NAME = "(?![A-Z]{1,3}(?![A-Za-z0-9]))(?:The )?[A-Z][A-Za-z0-9&.'’-]*"
      + "(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}(?<![.'’-])(?![A-Za-z0-9])";
  /** A Latin name a text introduces with 名为: capitalised words or numbers (Quill Note, Lumen 2, GOV.UK Chat). */
  private static final String NAMED_LATIN = "[A-Z][A-Za-z0-9.+-]*(?: (?:[A-Z][A-Za-z0-9.+-]*|\\d+(?:\\.\\d+)*)){0,3}";
  private static final String VERSION = "(?:[A-Z]?\\d+(?:\\.\\d+)*[A-Za-z]*(?:-\\d{3,4})?)";
  /** Words after a noun for a writer that start the rest of the clause, not a pen name: 作家们都认为, 作者对此表示. */
  private static final String NOT_PEN_NAME_START = "[们也都则还更就又均亦曾已将对向在于和与及并而却仍不没未会要]|本人|自己|"
      + "普遍|一致|纷纷|同样|此前|随后|近日|日前|今天|昨天|早前|曾经|一直|公开|直接|明确|坦白|看来|眼中";
  /** The label before a name in a byline or a credit line: 编辑, 记者, 采访人员. */
  private static final String CREDIT_LABEL = "(?:作者|编辑|责编|责任编辑|记者|撰文|编译|校对|审校|采写|整理|实习生|特约撰稿人|"
      + "出品人|主编|采访人员)";
  /** Where a name in a credit line ends: a space, a separator, punctuation or a closing bracket. */
  private static final String CREDIT_NAME_END = "(?=[\\s｜|/，,。;；）)]|$)";
  /** Where a Chinese name after a title ends: a verb of saying, a function word, or punctuation. */
  private static final String NAME_END = "(?=表示|说|如是说|这样说|称|认为|指出|强调|透露|坦言|直言|提到|回应|预测|介绍|告诉|解释|写道|"
      + "接受|出席|主持|谈到|发表|宣布|发布|带领|率领|参加|出任|担任|分享|呼吁|建议|回忆|作(?=了?(?:题为)?[《“])|"
      + "的|在|和|与|及|也|则|等|曾|已|将|是|对|于|就|今|昨|日前|近日|"
      // a day of the week, as news dates what people said: 主席玛丽·霍尔星期四表示
      + "星期[一二三四五六日天]|周[一二三四五六日末]|上周|本周|上星期|本星期|"
      + "[，,。；;：:（(“”\"、\\s]|$)";
  /**
   * A time said in words, which 在…举办 takes like a venue: 在昨天下午举办的, 在今天上午举行, 在不久前召开的, 在此前举办的,
   * 在周末举行.
   */
  private static final String TIME_PHRASE = "(?:(?:今天|昨天|明天|前天|后天|当天|今日|昨日|明日|次日|当日|本周|上周|下周|"
      + "本月|上月|下月|今年|去年|明年|周末|月底|年底|近日|日前|不久前|此前|此后|随后|同日|同期|当晚|当年|那天)"
      + "(?:上午|下午|晚上|早上|中午|凌晨|傍晚|晚间|夜间|早些时候)?|上午|下午|晚上|早上|中午|凌晨|傍晚|晚间)";
  /** What only a company does right after its name: 宣布, 任命, 收购; with an adverb of time before it (此前收购了). */
  private static final String COMPANY_ONLY_ACT = "(?:此前|近日|日前|今年|去年|已|也|还|则|正式)?(?:宣布|任命|收购|聘请|"
      + "起诉|裁员|发布了|推出了|旗下|方面|官方)";
  /**
   * The capitalised name of a product or a model, up to four words, a version number among them: Skyforge Tactics,
   * Lumen 2. Not a determiner or a sentence's opening word.
   */
  private static final String ENGLISH_PRODUCT_NAME = "(?!(?:Those|A|However|Instead|Meanwhile|Later|Today|Finally|"
      + "Previously|Recently|Currently)\\b)"
      // nor a trade's abbreviation, a concept word or a determiner (its AI assistant, its Generative model, The …)
      + "(?!(?:" + INDUSTRY_ABBREVIATIONS + "|" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))"
      + "[A-Z][A-Za-z0-9+#-]*(?:\\.[A-Za-z0-9]+)*(?: (?:[A-Z][A-Za-z0-9+#-]*(?:\\.[A-Za-z0-9]+)*|\\d+(?:\\.\\d+)?)){0,3}";
  /** Kinds of software, device or game that introduce their own name (a JavaScript runtime called Quarry). */
  private static final String ENGLISH_SOFTWARE_KIND = "(?:programming language|scripting language|query language|"
      + "runtime|library|framework|toolkit|command-line tool|tool|code assistant|search assistant|assistant|"
      + "search engine|game engine|web browser|browser|code editor|editor|compiler|database|operating system|app|"
      + "application|chatbot|platform|console|video game|game)";
  /** Words after an apposition's kind that show the apposition ends or goes on about the thing: for, that, written. */
  private static final String APPOSITION_GOES_ON = "(?:[,.;]| (?:for|that|which|written|built|used|designed|"
      + "developed|released|made|from|by|with|in|of|on)\\b)";
  /**
   * The nouns for a product's kind after its quoted name: an app, a chatbot or an assistant, a platform or a system, a
   * device or a craft ("Tern" voice assistant, “Kestrel” satellite).
   */
  private static final String ENGLISH_QUOTED_KIND = "(?:chatbot|chat bot|assistant|app|application|platform|software|"
      + "search engine|browser|operating system|tracking system|system|robot|headset|smartphone|satellite|rocket|"
      + "spacecraft)";
  /** Function words, which join a clause's words and no name to the noun of its kind. */
  private static final String CLAUSE_WORD = "(?:the|a|an|and|or|of|on|for|in|to|with|at|from|by|about|as|is|was|are|"
      + "were|be|that|which|this|its|their|his|her|our|your)";
  /**
   * A university's name after "at": University of X, or capitalised words ending in University, College or Institute
   * of Technology (Halden University, the University of Elmsworth).
   */
  private static final String UNIVERSITY_NAME = "(?:University of [A-Z]|(?:[A-Z][A-Za-z.&'’-]* ){1,4}"
      + "(?:University|College|Institute of Technology)\\b)";
  /** A possessive before a product's name: Veltara's, the company's (not it's, that's). */
  private static final String POSSESSOR = "(?!(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Ww]ho|[Ll]et)['’]s)"
      + "[A-Za-z][A-Za-z0-9]*['’]s";
  /** Models that are no AI model: a business model, a pricing model (Wiktionary "business model", "pricing model"). */
  private static final String NOT_AI_MODEL_KIND = "(?<!\\b(?:business|pricing|revenue|role|operating|subscription|"
      + "licensing|franchise|economic|financial) )";
  /** What follows a product's name at the end of its phrase: a stop, a bracket or a clause's next word. */
  private static final String NAME_GOES_ON = "(?![A-Za-z0-9])(?=[,.;:)]| \\(| (?:was|is|which|that|in|for|on|and|"
      + "with|by|from|has|had|won|sold|became|to|as)\\b)";
  /** The head words of a competition's name: Lakeshore Robotics Championship, Western Cup, London Marathon. */
  private static final String ENGLISH_COMPETITION_NOUN = "(?:Championships?|Cup|World Series|Olympiad|Marathon|"
      + "Grand Prix|Tournament)";
  /** A list described, not named: 最终清单, 一份名单, 完整名单. */
  private static final String DESCRIBED_LIST = "(?:最终|最終|完整|初步|详细|詳細|正式|最新|新|长|長|短|候选|候選|这份|這份|那份|一份|"
      + "整个|整個|全部|部分)(?:清单|名单|清單|名單)";
  /** A Chinese unit or measure word after a number: the number counts something (200万字, 10倍), it is no version. */
  /** Chinese words for a chip or a card, which name the hardware before or after them (芯片Ascend 910C, MTT X300显卡). */
  private static final String HAN_CHIP_WORDS = "显卡|芯片|加速卡|计算卡|智算卡";
  /**
   * Kinds of model named between a model's name and the word for model (音乐生成模型, 多模态大模型): what it generates or
   * reads, or its role. Source: the model kinds of https://zh.wikipedia.org/wiki/生成式人工智能 and
   * https://zh.wikipedia.org/wiki/多模态学习.
   */
  private static final String HAN_MODEL_KIND = "(?:(?:音乐|视频|图像|语音|文本|3D)?生成|语音(?:合成|识别)?|多模态|推理|编程|"
      + "代码|视觉|基础|基座|开源|旗舰|端侧|对话)";
  private static final String HAN_COUNT_UNIT = "[万亿千百个款家年月日号倍位名次项岁元字人]";
  private static final List<Shape> SHAPES = List.of(
      // Family name, hyphen, version: GPT-4, GPT-3.5, LLaMa-2, Gen-2. Letters only before the digit; an all-capital
      // family has at most four letters (GPT, BERT), since longer ones are acronyms of other things (COVID-19).
      new Shape("model-version",
          Pattern.compile("(?<![A-Za-z0-9-])(?:[A-Z]{2,4}|[A-Z][A-Za-z]{0,15}[a-z][A-Za-z]{0,15})-\\d{1,2}(?:\\.\\d)?"
              + "(?:[A-Za-z]{1,5}\\b)?(?![\\d.-])"),
          EntityType.AI_MODEL),
      // A family with a version and variants: GPT-5 Pro, Claude Opus 4.1, Gemini 2.5 Pro, DeepSeek-V3-Base,
      // DeepSeek-Coder V2, DeepSeek-MoE, GLM5.3, Kimi K3, GPT3.5-turbo. Not a count in Chinese after the name (Kimi
      // 200 万字的窗口: two million characters).
      new Shape("model-family-version",
          Pattern.compile("(?<![A-Za-z0-9-])" + MODEL_FAMILY
              + "(?:(?:[- ]?" + VERSION + "|[- ]" + MODEL_VARIANT + ")(?:[- ](?:" + MODEL_VARIANT + "|" + VERSION + "))*"
              + "|[- ]" + MODEL_VARIANT + "(?:[- ]" + VERSION + ")?)(?![A-Za-z0-9])(?!(?<=\\d) ?" + HAN_COUNT_UNIT + ")"),
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
      // OpenAI's reasoning models: o1, o3-mini, o4-mini, o1-Pro, and with the maker and a snapshot date as benchmark
      // tables write them: OpenAI-o1-1217.
      new Shape("o-series",
          Pattern.compile("(?<![A-Za-z0-9-])(?:OpenAI-)?o[1-9](?:-(?:mini|pro|Pro|preview))?(?:-\\d{4})?"
              + "(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // ...GPT as a suffix or with a named variant: ChatGPT, BloombergGPT, GPT-Vision, GPT-4V.
      new Shape("gpt-family",
          Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*GPT|GPT-[A-Z][a-z]+)(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A quoted name that the next words call an event: “X”的活动, “X”聚会, 「X——2025某某新风向」大会, 「机器与工作」论坛
      // (corner quotes, and a theme with a sub-title, as conference names often have); a session of a conference by
      // its theme in quotes or title marks: “X”圆桌对话, 《X》圆桌论坛 (a title before the word for a session names it,
      // not a publication). A word for the forum's kind may stand between: “X”技术论坛, 「X」的高峰论坛. A session's
      // title in quotes after the session's noun and a dash: 某某大会分论坛——“X”.
      new Shape("quoted-event",
          Pattern.compile("(?<=[“\"「『])([^“”\"「」『』\\n]{2,30})(?=[”\"」』](?:的)?" + FORUM_KIND + "?(?:活动|聚会|大会|峰会|"
              + "盛会|论坛|研讨会|座谈会|讲座|" + SESSION_NOUN + "))"
              + "|(?<=《)([^《》\\n]{2,30})(?=》" + SESSION_NOUN + ")"
              + "|(?<=(?:" + SESSION_NOUN + "|论坛|沙龙)——[“「])(?<name>[^“”「」『』\\n]{2,30})(?=[”」])"),
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
      // A conference named where something is said at it: 在武汉人工智能创新大会上, 在5月15日的X春季Force·原动力大会上,
      // 在2026年X年会上. Five characters or more before the noun, or a year before the name, so that 在股东大会上 or 在年度大会上
      // stay descriptions.
      new Shape("han-conference-at",
          Pattern.compile("(?<=在)(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日的)?(?<name>(?:(?!" + NOT_CONFERENCE_START + ")"
              + CONFERENCE_WORD + "{5,20}?|\\d{4}年?(?!" + NOT_CONFERENCE_START + ")" + CONFERENCE_WORD + "{2,20}?)"
              + "(?:大会|峰会|论坛|年会|博览会)"
              // with the sub-title of one of its sessions: 在X论坛·Y对话上
              + "(?:·" + CONFERENCE_WORD + "{2,8}?)?)(?=上|期间|现场|开幕|中)"),
          EntityType.EVENT),
      // A forum named where it is said to be held, its name perhaps joining two themes with 与 or 和: 大会期间举办的X创新与
      // 合作论坛发布了…, 同期召开的Y大会上. Being held makes it one event; a pointer or a count (一场, 本次) starts no name.
      // A press conference held on a day is one too (某部委举行的新闻发布会上, 举行的中外记者会上).
      new Shape("held-event",
          Pattern.compile("(?<=(?:举办|举行|召开|主办|开幕)的)(?<name>(?!" + NOT_CONFERENCE_START + ")" + CONFERENCE_WORD
              + "{2,12}?(?:[与和]" + CONFERENCE_WORD + "{2,6}?)?(?:大会|峰会|论坛|年会|研讨会|博览会|记者会|发布会))"
              + "(?=[上，,。；;、）)]|期间|现场|开幕|闭幕|发布|举行|$)"),
          EntityType.EVENT),
      // A Chinese name right after a job title: 零一万物创始人兼CEO李开复, 百度首席技术官王海峰表示; also with a space
      // between, as speaker headings and reporter lines set them (全国政协委员 王某某：…, 本报记者 李某某).
      new Shape("title-han-name",
          Pattern.compile("(?<=" + TITLE_END + "[ \\u3000]?)(?<name>" + SURNAME + HAN + "{1,2}?)" + NAME_END),
          EntityType.PERSON),
      // A writer's pen name after the kind of writer, before a verb of saying: 悬疑作家南山客认为, 网络小说作家青灯夜雨表示,
      // 一文作者林间说. A pen name need not start with a family name; the kind of writing before the noun and the verb
      // after the name mark the words between as the writer.
      new Shape("writer-pen-name",
          Pattern.compile("(?<=" + HAN + "(?:作家|作者|小说家|评论家|诗人|编剧))(?!" + NOT_PEN_NAME_START + ")"
              + "(?<name>" + HAN + "{2,4}?)(?=表示|说|称|认为|指出|强调|透露|坦言|直言|提到|分享|回忆|告诉|介绍|解释|写道|感慨)"),
          EntityType.PERSON),
      // A foreign name transliterated without its first name, right after a job title: 首席执行官布兰特表示,
      // 主席斯塔默说. Every character is one the standard transliteration tables use for sounds.
      new Shape("title-transliterated-name",
          Pattern.compile("(?<=" + TITLE_END + ")(?<name>" + TRANSLITERATION + "{2,4}?)" + NAME_END),
          EntityType.PERSON),
      // A Latin name right after a job title, with or without a space: CEO Tomas Berg, 首席技术官Priya Raman.
      new Shape("title-latin-name",
          Pattern.compile("(?<=" + TITLE_END + " ?)" + LATIN_PERSON + "(?![A-Za-z0-9])"),
          EntityType.PERSON),
      // Before the name-before-speech shape, which cannot tell a person from an organization.
      // A Latin name right after a Chinese noun for a kind of person: 数据科学家 is a title, but 女性, 专家, 创业者,
      // 本科生 are not: 澳大利亚创业者Nora Quill, 专家Alan Reyes.
      new Shape("descriptor-latin-person",
          Pattern.compile("(?<=" + PERSON_DESCRIPTOR + " ?)" + LATIN_PERSON + "(?![A-Za-z0-9])"),
          EntityType.PERSON),
      // A Latin name right after a Chinese noun for a kind of organization: 在线教育平台Learnly, 出版商Brightway Press,
      // 美国科技媒体The Information, 非营利组织Open Harbor.
      new Shape("descriptor-latin-company",
          Pattern.compile("(?<=" + COMPANY_DESCRIPTOR + " ?)" + DESCRIBED_LATIN_NAME),
          EntityType.COMPANY),
      new Shape("descriptor-latin-product",
          Pattern.compile("(?<=" + PRODUCT_DESCRIPTOR + " ?)" + DESCRIBED_LATIN_NAME),
          EntityType.PRODUCT),
      new Shape("descriptor-latin-media",
          Pattern.compile("(?<=" + MEDIA_DESCRIPTOR + " ?)" + DESCRIBED_LATIN_NAME),
          EntityType.MEDIA_ORGANIZATION),
      new Shape("descriptor-latin-organization",
          Pattern.compile("(?<=" + ORGANIZATION_DESCRIPTOR + " ?)" + DESCRIBED_LATIN_NAME),
          EntityType.ORGANIZATION),
      // A Latin name right before a verb of saying in Chinese text: Dana Whitfield表示, Tomas Berg认为.
      new Shape("latin-name-before-speech",
          Pattern.compile("(?<![A-Za-z0-9])" + LATIN_PERSON + "(?= ?(?:表示|说|称|认为|指出|强调|写道|透露|坦言|直言|"
              + "提到|回应|预测|告诉|补充|解释|介绍))"),
          EntityType.PERSON),
      // A speaker who gives a talk, opening the clause, whom the segmenter may glue to the verb: 李明远作《算力的边界》报告,
      // 周岚作题为“开源之后”的演讲.
      new Shape("han-name-gives-talk",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[，。；：])(?<name>" + SURNAME + HAN + "{1,2}?)(?=作了?(?:题为)?[《“])"),
          EntityType.PERSON),
      // A person appointed to a post: 任命孙立为首席技术官, 聘请何雨晴担任总监. Only people are appointed.
      new Shape("appointed-han-name",
          Pattern.compile("(?<=任命|聘请|聘任|提名|委任)(?<name>" + SURNAME + HAN + "{1,2}?)(?=为|担任|出任)"),
          EntityType.PERSON),
      // A cloud brand no lexicon knows, acting as the company behind it: 星河云宣布, 白鹭云此前收购了, 青藤云旗下. Not a
      // kind of cloud (公有云, 政务云), which opens with a word that describes.
      new Shape("han-cloud-company-act",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[，。；：、和与及对据])(?!公有|私有|混合|政务|边缘|行业|专属|国产|国内|海外|"
              + "该|这|那|其|各|多|上|星云|白云|乌云|风云|青云|彩云)(?<name>" + HAN + "{2,3}云)(?=" + COMPANY_ONLY_ACT + ")"),
          EntityType.COMPANY),
      // An outlet that interviewed someone, without title marks: 接受了科创观察的采访, 接受深潮TechFlow独家专访. Not a
      // journalist or a person (接受记者采访, 接受主持人李宁的采访).
      new Shape("interviewing-media",
          Pattern.compile("(?<=接受了?)(?!记者|主持人|媒体|外媒|本报|本刊|笔者|我们|他|她|多家|国内|海外|" + SURNAME + HAN
              + "{1,2}的)(?![^，。的]{0,10}(?:记者|主持人))"
              + "(?<name>[\\p{IsHan}A-Za-z0-9&&[^的了在是和与及、向对据说称]]{2,12}?)(?=的?(?:独家)?(?:采访|专访))"),
          EntityType.MEDIA_ORGANIZATION),
      // The people of a byline or credit line: 编辑：周航, 记者 王芳, 责任编辑/李想, 采访人员|孙悦; the line may close a
      // bracket ((文/张三 编辑/李四)), and a second name may follow the first after a space (记者 王芳 林清).
      new Shape("credited-han-name",
          Pattern.compile("(?<=" + CREDIT_LABEL + "[：: /｜|]{0,2})(?<name>" + SURNAME + HAN + "{1,2}?)"
              + CREDIT_NAME_END
              + "|(?<=" + CREDIT_LABEL + "[：: /｜|]{0,2}" + SURNAME + HAN + "{1,2}[ \\u3000])(?<name2>" + SURNAME + HAN
              + "{1,2}?)" + CREDIT_NAME_END),
          EntityType.PERSON),
      // A transliterated foreign name after a title, or before its original in brackets (a space may come between, as
      // Taiwan's press sets them; a noun for a kind of person may come before: 媒体大亨X·Y (…)): 参议员安迪·金,
      // 托马斯·沃尔夫(Thomas Wolf); after the last title of a run (首席执行官兼董事长X·Y, not from 董事 on: no name
      // starts with 长 or 会), and not the joiner before a second name (A（…）和丹尼尔·罗斯（Daniel Ross）).
      new Shape("dotted-name",
          Pattern.compile("(?<=" + TITLE_END + ")(?![长会])(?!" + HAN + "{0,5}?" + TITLE_END + ")" + HAN + "{1,6}·" + HAN
              + "{1,6}?(?:·" + HAN + "{1,6}?)?" + NAME_END
              + "|(?<=^|[^\\p{IsHan}]|[的和与及、是由]|" + PERSON_DESCRIPTOR + ")(?!" + HAN + "{0,4}?(?:" + TITLE_END + "|"
              + PERSON_DESCRIPTOR + "))"
              + "(?![的和与及、是由])" + HAN + "{1,6}·" + HAN + "{1,6}(?:·" + HAN + "{1,6})?(?= ?[(（][A-Z][a-z]+ [A-Z])"),
          EntityType.PERSON),
      // An unknown Latin name doing what only a company does, or with what only a company has, in Chinese:
      // Veltrix发布了新芯片, Corvo宣布完成融资, Nimbla公司获得了投资, Corvex的估值. Known products and models are the lexicon's, which comes first.
      new Shape("latin-before-company-act",
          Pattern.compile("(?<![A-Za-z0-9.-])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*"
              + "(?: [A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)?(?=(?:公司)?(?:宣布|推出了?|发布了|發布了|完成了?[^，。,]{0,12}融资|"
              + "获得了?[^，。,]{0,12}(?:投资|融资)|收购了?|起诉了?|裁员|的(?:估值|市值|股价|股东|员工|营收|投资方|投资人)))"),
          EntityType.COMPANY),
      // An unknown upper-case Latin name right before 公司: SGI公司, 担任XYZ公司的总裁. Not an industry's abbreviation
      // (IT公司, AI公司, EDA公司), nor a kind after a count (多家IT公司, 一家GPU公司).
      new Shape("latin-acronym-company",
          Pattern.compile("(?<![A-Za-z0-9.&-]|[家个间所类])(?!(?:" + INDUSTRY_ABBREVIATIONS + ")公司)[A-Z]{2,6}(?=公司)"),
          EntityType.COMPANY),
      // An unknown one-word Latin name that a company reaches an agreement with: 与Corvane达成合作, 和Lumis签署了协议.
      // Two-word names are left alone: they are as often people's.
      new Shape("latin-partner-company",
          Pattern.compile("(?<=[与和同])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*"
              + "(?![A-Za-z0-9 ])(?=(?:公司)?(?:达成|签署|签订)了?[^，。,]{0,6}(?:合作|协议|伙伴关系))"),
          EntityType.COMPANY),
      // A Chinese company name ending in its trade (科技, 智能, 网络, 游戏 …) that speaks or acts as a company: 云帆科技方面
      // 回应称, 星河智能宣布完成融资, 青果网络发布了财报, 人工智能初创企业云图智能上周完成融资. Not a field (人工智能表示,
      // 金融科技公司, 网络游戏推出): the name opens a clause or follows the noun 企业/公司, and starts with no descriptive
      // word.
      new Shape("han-company-act",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[的和与及、对据]|企业|公司)(?!人工|这家|该|一家|各|多家|国内|国外|中国|美国|"
              + "全球|本土|头部|知名|大型|金融|生物|信息|数字|互联网|网络|手机|电子|移动|单机|社交|休闲|主机)(?<name>" + HAN
              + "{2,4}(?:科技|智能|网络|游戏|互娱|软件|传媒|半导体))(?=(?:上周|本周|近日|日前|今天|昨天|本月|上月|今年|去年)?"
              + "(?:方面|宣布|推出|发布|回应|表示|称|旗下|则|"
              + "完成了?[^，。,]{0,12}融资|获得了?[^，。,]{0,12}(?:投资|融资)))"),
          EntityType.COMPANY),
      // A company named with its trade word right after the verb that founded it: 2019年他成立了星河科技, 和朋友创办了
      // 云帆智能, 由张三创立的星海机器人公司. Only a company is founded under such a name; descriptions (一家科技, 人工智能
      // 科技) are kept out.
      new Shape("founded-han-company",
          Pattern.compile("(?<=(?:创立|创办|成立|组建|创建)(?:了|的)?)(?!了|的|人工|一家|这家|该|多家|新的|自己的|国内|中国|美国|全球|"
              + "数字|信息|网络|智能)(?<name>" + HAN + "{2,4}?(?:科技|智能|网络|软件|半导体|机器人|数据))"
              + "(?=公司|[，,。；;、）)]|$)"),
          EntityType.COMPANY),
      // A Latin name right after the verb that founded it (成立了Nimbla AI, 创办了Velora Labs; "co-founded Nimbla AI
      // in 2023", "who previously co-founded Velora Motion."): only a company or body is founded, so "X AI" there is a
      // name even when X reads like an adjective (-ic, -al), which otherwise makes it a concept (Generative AI).
      new Shape("founded-latin-company",
          Pattern.compile("(?:(?<=(?:创立|创办|成立|组建|创建|联合创立|联合创办)了?)|(?<=\\b(?:[Cc]o-?)?founded ))"
              + "(?<name>[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*){0,3})"
              + "(?=公司|[，,。；;、）)]|\\.(?![A-Za-z0-9])|$| in (?:\\d{4}|[A-Z])| with )"),
          EntityType.COMPANY),
      // A Chinese name doing what only a company does, whatever the tagger thinks it is (a company name often reads
      // like a person's): X宣布旗下…, X旗下的, X发布了年度财报, X的估值/市值/股价. Pronouns and generic nouns are not names.
      new Shape("han-name-company-only-act",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[，。；：、])(?!他|她|我|你|它|该|这|那|其|本|各|公司|集团|企业|双方|官方|政府|"
              + "市场|行业|平台|团队|今|昨|近|日前|目前)(?<name>" + HAN + "{2,4}?)(?=(?:宣布|表示)?旗下|发布了?(?:"
              + "年度|季度|第[一二三四]季度|半年度|中期|全年)?财报|的(?:估值|市值|股价|营收|财报|投资方)[^，。]{0,2}(?:达|超|为|上涨|下跌|"
              + "增长|突破|约))"),
          EntityType.COMPANY),
      // A Chinese name right after a description of the company's trade: 大模型独角兽X发布, 具身智能创业公司X获得,
      // 通用人工智能公司X宣布, 人工智能新创X宣布 (新创: Taiwan's word for a startup). Not 该公司/一家公司 (no description), nor the company's people (公司员工表示).
      new Shape("described-han-company",
          Pattern.compile("(?:人工智能|智能|AI|大模型|模型|芯片|机器人|自动驾驶|半导体|科技|软件|游戏|算力|云计算)"
              + "(?:独角兽(?:公司|企业)?|初创公司|创业公司|初创企业|创业企业|新创公司|新创企业|新创|明星公司|公司|企业|厂商)"
              // nor a time said in words (初创公司上月推出)
              + "(?<name>(?!" + TIME_PHRASE + ")(?!今|昨|明|近|日|已|正|也|将|于|在|还|再|又|则|就|都|刚|首|本|该|此|随后|目前|"
              + "去年|今年|员工|高管|"
              // adverbs of time and manner a description may run into (公司迄今获得, 企业累计完成)
              + "迄今|至今|曾|一直|累计|共|先后|仍|率先|已经|均已|"
              + "人士|方面|负责人|创始人|团队|官方|股东|内部|相关|发言人|代表|联合|纷纷|相继|均|正在|陆续|宣布|发布|推出|获得|完成|"
              + "表示|回应|上线|开源)" + HAN
              + "{2,4})(?=(?:今天|近日|日前|昨天|今日|正式|已经|已|也|则|近期)?(?:宣布|发布|推出|获得|完成|表示|回应|上线|开源))"),
          EntityType.COMPANY),
      // A company named with its trade word right after a description of its trade, in a list or at a clause's end:
      // 投资过AI芯片企业云芯科技、星海智能和…. The trade word at the end makes it a name, with no act after it.
      new Shape("described-han-company-listed",
          Pattern.compile("(?:人工智能|智能|AI|大模型|模型|芯片|机器人|自动驾驶|半导体|软件|算力|云计算)"
              + "(?:独角兽|初创公司|创业公司|初创企业|创业企业|新创公司|新创企业|新创|公司|企业|厂商)(?<name>" + DESCRIBED_TRADE_NAME + ")"
              + "(?=[、，,。；;和与及等])"
              // and the next item of such a list, named the same way: …企业云芯科技、星海智能
              + "|(?<=(?:人工智能|智能|AI|大模型|模型|芯片|机器人|自动驾驶|半导体|软件|算力|云计算)"
              + "(?:独角兽|初创公司|创业公司|初创企业|创业企业|新创公司|新创企业|新创|公司|企业|厂商)" + DESCRIBED_TRADE_NAME + "、)"
              + "(?<name2>" + DESCRIBED_TRADE_NAME + ")(?=[、，,。；;和与及等])"),
          EntityType.COMPANY),
      // An event whose name starts with a Latin name and may hold Chinese words before its noun, perhaps after its
      // year: 2024 FUTURE LINK全球智能创新大会, Orbit开发者大会, Lyra V3 发布会 (a space before the Chinese words); or
      // a brand written with a dot and then the edition's year: QX.AI 2025某某峰会, Lumen 2026某某大会. The Latin part
      // is more than a bare abbreviation (AI大会, AI 大会, AI 2025大会).
      new Shape("latin-han-event",
          Pattern.compile("(?<![A-Za-z0-9.])(?:\\d{4} ?)?"
              + "(?![A-Z]{1,3}(?![A-Za-z0-9 .])|[A-Z]{1,3} ?(?:\\p{IsHan}|\\d{4}))"
              + "[A-Z][A-Za-z0-9]*(?:\\.[A-Z][A-Za-z0-9]*)?(?: [A-Z][A-Za-z0-9]*)*(?: ?\\d{4}(?![0-9]))?"
              + " ?[\\p{IsHan}&&[^的了在和与及是为对将把被从向上中后前时]]{0,10}" + HAN_EVENT_NOUN),
          EntityType.EVENT),
      // An event's whole name in quotes or title marks: 「大模型与机器人前沿研讨会」, “2025智能体开发者大会”.
      new Shape("quoted-event-name",
          Pattern.compile("(?<=[「“『])[^「」“”『』《》\\n]{2,30}?" + HAN_EVENT_NOUN + "(?=[」”』])"),
          EntityType.EVENT),
      // A recurring event by its edition, perhaps after its year and host: 第三届星河开发者大会, 2021云帆第五届AI创新峰会周,
      // 第二届机器人足球大赛, 首届某某设计大赛 (the first). The edition (第N届, 首届) marks a named series; without a year,
      // the name starts at 第 or 首.
      new Shape("edition-event",
          Pattern.compile("(?<![0-9])(?:\\d{4}年?" + CONFERENCE_WORD + "{0,8}?)?" + EventEditions.ORDINAL + "届"
              + CONFERENCE_WORD + "{2,20}?" + EDITION_EVENT_NOUN),
          EntityType.EVENT),
      // An event named with its year first, ended by where or when it is held or its bracketed short name: 2026全球
      // 机器人创新峰会在杭州举行, 2025星河AI大会（SAIC 2025）, 在杭州举行的2026XYZ中国开源大会上, also after a dash that
      // ends its slogan (“某某”——2026某某峰会). Three characters or more between, so 2024年大会 is no name.
      new Shape("year-first-event",
          Pattern.compile("(?<=^|[，,。；;：:、\\s“「（(的—])\\d{4}年?(?!" + NOT_CONFERENCE_START + ")" + CONFERENCE_WORD
              + "{3,20}?(?:大会|峰会|论坛|年会|博览会|大赛)"
              // two events held as one, joined by 暨 ("and also"): 2026某某峰会暨某某年会
              + "(?:暨" + CONFERENCE_WORD + "{2,20}?(?:大会|峰会|论坛|年会|会议))?"
              + "(?=[（(，,。；;、\\s”」]|在|于|上|期间|开幕|闭幕|举行|举办|召开|"
              + "落幕|揭幕|现场|\\d{1,2}[日号]|$)"),
          EntityType.EVENT),
      // An event without a year, named where the text says it opens or is held: 为期三天的东岭数字经济峰会于5月8日在
      // 青州开幕, 北岸机器人大会12日在某城揭幕. Four characters or more before the noun (本届峰会, 年度大会 stay descriptions);
      // not from a space, which may stand inside a Latin name (2024 FUTURE LINK某某大会).
      new Shape("opening-event",
          Pattern.compile("(?<=^|\\n|[，,。；;：:、“「（(的])(?!" + NOT_CONFERENCE_START + ")" + CONFERENCE_WORD
              + "{4,20}?(?:大会|峰会|论坛|博览会)(?=(?:[于在]?(?:\\d{1,2}月)?\\d{1,2}[日号])?(?:[于在]\\p{IsHan}{2,8}?)?"
              + "(?:开幕|揭幕|隆重开幕|正式开幕|举行|召开))"),
          EntityType.EVENT),
      // A session of the national legislature or advisory body by its term and sitting: 十四届全国人大三次会议, 第十三届全国
      // 人民代表大会第五次会议, 全国政协十四届二次会议 (the sessions of 全国两会, https://zh.wikipedia.org/wiki/全国人民代表大会).
      new Shape("legislature-session",
          Pattern.compile("(?<![一二三四五六七八九十0-9])(?:第?" + SESSION_ORDINAL + "届全国(?:人大|人民代表大会|政协)(?:常委会)?"
              + "第?|全国(?:人大|政协)" + SESSION_ORDINAL + "届)" + SESSION_ORDINAL + "次(?:全体)?会议"),
          EntityType.EVENT),
      // The press sessions held at each sitting of the national legislature and advisory body, where deputies,
      // members and ministers answer reporters in the hall's passage: 代表通道, 委员通道, 部长通道
      // (https://zh.wikipedia.org/wiki/全国两会); after a session's count or in quotes (第一场「委员通道」, 在部长通道上).
      new Shape("legislature-passage",
          Pattern.compile("(?<=[「“『场在的])(?:代表|委员|部长)通道(?![\\p{IsHan}&&[^上中时里的」”』]])"),
          EntityType.EVENT),
      // A show named by its year and city: 2024北京车展, 2025广州国际车展, 2023珠海航展. The kind of show (车展 motor
      // show, 航展 air show, 书展 book fair; in either script) makes a two-character city enough. A city may start
      // with 上 or 下 (上海), so only pointers are kept out.
      new Shape("year-city-show",
          Pattern.compile("(?<![0-9])\\d{4}年?(?!本|这|這|该|該|此|那|各|每|某|今|其|首|第)\\p{IsHan}{2,3}?"
              + "(?:国际|國際)?(?:车展|車展|航展|书展|書展)"),
          EntityType.EVENT),
      // An expo or games by its year and abbreviated name, perhaps with its city: 2024年服贸会, 2021服贸会, 2025年某城
      // 数贸会. The abbreviation ends in the short form of 博览会, 贸易(交易)会, 交易会, 洽谈会 or 运动会 (进博会, 服贸会, 广交会,
      // 投洽会, 亚运会; https://zh.wikipedia.org/wiki/中国国际服务贸易交易会).
      new Shape("year-first-abbreviated-event",
          Pattern.compile("(?<![0-9])\\d{4}年?(?!" + NOT_CONFERENCE_START + ")[\\p{IsHan}&&[^的了在是和与及、]]{1,4}?"
              + "(?:博|贸|交|洽|运|奥)会(?![议长员场所费])"),
          EntityType.EVENT),
      // A platform, architecture or ecosystem named in Latin that its maker developed itself: 自主研发的某某架构,
      // 其自主开发的某某生态. Being developed makes it a product; a technique (Transformer架构, MoE架构) is not said to
      // be developed by one.
      new Shape("developed-latin-platform",
          Pattern.compile("(?<=(?:自研|自主研发|自主开发|自行研发|研发|开发|推出|打造)的)(?<name>(?![A-Z]{1,3}(?![A-Za-z0-9]))"
              + "[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)(?=架构|平台|生态|框架)"),
          EntityType.PRODUCT),
      // A machine or app in quotes right after the word for its kind, counted before it: 第一颗国产GPU“星海”,
      // 一款服务器“天枢”. The count makes it one named thing, not a scare-quoted phrase after the noun.
      new Shape("counted-kind-before-quoted-product",
          Pattern.compile("(?:颗|款|块|台|代)[^，。；“”「」\\n]{0,10}?(?:GPU|CPU|NPU|芯片|显卡|处理器|加速卡|服务器|超算|"
              + "App|APP|小程序|机器人)[“「『](?!" + QUOTED_CONCEPT + ")(?<name>[^“”「」『』\\n的是很最，。]{2,12})(?=[”」』])"),
          EntityType.PRODUCT),
      // A model in quotes right after the word for model, named with its version: 预训练模型“星河2.0”, 大模型，“天枢3”.
      // The version tells a name from a scare-quoted word after 模型 (模型“幻觉”).
      new Shape("model-word-quoted-version",
          Pattern.compile("(?<=模型[，,：:]?[“「『])(?<name>[\\p{IsHan}A-Za-z]{1,8}-?\\d+(?:\\.\\d+)*[A-Za-z]{0,6})(?=[”」』])"),
          EntityType.AI_MODEL),
      // A model in quotes right after the word for model that a launch, a build or a release names: 基于自研大模型“天工”,
      // 发布了新一代视觉模型“千里眼”, 开源的语言模型“青鸟”. The verb tells a name from a scare-quoted word after 模型
      // (减少大模型“幻觉”, 让模型“慢下来”); a quoted sentence (模型“什么都能做到”) holds a function word and is none.
      new Shape("launched-model-word-quoted-name",
          Pattern.compile("(?<=(?:基于|自研|自主研发|研发|推出|发布|上线|开源|打造|训练|旗下)(?:了|的)?"
              + "[\\p{IsHan}A-Za-z0-9&&[^，。、；：“”「」]]{0,6}?(?:大模型|模型)[，,：:]? ?[“「『])"
              + "(?<name>[^“”「」『』\\n，,。、；的是了很都能会要不我你他她它么]{2,10})"
              + "(?=[”」』])(?![”」』](?:问题|现象|能力|风险|难题|困境))"),
          EntityType.AI_MODEL),
      // A model's whole name in quotes, the word for model inside, right after a launch: 发布了“星衡法律大模型”, 推出“天枢
      // 对话模型”. Not a kind in quotes (发布了“行业大模型”), whose words are all generic.
      new Shape("launched-quoted-model-name",
          Pattern.compile("(?<=(?:发布|推出|上线|开源|亮相|首发)了?[“「『])(?!(?:" + GENERIC_MODEL_WORDS + ")+(?:大模型|模型)[”」』])"
              + "(?<name>[^“”「」『』\\n，,。、；：]{2,16}?(?:大模型|模型))(?=[”」』])"),
          EntityType.AI_MODEL),
      // A chip, card or server named with a number after the word for it: 游戏显卡RTX 5090, GPU MTT X300, 芯片Ascend 910C.
      new Shape("hardware-model-number",
          Pattern.compile("(?<=(?:GPU|" + HAN_CHIP_WORDS + "|处理器|服务器) ?)(?<name>(?=[A-Za-z0-9 -]*\\d)"
              + "[A-Z][A-Za-z0-9-]*(?: [A-Z]{0,4}\\d+[A-Za-z0-9-]*)?)(?![A-Za-z0-9.])"),
          EntityType.PRODUCT),
      // A chip named in Chinese with its code or generation after the word for it: AI芯片星核S4000, 芯片星核2代 (the
      // Chinese counterpart of 芯片Ascend 910C).
      new Shape("hardware-word-han-name-with-code",
          Pattern.compile("(?<=GPU|" + HAN_CHIP_WORDS + "|处理器) ?(?<name>[\\p{IsHan}&&[^的了是和与及为将在等其该这此]]{2,4}"
              + "(?: ?[A-Z]{1,3}\\d{1,5}[A-Za-z]{0,3}|\\d代))(?![A-Za-z0-9.%])(?! ?" + HAN_COUNT_UNIT + ")"),
          EntityType.PRODUCT),
      // A chip or card named by a code with a number right before the word for it: MTT X300显卡, H300 GPU, 星核S4000芯片.
      new Shape("hardware-code-before-kind",
          Pattern.compile("(?<![A-Za-z0-9-])(?<name>(?:[A-Z][A-Za-z]{1,10} )?[A-Z]{1,4}\\d{2,5}[A-Za-z]{0,3})"
              + "(?= ?(?:" + HAN_CHIP_WORDS + "|GPUs?|CPUs?|NPUs?|chips?|accelerators?|processors?)(?![A-Za-z]))"),
          EntityType.PRODUCT),
      // English: hardware named with its generation number before the word for its kind, perhaps in naming quotes:
      // the “Nova-Core Engine 2” processor, the Orbit Lens 4 headset. The kind says it is a product, not a model.
      new Shape("english-numbered-product-before-kind",
          Pattern.compile("(?<![A-Za-z0-9-])(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + ")(?![A-Za-z0-9]))"
              + "(?<name>[A-Z][A-Za-z]+(?:[- ][A-Z][A-Za-z]+){0,3} \\d{1,2})(?=[”\"]? "
              + "(?:processors?|chips?|GPUs?|CPUs?|accelerators?|supercomputers?|servers?|smartphones?|phones?|"
              + "laptops?|robots?|headsets?|consoles?|drones?)(?![A-Za-z]))"),
          EntityType.PRODUCT),
      // A thing introduced by its name in quotes and then its kind: 一家名为“星桥”的智库, 名叫“北辰”的初创公司. The
      // kind noun says the type.
      new Shape("named-as-organization",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为)[“「『])(?<name>[^“”「」『』\\n的是]{2,15})(?=[”」』]的(?:智库|组织|机构|协会|"
              + "联盟|基金会|非营利组织))"),
          EntityType.ORGANIZATION),
      new Shape("named-as-company",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为)[“「『])(?<name>[^“”「」『』\\n的是]{2,15})(?=[”」』]的(?:\\p{IsHan}{0,6}?"
              + "(?:公司|企业|初创公司|创业公司|基金|投资机构|风投)))"),
          EntityType.COMPANY),
      // A machine, app or model introduced the same way: 被命名为“远航A1”的人形机器人, 名为“青鸾”的AI助手, 一款名叫“星图”的
      // 视频生成模型.
      new Shape("named-as-product",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为|命名为)[“「『])(?<name>[^“”「」『』\\n的是]{2,15})(?=[”」』]的"
              + "\\p{IsHan}{0,6}?(?:" + PRODUCT_KIND + "|手机|汽车|眼镜|耳机|设备|产品))"),
          EntityType.PRODUCT),
      new Shape("named-as-model",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为|命名为)[“「『])(?<name>[^“”「」『』\\n的是]{2,15})(?=[”」』]的"
              + "[\\p{IsHan}A-Za-z]{0,8}?(?:模型|大模型))"),
          EntityType.AI_MODEL),
      // The same with a Latin name and no quotes, as Chinese text writes a foreign product's: 一款名为 Quill Note 的写作
      // 软件产品, 一个名为Case Writer的人工智能工具, 名为Orbit Pilot的大模型; not the maker (名为X的机器人公司). The name
      // stops at a lower-case word.
      new Shape("named-as-latin-product",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为|命名为) ?)(?<name>" + NAMED_LATIN + ")(?= ?的\\p{IsHan}{0,8}?(?:"
              + PRODUCT_KIND + "|软件|工具|产品|手机|汽车|眼镜|耳机|设备)(?!公司|企业|厂商|团队|实验室|集团))"),
          EntityType.PRODUCT),
      new Shape("named-as-latin-model",
          Pattern.compile("(?<=(?:名为|名叫|叫做|名称为|命名为) ?)(?<name>" + NAMED_LATIN + ")(?= ?的"
              + "[\\p{IsHan}A-Za-z]{0,8}?(?:模型|大模型)(?!公司|企业|厂商|团队|实验室|集团))"),
          EntityType.AI_MODEL),
      // A product named in quotes right after its kind, perhaps with a space between: AI搜索产品“星河搜索”, 其AI助手“小星”,
      // 智能体“扣扣”, App“星河阅读”, 翻译产品 “星译” (software only: 人形机器人“无人区” is a figure of speech; nor a word
      // in quotes after a verb: 推动产品“出海”).
      new Shape("product-kind-quoted-name",
          Pattern.compile("(?<=(?:产品|產品|助手|应用|應用|应用程序|應用程式|智能体|智能體|聊天机器人|聊天機器人|搜索引擎|浏览器|"
              + "瀏覽器|App|APP|app|客户端) ?)[“「『](?!" + QUOTED_CONCEPT + ")(?<name>[^“”「」『』\\n，,。、的是了]{2,12})"
              + "(?=[”」』])(?<!出海|落地|上线|下线|出圈|破圈|升级|迭代|爆款|刚需)"),
          EntityType.PRODUCT),
      // A product named in Chinese with a model code after the word for product: 最新的产品青鸾 X3, 新品云雀S2.
      new Shape("product-word-han-name-with-code",
          Pattern.compile("(?<=产品|新品)(?<name>[\\p{IsHan}&&[^的了是和与及为将在]]{2,4} ?[A-Z]{1,2}\\d{1,4}[A-Za-z]{0,4})"
              + "(?![A-Za-z0-9.])"),
          EntityType.PRODUCT),
      // A news outlet dating its report at a sentence's start: 星河财经3月8日报道, 据云帆科技网5月2日消息. A word for a
      // time (今年, 当地时间) is no outlet.
      new Shape("dated-media-report",
          Pattern.compile("(?<=^|\\n|。|据)(?!今|去年|明年|前年|上月|本月|当地|北京时间|本报|该报|同日|当天|此前|近日)"
              + "(?<name>[\\p{IsHan}A-Za-z&&[^的了在是和与及、]]{2,8}?)\\d{1,2}月\\d{1,2}日(?:报道|讯|电|消息)(?=[，,：:]|称)"),
          EntityType.MEDIA_ORGANIZATION),
      // A fund listed after an enumeration comma whose name starts with 和 or 与, which after 、 joins nothing:
      // 甲方资本、和鸣资本. The fund shape leaves these characters out, as elsewhere they join two names.
      new Shape("listed-fund-starting-with-a-conjunction",
          Pattern.compile("(?<=、)[和与][\\p{IsHan}&&[^与和及、的了在是对为从向将把被由获]]{1,3}(?:创投|资本|基金(?!会))"
              + "(?!市场|行业|圈|领域|人士|界)"),
          EntityType.COMPANY),
      // An assistant app named with its kind: a Latin name and 智能助手 or AI助手 (Nimbla智能助手). The app is a
      // product, even where its maker's model bears the same name.
      new Shape("latin-assistant-app",
          Pattern.compile("(?<![A-Za-z0-9])(?![A-Z]{1,3}(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?"
              + "(?:智能助手|AI助手)"),
          EntityType.PRODUCT),
      // Machines and apps named in quotes before the word for their kind, perhaps with what they do between: 建成
      // “星河一号”“星河二号”等算力集群, 推出“知了”App, “万象”异构计算平台, “青鸟”智能眼镜. Not a quoted description with
      // 的 (“大而全”的平台).
      new Shape("quoted-product",
          Pattern.compile("(?<=[“「『])(?!" + QUOTED_CONCEPT + ")(?<name>[^“”「」『』\\n的是很最]{2,12})(?=[”」』](?:、?[“「『]"
              + "[^“”「」『』\\n]{2,12}"
              + "[”」』])*等?[\\p{IsHan}A-Za-z&&[^的是和与及、，。]]{0,6}?(?:" + PRODUCT_KIND
              + "|手机|眼镜|耳机|平板|电脑|笔记本|手表))"),
          EntityType.PRODUCT),
      // A system, platform, site or app whose whole name is in quotes, the word for its kind last: 「某某设备健康监测系统」,
      // “星云智能体开发平台”, 「某市公交到站查询网」, “某某手机助手”. At least three characters before the kind, so that a
      // figure of speech (“广撒网”, “投放助手”) is none; nor a generic kind (“一站式服务平台”, “综合管理系统”); a Chinese
      // character inside, so that an English quotation ending in "app" is none.
      new Shape("quoted-name-ending-in-kind",
          Pattern.compile("(?<=[“「『])(?!一站式|一体化|综合|统一|統一|智慧化|数字化|數位化)(?=[^“”「」『』\\n]*?\\p{IsHan})"
              + "(?<name>[^“”「」『』\\n，,。、；：的是]{3,14}?(?:系统|系統|平台|平臺|服务网|服務網|查询网|查詢網|网站|網站|"
              + "App|APP|app|小程序|助手|软件|軟件))(?=[”」』])"),
          EntityType.PRODUCT),
      // A game in title marks beside the word for game: 旗下游戏《星海迷航》, 《云端列车》手游. A game is an application,
      // not a work; the word for game says so, where 代表作《…》 alone may be a book.
      new Shape("titled-game",
          Pattern.compile("(?<=(?:游戏|手游|网游|端游|新游)《)(?<name>[^《》\\n]{1,20})(?=》)"
              + "|(?<=《)(?<name2>[^《》\\n]{1,20})(?=》(?:手游|游戏|端游|网游)(?!公司|行业|产业|市场|报告))"),
          EntityType.PRODUCT),
      // A model named in quotes before the word for model, perhaps with its kind between: “天穹”大模型, “天牧”低空大模型,
      // “天衡” 多模态大模型 (a space after the quote, as pasted text has).
      new Shape("quoted-model",
          Pattern.compile("(?<=[“「『])(?<name>[^“”「」『』\\n的是很最]{2,12})(?=[”」』] ?\\p{IsHan}{0,4}?(?:大模型|大语言模型|模型))"),
          EntityType.AI_MODEL),
      // A law firm by its name: 明远律师事务所, which NER splits at 律师 as if it were a job title.
      new Shape("law-firm",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[的和与及、由据被向对])(?!该|这|一家|多家|某)"
              + "[\\p{IsHan}&&[^的了在是和与及、由据被向对]]{2,8}?律师事务所"),
          EntityType.ORGANIZATION),
      // A Chinese news outlet where its reporter is or where it reports: 向南方晨报记者表示, 据华夏财经报道称. The name ends
      // in the head noun of a newspaper, agency, site or broadcaster; 本报, 该报 and a speaker's words are not names.
      new Shape("han-media-before-reporter",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[向对据和与及、]|告诉|接受)(?!本|该|此|这|那|某|各|我|其|他|她|一|多|接受|告诉)"
              + "(?<name>(?:\\d{1,2}世纪)?[\\p{IsHan}&&[^的了在是和与及、向对据说称诉受]]{1,8}?(?:日报|晚报|时报|商报|早报|"
              + "报道|报|新闻|财经|周刊|通讯社|社|网|电视台|卫视))(?=记者|报道称|报道指出|援引|报道[，,])"),
          EntityType.MEDIA_ORGANIZATION),
      // An outlet a company answers or tells, named without title marks by its kind of publication: X回应南方财经表示,
      // X告诉华夏日报称, X回应星河快讯称 (a paper's newsflash service). A company answers a journalist's question, so
      // what it answers here is the outlet.
      new Shape("answered-media",
          Pattern.compile("(?<=回应|答复|告诉|回复)(?!本|该|此|这|那|某|各|我|其|他|她)(?<name>[\\p{IsHan}&&[^的了在是和与及、向对据说称]]"
              + "{2,6}?(?:日报|晚报|时报|商报|早报|周刊|财经|新闻|快讯))(?=表示|称|说|时表示|时称|[，,：:])"),
          EntityType.MEDIA_ORGANIZATION),
      // A company acquired by another: 星河被云帆收购, 北辰已被一家基金全资收购. A person is never acquired.
      new Shape("han-acquired-company",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[，。；、])(?!他|她|我|你|它|该|这|那|其|本|各|公司|集团|企业|业务|部门|资产|股份|团队|项目|交易|工厂|"
              + "今|昨|近|日前|目前|随后|此后|最终|半年后|一年后)(?<name>" + HAN + "{2,4}?)(?=(?:已|已经|最终|随后)?被[^，。；]{1,12}?"
              + "(?:全资)?(?:收购|并购))"),
          EntityType.COMPANY),
      // A listed company with its stock code in brackets, as financial news writes one: 星河科技(600123),
      // 云帆智能（688001.SH）, 北辰控股(02088.HK). The name is the whole run of name characters before the bracket (the
      // finder drops a leading verb or preposition by its tags), so a shorter form NER finds elsewhere is not kept.
      new Shape("han-company-stock-code",
          Pattern.compile("(?<![\\p{IsHan}A-Za-z&&[^的了在是和与及、对据称向将]])(?!该|这|其|本|公司|集团)"
              + "(?<name>[\\p{IsHan}A-Za-z&&[^的了在是和与及、对据称向将]]{2,10})"
              + "(?=[（(](?:股票代码[：:]?)?(?:(?:SH|SZ|BJ|sh|sz|bj)\\.?)?\\d{6}(?:\\.(?:SH|SZ|BJ|sh|sz|bj))?[）)]"
              + "|[（(]\\d{4,5}\\.(?:HK|hk)[）)])"),
          EntityType.COMPANY),
      // A Latin product named with the English noun for its kind last, in Chinese text where NER takes any run of
      // capitalised words for a person: 如Nova Dream Machine、…, 使用Orbit Studio, 发布了Lumen Copilot. No person's
      // name ends in Machine or Studio; English headlines in title case stay out, as the name must follow Chinese.
      new Shape("han-context-latin-product",
          Pattern.compile("(?<=[\\p{IsHan}、，,。；：“「（(] ?)(?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]* ){1,2}"
              + "(?:Machine|Studio|Engine|Copilot|Assistant|Browser|Glasses|Player|Editor)(?![A-Za-z0-9])"),
          EntityType.PRODUCT),
      // A WeChat or other self-media account named in quotes beside the word for it: 据“星河观察”微信公众号消息,
      // 微信公众号“某地发布”, 公众号「硅谷见闻」. An account that publishes news is an outlet.
      new Shape("quoted-account-media",
          Pattern.compile("(?<=(?:公众号|微信号|视频号|头条号|百家号|抖音号)[：:]?[“「『\"])(?<name>[^“”「」『』\"\\n]{2,20})"
              + "(?=[”」』\"])"
              + "|(?<=[“「『])(?<name2>[^“”「」『』\\n]{2,20})(?=[”」』](?:微信)?(?:公众号|微信号|视频号|头条号|百家号|抖音号))"),
          EntityType.MEDIA_ORGANIZATION),
      // A local people's congress, political consultative conference or federation named by its place: 杭州市人大常委会,
      // 某省政协, 某市工商联 (the national ones, 全国人大 and 全国政协, are lexicon entries).
      new Shape("local-public-body",
          Pattern.compile("(?<![\\p{IsHan}&&[^的了在是和与及、对据向]])(?!该|这|其|本|各|全|我|每|多|两)"
              + "[\\p{IsHan}&&[^的了在是和与及、对据向]]{1,6}?(?:省|市|自治区|自治州|区|县)"
              + "(?:人大常委会|人大|政协|工商联|科协|妇联|总工会)"),
          EntityType.ORGANIZATION),
      // A publication in title marks that someone tells or gives an interview to: 告诉《深潮》, 接受《环球科技评论》采访时.
      new Shape("told-media",
          Pattern.compile("(?<=告诉《)(?<name>[^《》\\n]{1,20})(?=》)"
              + "|(?<=(?:接受|向)《)(?<name2>[^《》\\n]{1,20})(?=》(?:的|独家)?(?:采访|专访|访问|記者|记者|表示|透露|证实|介绍|坦言))"),
          EntityType.MEDIA_ORGANIZATION),
      // A site or paper someone tells, named without title marks by the head noun of its kind: 向晨光网回忆, 告诉东方日报,
      // 向东方财经透露 (告诉 may end at a comma). What a person recalls or discloses to is the outlet; a grid or a network
      // (国家电网, 物联网) is not. Not after 对, which takes a topic (对假新闻表示担忧).
      new Shape("told-media-by-head",
          Pattern.compile("(?<=向|告诉)(?!本|该|此|这|那|某|各|我|其|他|她|多|媒体)(?<name>[\\p{IsHan}A-Za-z0-9&&[^的了在是和与及、"
              + "向对据说称]]{2,8}?(?<!电|联|域|特|天|渔|蛛|铁丝)(?:网|日报|晚报|时报|早报|晨报|新闻|财经|周刊|通讯社|新闻社))"
              + "(?=回忆|透露|表示|介绍|坦言|证实|说|称|爆料|独家透露|(?<=告诉\\S{3,10})[，,：:])"),
          EntityType.MEDIA_ORGANIZATION),
      // A Latin name with a version right after a word for model: 模型Fable 5, 大模型Nova 2.1.
      // A Chinese name with its version right after the word for model: 视频生成模型星图2.0, 大模型天衡-3, 模型星图 4.5
      // (a space before the version, as Taiwanese and Hong Kong press write it); not a quantity (模型便宜10倍).
      new Shape("model-word-han-version",
          Pattern.compile("(?<=模型)(?<name>[\\p{IsHan}&&[^的了是和与及为将在等其该这此]]{2,4}[- ]?\\d{1,2}(?:\\.\\d+)*"
              + "(?: ?" + MODEL_VARIANT + ")?)(?![A-Za-z0-9.%])(?! ?" + HAN_COUNT_UNIT + ")"),
          EntityType.AI_MODEL),
      new Shape("model-word-latin-version",
          Pattern.compile("(?<=模型|模型是|模型为)(?<name>[A-Z][A-Za-z]+[ -]?\\d+(?:\\.\\d+)?"
              + "(?: " + MODEL_VARIANT + ")?)(?![A-Za-z0-9.])"),
          EntityType.AI_MODEL),
      // A Latin name right after the word for a model: 其大模型Glossa通过备案, 自研语言模型Orvia, 视频生成模型Lumora. Not
      // the architecture or the team (大模型Transformer架构).
      new Shape("model-word-latin-name",
          Pattern.compile("(?<=模型)" + DESCRIBED_LATIN_NAME
              + "(?! ?(?:架构|框架|公司|团队|平台|技术|论文|方法))"),
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
      // A book, paper or report named as one: 新书《The Coming Wave》, 《人类简史》一书; also an album, film or song
      // (专辑《…》, 电影《…》), which the guidelines count as published works.
      new Shape("named-work",
          Pattern.compile("(?:新书|著作|专著|书籍|小说|论文|报告|白皮书|专辑|唱片|单曲|歌曲|电影|影片|纪录片|电视剧|动画片|"
              + "漫画|诗集)《(?<name>[^《》\\n]{1,40})》"
              + "|《(?<name2>[^《》\\n]{1,40})》(?=一书|这本书|书中)"),
          EntityType.WORK),
      // An English event's title-case name before a lower-case word for its kind, after "the" and perhaps a word of
      // when: the recent Nordlys Tech conference, the annual Harbor Robotics expo (two words at least: "the Acme
      // conference" may be a company's own meeting).
      new Shape("english-named-event-before-kind",
          Pattern.compile("\\b(?:the|The) (?:(?:recent|annual|yearly|upcoming|inaugural|latest|first|last|next) )?"
              + "(?<name>" + TITLE_WORD + "(?: " + TITLE_WORD + "){1,3}) (?:conference|summit|expo|festival|"
              + "trade show|trade fair|hackathon|forum)(?![A-Za-z])"),
          EntityType.EVENT),
      // An English session's title in quotes right after the word for its kind: the session “Robots on the Line,”, a
      // virtual event, “Where Data Meets Design”, a webinar titled "Chips: What Comes After". In title case, so that a
      // quotation after "said at the event," names nothing.
      new Shape("english-quoted-session",
          Pattern.compile("\\b(?:session|webinar|panel|panel discussion|event|talk|keynote|workshop|fireside chat|"
              + "masterclass|breakout),? (?:titled |called |entitled |named )?[“\"](?<name>" + QUOTED_TITLE
              + "),?[”\"]"),
          EntityType.EVENT),
      // An English event named in title case around its event noun, with what it is on or with: White House Meeting
      // with CEOs on Advancing Responsible AI, Paris AI Action Summit. Not the kind of document before it (Readout of).
      new Shape("english-titled-event",
          Pattern.compile("(?<![A-Za-z0-9&-])" + NOT_AFTER_DEMONSTRATIVE + "(?!(?:" + NOT_EVENT_START + ")\\b)"
              + TITLE_WORD + "(?: " + TITLE_WORD + "){0,5} " + ENGLISH_EVENT_NOUN + "(?:" + TITLE_COMPLEMENT + ")?"
              + "(?![A-Za-z0-9&-])"),
          EntityType.EVENT),
      // A meeting with a group of people, named in a readout's title-case heading: Meeting with Consumer Protection,
      // Labor, and Civil Rights Leaders on AI; Roundtable with Small Business Owners. The title-case words may be
      // listed with commas, and end in a plural noun for people, so a meeting with one named person is no match.
      new Shape("english-group-meeting",
          Pattern.compile("(?<![A-Za-z0-9&-])" + NOT_AFTER_DEMONSTRATIVE + "(?!(?:" + NOT_EVENT_START + ")\\b)(?:"
              + TITLE_WORD + " ){0,4}" + ENGLISH_EVENT_NOUN + " with (?:the )?(?:" + TITLE_WORD
              + "(?:,? and |, | & | (?:of|on|for) (?:the )?| )){0,8}?" + ENGLISH_GROUP_NOUN + "(?:"
              + TITLE_COMPLEMENT + ")?(?![A-Za-z0-9&-])"),
          EntityType.EVENT),
      // An English policy document or report in title case: AI Risk Management Framework, State of AI Report, Blueprint
      // for an AI Bill of Rights; at least two words before its noun or a complement after it (this Action Plan is a
      // short reference); not a job title (Head of AI Strategy, Director of Global Policy Strategy).
      new Shape("english-titled-document",
          Pattern.compile("(?<![A-Za-z0-9&-])(?<!\\bof )" + NOT_AFTER_DEMONSTRATIVE + "(?!(?:" + NOT_EVENT_START + "|"
              + JOB_TITLE_WORDS + ")\\b)(?:" + TITLE_WORD + "(?: (?!and (?:the|a|an) )(?:(?:of|on|for|and|the) ){0,2}"
              + TITLE_WORD + "){1,5} " + ENGLISH_DOCUMENT_NOUN + "(?:" + TITLE_COMPLEMENT + ")?"
              + "|(?:" + TITLE_WORD + " ){0,5}" + ENGLISH_DOCUMENT_NOUN + TITLE_COMPLEMENT + ")(?![A-Za-z0-9&-])"),
          EntityType.WORK),
      // A broadcaster's programme, quoted after its possessive where someone is interviewed or appears: in an interview
      // with KBC's "Sunday Desk", told NTV's “Morning Hour”, appeared on XBS's "Face the Facts" (the programme a WORK,
      // the broadcaster a media organization).
      new Shape("english-interview-programme",
          Pattern.compile(INTERVIEWED_ON + "[A-Z][A-Za-z]{1,12}['’]s [“\"](?<name>[A-Z0-9][^“”\"\n]{1,40}?),?[”\"]"),
          EntityType.WORK),
      new Shape("english-interview-broadcaster",
          Pattern.compile(INTERVIEWED_ON + "(?<name>[A-Z][A-Za-z]{1,12})['’]s [“\"][A-Z0-9]"),
          EntityType.MEDIA_ORGANIZATION),
      // A quoted English title after the kind of writing it names: his essay “Machines of Quiet Grace”, a report titled
      // "The Robot Economy", a blog post called “Why Agents Fail”, a paper published in 2021: "Sparse Routing"; or after
      // its author: the co-author of "Slow Data".
      new Shape("english-quoted-work",
          Pattern.compile("\\b(?:book|report|paper|essay|memo|study|letter|manifesto|post|op-ed|column|newsletter|"
              + "white paper|speech|novel|memoir|article|textbook|biography|(?:co-?)?author of)"
              + "(?:,? (?:titled|entitled|called)|(?: (?:published|released|presented|posted) in \\d{4})?:)?,? [“\"]"
              + "(?<name>[A-Z][^“”\"\\n]{2,80}?),?[”\"]"),
          EntityType.WORK),
      // The title of an executive order, after the words that announce it: an executive order on Removing Barriers to
      // American Leadership in AI.
      new Shape("english-order-title",
          Pattern.compile("(?<=\\b[Ee]xecutive [Oo]rders? (?:on|titled|entitled|called) [“\"]?)" + TITLE_WORD
              + "(?: (?:" + TITLE_JOINER + "){0,2}" + TITLE_WORD + ")*(?![A-Za-z0-9&-])"),
          EntityType.WORK),
      // A product introduced by its kind and "called": a JavaScript runtime called Quarry, a programming language named
      // Tallow; a model too (models under the name Corvid).
      // Also a generator or a toy (a music video generator called Tallow, a robotic toy called Pip): only before
      // "called", as "Acme, a maker of toys" is a company.
      new Shape("english-kind-called-product",
          Pattern.compile("\\b(?:an?|the|its|their) (?:[A-Za-z-]+ ){0,3}?"
              + "(?:" + ENGLISH_SOFTWARE_KIND + "|generator|toy)"
              + " (?:called|named|dubbed|known as) (?<name>" + ENGLISH_PRODUCT_NAME + ")" + NAME_GOES_ON),
          EntityType.PRODUCT),
      // A product in naming quotes right before the noun for its kind, perhaps with what it does between: the "Tern"
      // voice assistant, its “Ledger” artificial intelligence platform, Acme's "Acme Quill" chatbot. The kind says
      // what the quotes name; no function word stands between (a "Hello" to the app), and a quoted sentence ends in a
      // stop or a comma before its quote closes.
      new Shape("english-quoted-product-before-kind",
          Pattern.compile("(?<=[“\"])(?<name>[A-Z][A-Za-z0-9'’&+-]*(?:[. ][A-Za-z0-9][A-Za-z0-9'’&+-]*){0,3})"
              + "(?=[”\"] (?:(?!" + CLAUSE_WORD + "\\b)[A-Za-z-]+ ){0,3}?" + ENGLISH_QUOTED_KIND + "s?(?![A-Za-z-]))"),
          EntityType.PRODUCT),
      // "called" may be the verb (the models called Lena Ortiz a pioneer): one model with its determiner, or "under
      // the name", and the clause ends after the name. Its size may come first (a 3-billion-parameter language model
      // called Brisa); a model of business or pricing is no AI model.
      new Shape("english-kind-called-model",
          Pattern.compile("(?:\\b(?:an?|its|their) (?:[A-Za-z0-9-]+ ){0,3}?" + NOT_AI_MODEL_KIND
              + "(?:model|LLM) (?:called|named|dubbed|known as)"
              + "|\\b(?:models?|LLMs?) under the name) (?<name>" + ENGLISH_PRODUCT_NAME + ")" + NAME_GOES_ON),
          EntityType.AI_MODEL),
      // A game or an app with its kind before it: the game Ember Hollow, the puzzle game Lantern Keep, its chatbot Wren.
      // The name ends the clause or a verb follows it, so "the game Quillfire released" is no game called Quillfire.
      new Shape("english-kind-then-product",
          Pattern.compile("\\b(?:the|its|their|" + POSSESSOR + ") (?:(?:puzzle|survival|strategy|role-playing|"
              + "mobile|video|racing|sports|action|adventure|horror|indie|card|board|computer|first-person|online) )?"
              + "(?:game|chatbot|app|programming language|search engine|web browser) (?<name>" + ENGLISH_PRODUCT_NAME
              + ")" + NAME_GOES_ON),
          EntityType.PRODUCT),
      // A foundation or prize named after a couple, the two given names coordinated before the shared surname: the
      // Arthur B. and Lena M. Whitcombe Foundation (one organization: NER stops a mention at "and"; the first given
      // name with its initial, so that a list of two organizations, X Institute & Y School, is none).
      new Shape("english-couple-named-organization",
          Pattern.compile("(?<![A-Za-z.])[A-Z][a-z]+ [A-Z]\\. (?:and|&) (?!The )[A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][A-Za-z'’-]+"
              + "(?: Family)? (?:Foundation|Fund|Trust|Institute|Center|Centre|Prize|Award|Library|School|College|Museum)"
              + "(?![A-Za-z])"),
          EntityType.ORGANIZATION),
      // A university's school, faculty or department named by its field before "at" and the university: the School of
      // Marine Biology at Halden University, the Department of Fine Arts at the University of Elmsworth (NER reads
      // the field as no name, or only the university; the unit is a body of its own, PART_OF the university).
      new Shape("english-school-at-university",
          Pattern.compile("(?<![A-Za-z])(?:School|College|Faculty|Department) of (?:the )?"
              + "[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,4}(?=,? at (?:the )?" + UNIVERSITY_NAME + ")"),
          EntityType.RESEARCH_ORGANIZATION),
      // A professor's studio or lab at a university, named by the person's name: the Mara Lindqvist studio at the
      // University of Elmsworth (a unit of the school, as architecture and art schools name their master classes).
      new Shape("english-person-studio-at-university",
          Pattern.compile("(?<=\\b(?:the|a|an) )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} (?:studio|Studio|lab|Lab)"
              + "(?=,? at (?:the )?" + UNIVERSITY_NAME + ")"),
          EntityType.ORGANIZATION),
      // A computer program or machine introduced by its kind: the program Lucky Harper, the Go program Silent Heron, the
      // computer Iron Sage (software or hardware; a name shaped like a person's is no person here).
      new Shape("english-program-product",
          Pattern.compile("\\b(?:the|its|their|" + POSSESSOR + ") (?:[A-Za-z-]+ )?(?:computer )?(?:program|computer),? "
              + "(?<name>" + ENGLISH_PRODUCT_NAME + ")(?![A-Za-z0-9])(?=[,.;:)]| \\(| [a-z])"),
          EntityType.PRODUCT),
      // A platform after its owner's possessive, perhaps with what it does: its platform Gridline, Acme's content
      // delivery platform Relay (a platform is a product; the name ends its phrase or a clause's word follows). A
      // solution or a technology so named too, after "the" as well, perhaps quoted: its MRI reading solution
      // "Scanwise Knee", the fast legal search technology Brieflow (not the technology giant Acme: the kind is last).
      new Shape("english-its-platform-product",
          Pattern.compile("\\b(?:its|their|" + POSSESSOR + ") (?:[a-z][a-z-]* ){0,3}platform,? (?<name>"
              + ENGLISH_PRODUCT_NAME + ")" + NAME_GOES_ON
              + "|\\b(?:the|its|their|" + POSSESSOR + ") (?:[A-Za-z][A-Za-z-]* ){0,4}(?:solution|technology) [“\"]?"
              + "(?<name2>" + ENGLISH_PRODUCT_NAME + ")" + NAME_GOES_ON),
          EntityType.PRODUCT),
      // A product with its kind after it: the Tessel programming language, the Pallas search engine, its Wren app. An
      // app, a chatbot or a robot (Acme's Strider robot) only after a possessive (the Acme app is often the company's
      // own name); not a company's name (the Corvane Systems search engine).
      new Shape("english-product-then-kind",
          Pattern.compile("(?:\\b(?:the|its|their|" + POSSESSOR + ") (?<name>(?!" + ENGLISH_PRODUCT_NAME + " "
              + COMPANY_HEAD_WORDS + "\\b)" + ENGLISH_PRODUCT_NAME + ") (?:programming language|search engine|game engine|"
              + "operating system|console|runtime)"
              + "|\\b(?:[Ii]ts|[Tt]heir|" + POSSESSOR + ") (?<name2>(?!" + ENGLISH_PRODUCT_NAME + " "
              + COMPANY_HEAD_WORDS + "\\b)" + ENGLISH_PRODUCT_NAME + ") (?:app|chatbot|"
              + "robots?(?! (?:lab|labs|team|unit|division|business|plant|factory))|(?:AI )?"
              + "(?:chip|processor|accelerator|GPU|CPU|NPU|TPU|superchip)s?))(?![A-Za-z])"),
          EntityType.PRODUCT),
      // A product named by an apposition after its kind: a browser agent, Pilot, …; its coding assistant, Quill. (The
      // English counterpart of 智能体“扣扣”; the kind is at most three words after the determiner.)
      new Shape("english-kind-apposition-product",
          Pattern.compile("\\b(?:an?|its|their|" + POSSESSOR + ") (?:[A-Za-z-]+ ){0,3}?(?:" + ENGLISH_SOFTWARE_KIND
              + "|(?:AI|coding|browser|software|autonomous|web) agent), (?<name>" + ENGLISH_PRODUCT_NAME + ")"
              + NAME_GOES_ON),
          EntityType.PRODUCT),
      // A model with its maker's possessive and the word model after it: its Lumen model, Acme's Orbit model; and a
      // family: the Halberd model family.
      new Shape("english-model-then-word",
          Pattern.compile("\\b(?:its|their|" + POSSESSOR + ") (?<name>" + ENGLISH_PRODUCT_NAME + ") (?:language |image |"
              + "video |reasoning )?model(?![A-Za-z])"
              + "|\\bthe (?<name2>" + ENGLISH_PRODUCT_NAME + ") model (?:family|series)\\b"),
          EntityType.AI_MODEL),
      // A product named by an apposition: Pennant, an open-source library for …; Beacon, a search assistant for
      // lawyers; Tidewatch, a survival game, …. The kind is at most three words into the apposition (Pebblestone, a
      // startup that built a JavaScript runtime, is the company, not the runtime).
      new Shape("english-product-apposition",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + ")(?![A-Za-z0-9]))"
              + ENGLISH_PRODUCT_NAME + "(?=, (?:a|an) (?:[A-Za-z-]+ ){0,3}?" + ENGLISH_SOFTWARE_KIND + "s?"
              + APPOSITION_GOES_ON + ")"),
          EntityType.PRODUCT),
      // A competition or race: the Lakeshore Robotics Championship, the Western Cup, the Ember Hollow World Series,
      // Super Bowl LX (its edition in Roman numerals), the Northern Lights chess championship.
      // A court by its rank or seat: the High Court, the U.S. District Court for the Northern District of California
      // (or for the District of Columbia, a district with no direction), the Court of Appeal, the Federal Court of
      // Justice (guidelines 8.1: courts are organizations).
      new Shape("english-court",
          Pattern.compile("(?<![A-Za-z])(?:(?:U\\.S\\.|US|(?!(?:The|A|An|This|That|Its|In|At|By)\\b)[A-Z][a-z]+) )?(?:High|Supreme|District|Federal|Constitutional|"
              + "Appeals|Circuit|Crown|Superior|Regional|Administrative|Commercial|Patent|Chancery|County|Magistrates'?) "
              + "Court(?: of (?:Appeal|Appeals|Justice|Chancery|[A-Z][a-z]+))?"
              + "(?: for the (?:[A-Z][a-z]+ )?District of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?![A-Za-z])"
              + "|(?<![A-Za-z])Court of (?:Appeal|Appeals|Justice)(?: of the [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?![A-Za-z])"),
          EntityType.ORGANIZATION),
      // A state university's campus named after "at": the University of Texas at Austin, the University of Illinois
      // at Urbana-Champaign, at College Park (one university; NER stops at "at" and types the campus on its own). The
      // campus is one or two capitalised words, perhaps hyphenated, with no name after them (at Berkeley Professor Jane
      // Doe is left to NER); not a time (at Noon) or a day.
      new Shape("english-university-campus",
          Pattern.compile("(?<![A-Za-z])University of (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ at (?!(?:" + CALENDAR_WORDS
              + "|Noon|Midnight)\\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?: [A-Z][a-z]+)?(?![A-Za-z])(?! [A-Z])"),
          EntityType.RESEARCH_ORGANIZATION),
      new Shape("english-competition",
          Pattern.compile("(?<![A-Za-z0-9&'’-])(?!(?:The|This|That|A|An|In|At|During|Each|Every|Its|Their|His|Her)\\b)"
              + "(?:(?!(?:" + CALENDAR_WORDS + ")\\b)[A-Z][A-Za-z0-9&'’.-]* ){1,4}" + ENGLISH_COMPETITION_NOUN
              + "(?![A-Za-z])"
              + "|\\bSuper Bowl (?:[IVXLC]+|\\d{4})(?![A-Za-z0-9])"
              + "|(?<=\\bthe )(?!(?:" + CALENDAR_WORDS + ")\\b)(?:[A-Z][A-Za-z0-9&'’.-]* ){1,4}(?:[a-z]+ )?championship"
              + "(?![A-Za-z])"),
          EntityType.EVENT),
      // A school or college named with a possessive: St. Ansel's School, King Alfred's College, Whitcombe's School.
      // Not the start of a longer name (Marlowe's School of Design).
      new Shape("english-possessive-school",
          Pattern.compile("(?<![A-Za-z0-9'’.-])(?:(?:St\\.?|Saint|King|Queen|Prince|Princess) )?[A-Z][a-z]+['’]s "
              + "(?:(?:Grammar |High )?School|College|Academy)(?![A-Za-z])(?! (?:of|for)\\b| [A-Z])"
              // and the school listed after one: St. Ansel's School and Marrow College (two schools, not one name)
              + "|(?<=['’]s (?:School|College|Academy) and )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:School|College|Academy)"
              + "(?![A-Za-z])"),
          EntityType.ORGANIZATION),
      // A named test or benchmark in title case: the Whitmore Exam, the Harrow Reasoning Benchmark (a WORK, like a data
      // set); two words at least, so "the Exam" is no name.
      new Shape("english-titled-benchmark",
          Pattern.compile("(?<![A-Za-z0-9&'’-])(?!(?:The|This|That|A|An|In|At|Its|Their|His|Her|Final|Entrance|Bar)\\b)"
              + "(?:[A-Z][A-Za-z0-9&-]* ){1,3}(?:Benchmark|Exam|Examination)(?![A-Za-z])"),
          EntityType.WORK),
      // A book's title in title case after the kind of book: the book Patterns in the Noise (2019), the textbook Sparse
      // Methods for Learning, the novel The Glass Orchard, the album Quiet Harbours, her memoir, Salt Roads: A Life (a
      // subtitle after a colon). The title ends the clause or a year in brackets follows. Also a title opening with an
      // article right after its maker's possessive, where a capital The can only start a title: the band's The Long
      // Winter and, Okafor's A Field of Lanterns which.
      new Shape("english-book-title",
          Pattern.compile("\\b" + ENGLISH_BOOK_KIND + " (?<name>(?:The |A |An )?" + ENGLISH_BOOK_TITLE + ")"
              + "(?= \\(\\d{4}\\)|[,.;:])"
              // in apposition after a possessive, between commas: her new novel, Salt Roads: A Life, sold
              + "|\\b(?:my|his|her|their|our|own|new|latest|debut) " + ENGLISH_BOOK_KIND + ", (?<name3>(?:The |A |An )?"
              + ENGLISH_BOOK_TITLE + "(?:: " + ENGLISH_BOOK_TITLE + ")?)(?=,)"
              + "|(?<=[A-Za-z]['’]s )(?<name2>(?:The|A|An) " + ENGLISH_BOOK_TITLE + ")"
              + "(?= \\(\\d{4}\\)|[,.;:]| (?:and|which|that|by)\\b)"),
          EntityType.WORK),
      // An organization after its kind: the charity Code Forward, the consumer group Fair Screens.
      new Shape("english-kind-organization",
          Pattern.compile("(?<=\\b(?:charity|nonprofit|non-profit|advocacy group|consumer group|trade group|"
              + "think tank|trade association|pressure group) )(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS
              + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,3}(?![A-Za-z0-9])"),
          EntityType.ORGANIZATION),
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
              + "工业|商业|跨国|西方|全球|国内|国外|境内|投资|私募|公募|对冲|养老|主权|天使|种子|引导|专项|发展|创新|"
              + "科创|政府|国家|该|这|"
              + "多只|多家|一只|一家|其|各|某|头部|知名|大型|美元|人民币|母基金|子基金|新|老|本土|外资|内资|市场化|专业)"
              + "(?:[A-Z][A-Za-z0-9]{2,10}[\\p{IsHan}&&[^与和及、的了在是对为从向将把被由获]]{0,4}"
              + "|[\\p{IsHan}&&[^与和及、的了在是对为从向将把被由获]]{2,4})"
              // the kind of fund may stand between the name and 基金: 某某创业投资基金, 某某产业投资基金
              + "(?:创投|资本|(?:创业投资|产业投资|股权投资|风险投资)?基金(?!会))"
              + "(?!市场|行业|圈|领域|人士|界)"),
          EntityType.COMPANY),
      // A Latin company name with its corporate word or an industry word: Nimbla Labs, Lumora AI, Zentrix Inc., Orbit
      // Robotics, Corvane Aviation (NER may read "Corvane" as a first name). Not a
      // concept that English capitalises (Generative AI, Responsible AI).
      // Initials joined by an ampersand, three letters or more: AT&T, PG&E, BB&T. The two-letter ones are common
      // abbreviations (R&D, M&A, Q&A, P&L), not names.
      new Shape("ampersand-company",
          Pattern.compile("(?<![A-Za-z0-9&])(?=(?:[A-Z]&?){3,})[A-Z]{1,3}&[A-Z]{1,3}(?![A-Za-z0-9&])"),
          EntityType.COMPANY),
      new Shape("latin-company",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))(?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*"
              + "(?: [A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)? (?:Inc\\.?|" + INDUSTRY_HEAD_WORDS + ")"
              // not the start of a laboratory's or an event's name: Imperial Robotics Laboratory, X Robotics Championship
              + "(?! (?:Laboratory|Institute|Center|Centre|Championships?|Cup|Society|Association|Council)\\b)"
              // nor a public body's or an event's (Civil Aviation Administration, X Aerospace Week); nor a field with
              // its kind (Military Aviation, Clinical Therapeutics)
              + "(?! (?:Administration|Authority|Agency|Board|Bureau|Commission|Committee|Department|Ministry|Office|"
              + "Week|Summit|Conference|Forum|Expo|Show|Awards?|Program|Programme)\\b)"
              + "(?<!(?:Civil|Military|Commercial|Naval|Army|Clinical|Experimental) " + INDUSTRY_HEAD_WORDS + ")"
              + "|(?![A-Za-z]+(?:ing|al|ive|ic|ous|ed|ble|ful|less|ary|ent|ant)\\b)"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]* AI"
              // not a project or programme named in AI (its Local News AI project, the Civic AI initiative)
              + "(?! (?:project|programme|program|initiative|challenge|grant|course|curriculum|fellowship|hackathon|"
              + "bootcamp|summit|conference|award|prize)s?\\b))(?![A-Za-z])"),
          EntityType.COMPANY),
      // A company named by its web domain (Booking.com, Nimbla.ai, Zentrix.io): not inside an address or a URL.
      new Shape("latin-domain-company",
          Pattern.compile("(?<![A-Za-z0-9.@/:-])[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9-]*\\.(?:com|ai|AI|io|co)"
              + "(?![A-Za-z0-9/@]|\\.[A-Za-z0-9])"),
          EntityType.COMPANY),
      // A Latin company name with its legal form inside Chinese text, in capitals too: ZENTRA Inc.创始人, Orbit Ltd. 在.
      // The legal form says it is a company, whatever the case of the name (English text is en's shapes').
      new Shape("latin-legal-form-company",
          Pattern.compile("(?<![A-Za-z0-9&.-])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9&-]*"
              + "(?: [A-Z][A-Za-z0-9&-]*){0,2} (?:Inc|Ltd|Corp|Co\\., Ltd)\\.(?= ?(?:\\p{IsHan}|[，。、；：）」”]))"),
          EntityType.COMPANY),
      // A company name with AI glued to its end (BenevolentAI, StabilityAI): a capitalised word of four letters or
      // more before it, so the concept GenAI is not one.
      new Shape("glued-ai-company",
          Pattern.compile("(?<![A-Za-z0-9])[A-Z][a-z]{3,}AI(?![A-Za-z0-9])"),
          EntityType.COMPANY),
      // English news names an unknown company by the kind of business before it (startup Lumora, the venture firm
      // Conviction, chipmaker Veltrix), by an apposition after it (Lumora, a Paris-based startup, …), or by its
      // officers (Veltrix CEO Karen Liu, Lumora's chief executive).
      new Shape("english-kind-company",
          Pattern.compile("(?<=\\b(?:[Ss]tart-?up|[Cc]hipmaker|[Cc]hip designer|firm|AI company|AI lab|hedge fund|"
              + "[Ss]oftware maker|[Cc]loud provider|[Uu]nicorn|AI developer|[Mm]odel developer|[Mm]odel maker|"
              // Finance and holding companies: investment bank Acme, neobank Acme, the conglomerate Acme, venture
              // capital company Acme (not a bare "bank": central bank Governor X).
              + "[Ii]nvestment bank|[Nn]eobank|[Cc]onglomerate|[Vv]enture capital company|[Hh]olding company|"
              // What a company makes before "maker" or "manufacturer": robot maker Acme, EV maker Acme, chip
              // manufacturer Acme, automaker Acme (not a person who makes laws, films, policy or decisions).
              + "(?!(?:law|film|policy|decision|deal|peace|trouble|match|money|king|rain)\\b)[a-zA-Z-]{2,20} "
              + "(?:maker|manufacturer)|[Aa]utomaker|[Cc]armaker|[Dd]rugmaker|[Tt]oymaker) )(?!(?:"
              + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + ")(?![A-Za-z0-9]))" + ENGLISH_COMPANY_NAME),
          EntityType.COMPANY),
      // A company after its line of business and "company": defence tech company Acme, virtual reality company
      // Nimbla, the parent company Globex. Not after a determiner (the company Jane Doe founded) nor a title.
      new Shape("english-business-company",
          Pattern.compile("(?<=\\b(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ww]hich|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|"
              + "[Ss]ame|[Ww]hole|[Oo]ne|[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Oo]ther|[Ss]uch)\\b)[A-Za-z][a-z-]{1,20} company )"
              + "(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + "|Chief|President|Chairman|Chairwoman|Founder|"
              + "Co-founder|Executive|Director|Head|Vice|Senior|CEO|Mr|Ms|Mrs|Dr)(?![A-Za-z0-9]))" + ENGLISH_COMPANY_NAME),
          EntityType.COMPANY),
      // A studio named after its kind, in one to three capitalised words: the animation studio Brass Lantern, their
      // AI game studio Silver Kite from Lyon (a word of its trade before "studio"; the name ends at punctuation or a
      // clause's word, so a capitalised word that goes on is not swallowed).
      new Shape("english-studio-company",
          Pattern.compile("(?<=\\b(?:[a-z]{2,20}|AI|VFX|VR|3D) studio )"
              + "(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + ")(?![A-Za-z0-9]))" + TITLE_CASE_NAME
              + "(?=[,.;:]| (?:from|has|have|had|is|was|will|said|says|to|in|on|with|and|for|which|that|raised|"
              + "announced|founded|created|made|released|behind|uses|built)\\b)"),
          EntityType.COMPANY),
      // A company named in an apposition after its owners' new company: the founders' new company, Silver Kite, will
      // …; its own startup, Brass Lantern, … (a possessive before the kind; the name between commas).
      new Shape("english-owned-company-apposition",
          Pattern.compile("(?<=(?:['’]s?|\\b[Tt]heir|\\b[Ii]ts|\\b[Hh]is|\\b[Hh]er) "
              + "(?:new |own |latest |first |second )?(?:company|studio|startup|start-up|venture), )"
              + "(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS + ")(?![A-Za-z0-9]))" + TITLE_CASE_NAME + "(?=,)"),
          EntityType.COMPANY),
      // A company or fund with the possessive of the person who owns or runs it: Jane Roe's Acme Global, John Doe's
      // xAI (a first and a last name before it; the name ends the phrase, so Jane Roe's Acme stake is not one).
      new Shape("english-person-possessive-company",
          Pattern.compile("(?<=\\b[A-Z][a-z]{1,15} [A-Z][a-z]{1,20}['’]s )(?!(?:" + NOT_COMPANY_WORDS + "|"
              + CALENDAR_WORDS + ")(?![A-Za-z0-9]))(?:[A-Z]|[a-z][A-Z])[A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}"
              + "(?=[,.;]|\\s(?:and|or|has|have|had|is|was|were|said|says|will|which|that|led|also)\\b)"),
          EntityType.COMPANY),
      new Shape("english-company-apposition",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))" + ENGLISH_COMPANY_NAME
              + "(?=, (?:a|an) (?:[\\w-]+ ){0,3}(?:start-?up|company|firm|chipmaker|chip designer|unicorn)"
              + "(?:[,.;]| (?:that|which|whose|based|backed|founded|valued|owned|in|with)\\b))"),
          EntityType.COMPANY),
      new Shape("english-company-officer",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + "|Former|Interim|Acting|Deputy|Then)\\b)"
              // Two words when the second is a company's head noun: Corvane Systems CEO, Tavora Silicon's founder.
              + "(?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]* (?=" + COMPANY_HEAD_WORDS + "\\b))?"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?=(?:['’]s)? (?:CEO|CTO|CFO|COO|chief executive|co-?founder|"
              + "founder|chief [a-z]+ officer|spokes(?:person|woman|man))\\b"
              // A firm's research staff: Harbor's head of research, Coldwell's chief strategist, Quillon's analysts.
              + "|['’]s (?:[Hh]ead of [Rr]esearch|[Hh]ead of [a-z]+ [Rr]esearch|chief (?:strategist|economist|"
              + "investment strategist|market strategist)|(?:senior |lead )?(?:analysts?|strategists?|economists?))\\b)"),
          EntityType.COMPANY),
      // Models named as examples of models: language models like Nova, models such as Orbit-7 and Nova-Lite.
      new Shape("english-model-example",
          Pattern.compile("(?<=\\bmodels,? (?:like|such as|including) |\\bmodels,? (?:like|such as|including) "
              + "[A-Z][A-Za-z0-9.-]{1,30}(?:,| and| or) )(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)*"
              + "(?![A-Za-z0-9-])"),
          EntityType.AI_MODEL),
      // The company a founder or an officer heads: co-founder and CTO of Singapore's Aquila, chief executive of Nimbla.
      new Shape("english-officer-of-company",
          Pattern.compile("(?<=\\b(?:CEO|CTO|COO|CFO|[Cc]hief executive|[Cc]hief technology officer|[Cc]o-?founder|"
              + "[Ff]ounder) of (?:[A-Z][a-z]+['’]s )?)(?!(?:" + NOT_COMPANY_WORDS + "|" + CALENDAR_WORDS
              + ")(?![A-Za-z0-9]))" + ENGLISH_COMPANY_NAME),
          EntityType.COMPANY),
      // A model named by an apposition: Orbit-Coder, a model that writes software; Nova, an open-weight model.
      new Shape("english-model-apposition",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9.]*"
              + "(?:-[A-Za-z0-9.]+)*(?=, (?:a|an|its|their) (?:[\\w-]+ ){0,3}(?:model|LLM)\\b)"),
          EntityType.AI_MODEL),
      // A model or product named after the noun for it, between commas: its latest model, Nova-Lite 2, runs …;
      // the company's chatbot, Mira, …; its assistant app, Opalis, has ….
      new Shape("english-model-after-its-noun",
          Pattern.compile("\\b(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Za-z0-9]{1,30}['’]s) (?:[a-z'’-]+ ){0,2}models?, "
              + "(?<name>" + ENGLISH_NAMED_THING + ")(?=,)"),
          EntityType.AI_MODEL),
      new Shape("english-product-after-its-noun",
          Pattern.compile("\\b(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Za-z0-9]{1,30}['’]s) (?:[a-z'’-]+ ){0,2}(?:chatbot|app|"
              + "assistant|agent|platform|chip|processor|accelerator|cluster|supercomputer|browser|editor|robot)s?, "
              + "(?<name>" + ENGLISH_NAMED_THING + ")(?=,)"),
          EntityType.PRODUCT),
      // Where people of a firm work: analysts at Kessler, a partner at Quillon, economists at Harbor Research.
      new Shape("english-people-at-organization",
          Pattern.compile("(?<=\\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers|[Ee]ngineers|"
              + "[Pp]artner|[Ee]xecutives) at )(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))" + ENGLISH_COMPANY_NAME),
          EntityType.ORGANIZATION),
      // A model family named with its maker: Microsoft's Phi family of small language models, the Gemma family of
      // open models, its Ministral models.
      new Shape("english-model-family",
          Pattern.compile("(?<=\\b(?:its|their|the|[A-Z][A-Za-z0-9]{0,30}['’]s) )(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))"
              + "[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*(?= (?:family|series) of (?:[a-z-]+ ){0,3}models?\\b"
              + "| (?:open |open-weight |open-source |reasoning |language )?models\\b)"),
          EntityType.AI_MODEL),
      // A Latin name followed by 公司 or 集团, or by a company officer's title: Zentrix公司, Nimbla的CEO.
      new Shape("latin-before-company-word",
          Pattern.compile("(?<![A-Za-z0-9])(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*"
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
      // A Chinese model's name with its version, right after the kind of model it is: 大语言模型青岚2, 推理模型天衡1.5 (the
      // version shows it is a name, not a description).
      new Shape("kind-then-han-model",
          Pattern.compile("(?<=大语言模型|语言模型|大模型|多模态模型|推理模型|基础模型)\\p{IsHan}{2,4}\\d+(?:\\.\\d+)?"
              + "(?![\\p{IsHan}0-9A-Za-z])"),
          EntityType.AI_MODEL),
      // A named Chinese model: 天枢大模型. Not a kind of model (通用大模型, 国产大模型, 行业大模型).
      // Not after a closing quote: in “天牧”低空大模型 the quoted word is the name (quoted-model) and the rest a kind; nor
      // a count's classifier (40余款大模型); nor a unit named after the models it builds (星河大模型研发中心, 大模型团队).
      new Shape("han-model",
          Pattern.compile("(?<=^|[^\\p{IsHan}”」』\"]|[的了和与及由将把其、]|推出|发布|上线|开源|升级)"
              + "(?![的了和与及由将把其、在对是为从向一二两三四五六七八九十几多数首余款个种类]|" + GENERIC_MODEL_WORDS + ")"
              + "(?<name>" + HAN + "{2,4}大模型)(?!(?:研发|研究|技术|产品|业务|应用)?(?:中心|团队|部门|事业部|事业群|实验室|研究院|部))"),
          EntityType.AI_MODEL),
      // A publication in title marks that the words around call one: 据《某某日报》报道, 发表于《某某医学》的研究,
      // 《某某》杂志, 期刊《某某》; and a title ending in a newspaper's or magazine's head noun (《某某时报》).
      new Shape("titled-media",
          Pattern.compile("(?<=(?:期刊|杂志|雜誌|媒体|媒體|报纸|報紙|刊物|发表于|發表於|发表在|發表在|刊登于|刊登在|刊于|刊載於)《)"
              + "(?<name>[^《》\\n]{1,20})(?=》)"
              // 《某报》7 月报道, 《某报》上周报道: a date between the title and its report
              + "|(?<=《)(?<name2>[^《》\\n]{1,20})(?=》(?:\\s?(?:\\d{1,2}\\s?月(?:\\s?\\d{1,2}\\s?日)?|上周|上週|上月|昨天|昨日|"
              + "日前|近日|稍早|早前|本周|本週)\\s?(?=报道|報道|报导|報導))?"
              + "(?:杂志|雜誌|期刊|周刊|週刊|月刊|报道|報道|报导|報導|援引|刊登|刊发|"
              + "刊發|记者|記者|专栏|專欄|社论|社論|主编|主編|上发表|上發表|上刊登|获悉|獲悉|独家获悉|了解到|注意到))"
              + "|(?<=《)(?<name3>[^《》\\n]{1,16}(?:日报|日報|时报|時報|晚报|晚報|晨报|晨報|早报|早報|邮报|郵報|周刊|週刊|月刊|季刊|学报|學報|画报|畫報|"
              + "杂志|雜誌|新闻|新聞|导报|導報|"
              + "先驱报|先驅報|论坛报|論壇報|纪事报|紀事報|世界报|世界報|商报|商報))(?=》)"),
          EntityType.MEDIA_ORGANIZATION),
      // A Latin name with a version right before a word for model, the kind of model between: Orion 4模型, Nova
      // 2.1大模型, Lyra V3音乐生成模型, Orbit X2 多模态大模型.
      new Shape("latin-version-before-model-word",
          Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Za-z]+[ -]?[A-Z]?\\d+(?:\\.\\d+)?(?: " + MODEL_VARIANT + ")?"
              + "(?= ?" + HAN_MODEL_KIND + "?(?:大|系列|语言)?模型)"),
          EntityType.AI_MODEL),
      // A research or data firm by a Latin name whose data or report is cited: 根据DataLens的数据, 据IDC统计.
      new Shape("cited-latin-research-firm",
          Pattern.compile("(?<=根据|据)(?!(?:" + NOT_COMPANY_WORDS + ")(?![A-Za-z0-9]))"
              + "[A-Z][A-Za-z0-9&]+(?: [A-Z][A-Za-z0-9&]+){0,2}"
              + "(?=(?:最新|近日|日前)?(?:发布)?的?(?:数据|统计|报告|调查|研究|测算|预测))"),
          EntityType.COMPANY),
      // The outlet a news page credits: its source line (来源：某某网, 原文来源:某某杂志), its dateline (某某网讯 8月1日…,
      // 某某社北京5月3日电), a line that is only the paper's name (某某报 under the date), and an English dateline's agency
      // (BEIJING, June 26 (Wirecast) -). Press conventions of crediting (新闻出版 style: 电头, 讯头), not names.
      new Shape("credited-outlet",
          Pattern.compile("(?<=(?:来源|來源|出处|出處)[:：] ?)(?<name>[\\p{IsHan}A-Za-z0-9]{2,12}?)(?=[\\s|｜丨,，]|$)"
              + "|(?<=^|\\n)(?<name2>" + HAN + "{2,8}?" + OUTLET_HEAD + ")(?=讯|訊|" + HAN + "{0,6}\\d{1,2}月\\d{1,2}日[电電])"
              + "|(?<=^|\\n)(?<name3>" + HAN + "{2,10}" + OUTLET_HEAD + ")(?=\\n)", Pattern.MULTILINE),
          EntityType.MEDIA_ORGANIZATION),
      new Shape("english-dateline-agency",
          Pattern.compile("(?<=^|\\n)(?:[A-Z]{3,}[A-Z ]*, )?(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? )"
              + "\\((?<name>[A-Z][A-Za-z]{1,15})\\)(?= ?[—–-])"),
          EntityType.MEDIA_ORGANIZATION),
      // A news outlet by a Latin name or acronym that the words around call one: 据Axion报道, NHK记者.
      new Shape("reporting-latin-media",
          Pattern.compile("(?<=据)(?:The )?[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}(?=报道|報道|报导|報導)"
              + "|(?<![A-Za-z0-9])[A-Z]{2,6}(?=记者|記者)"),
          EntityType.MEDIA_ORGANIZATION),
      // A standard exam, which news reports a model's result on like a benchmark's: 在国家司法考试中, 律师资格考试.
      new Shape("named-exam",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[在于的和与及、了过])"
              + "(?!这|该|此|各|某|每|本|其)[\\p{IsHan}&&[^在于的和与及了过是但这该此将把被对从向为]]{2,12}?"
              + "(?:资格考试|資格考試|资格考|資格考|入学考试|入學考試|执照考试|執照考試|水平考试|水平考試|统一考试|統一考試)"),
          EntityType.WORK),
      // A country's mission abroad: 某国驻东京大使馆, 某国驻沪总领事馆, 日本驻台代表处.
      new Shape("mission-abroad",
          Pattern.compile("(?<=^|[^\\p{IsHan}]|[在于的和与及、由向对])\\p{IsHan}{1,6}?驻\\p{IsHan}{1,6}?"
              + "(?:大使馆|大使館|总领事馆|總領事館|领事馆|領事館|代表处|代表處|办事处|辦事處|代表团|代表團)"),
          EntityType.ORGANIZATION),
      // The social platform X, which is named by what it is or as where someone posted: 社交平台X, 在X上发文.
      new Shape("platform-x",
          Pattern.compile("(?<=社交平台|社交媒体|社交媒體|社交网站|社交網站|社群平台|社媒|平台) ?X(?![A-Za-z0-9])"
              + "|(?<=在)X(?=上(?:发文|發文|写道|寫道|发帖|發帖|表示|称|稱|宣布|发布|發布|回应|回應))"),
          EntityType.PRODUCT),
      // A company whose name is a number: 360公司, 58集团.
      new Shape("number-company",
          Pattern.compile("(?<![\\d.第约近超逾余])\\d{2,4}(?=公司|集团)"),
          EntityType.COMPANY),
      // The venue of 在…举行/举办/召开 ("held at"): 在旧金山的探索馆举行 → 探索馆, without the adverb before the verb
      // (在西岸圆满举行 → 西岸).
      new Shape("held-at-venue",
          Pattern.compile("在(?:" + HAN + "{2,6}的)?(?<name>(?!本|这|该|此|那|其|线上|网上|会上|" + TIME_PHRASE
              + "(?:圆满|隆重|顺利|盛大|正式|成功)?(?:举行|举办|召开))" + HAN
              + "{2,8}?)(?:圆满|隆重|顺利|盛大|正式|成功)?(?:举行|举办|召开)"),
          EntityType.PLACE),
      // Last, so that a fund's or company's own shape types the name first. The organizer of an event or the lead
      // investor of a round: 本届大会由星火创想主办，云帆会展联合承办; 本轮融资由蓝湖资本领投. Not a person (由张小明发起)
      // nor a pointer (由该公司主办); the finder checks the words are names.
      new Shape("han-organizer",
          Pattern.compile("(?<=由)" + NOT_ORGANIZER + "(?<name>" + ORGANIZER_NAME + ")(?=" + ORGANIZING_VERB + ")"
              + "|(?<=[，,、])" + NOT_ORGANIZER + "(?<name2>" + ORGANIZER_NAME + ")(?=(?:联合|共同)(?:主办|承办|协办))"
              // a quoted organizer: 在「某某传媒」举办的, 由“某某”主办
              + "|(?<=[在由][「“『])" + NOT_ORGANIZER + "(?<name3>" + ORGANIZER_NAME + ")(?=[」”』]" + ORGANIZING_VERB + ")"),
          EntityType.ORGANIZATION),
      // A list a government keeps, quoted by its name: 列入“某某企业名单”, 加入美国的“实体清单” (a named list is a published
      // document: guidelines §3, WORK). Not a list the text only describes (一份名单, 这份清单): the quotation marks name it.
      new Shape("quoted-list",
          Pattern.compile("(?<=[“「\"])(?!" + DESCRIBED_LIST + ")[\\p{IsHan}A-Za-z0-9]{1,16}(?:清单|名单|清單|名單)(?=[”」\"])"),
          EntityType.WORK),
      // Any other title in title marks is a published work (《某某词典》, 《某某演义》): Chinese writing marks the titles
      // of books, articles, documents, laws, films and songs with 《》 (标点符号用法, GB/T 15834-2011: 书名号). Last of the shapes, so
      // the ones above that read a title as a publication, a game or an outlet come first; a lexicon name wins too.
      new Shape("titled-work",
          Pattern.compile("(?<=《)[^《》\\n]{1,30}(?=》)"),
          EntityType.WORK));

  private static final List<String> NAME_GROUPS = List.of("name", "name2", "name3");

  /** Whether the shape named {@code shape} still finds all of {@code name} on its own (after the finder trimmed it). */
  boolean stillMatches(String shape, String name) {
    return SHAPES.stream().filter(sh -> sh.name().equals(shape)).anyMatch(sh -> {
      Matcher m = sh.pattern().matcher(name);
      while (m.find()) {
        String group = NAME_GROUPS.stream().filter(g -> sh.pattern().pattern().contains("(?<" + g + ">"))
            .filter(g -> m.group(g) != null).findFirst().orElse(null);
        int start = group != null ? m.start(group) : m.start();
        int end = group != null ? m.end(group) : m.end();
        if (start == 0 && end == name.length()) {
          return true;
        }
      }
      return false;
    });
  }

  private static final Pattern STARTS_WITH_SURNAME = Pattern.compile("^" + SURNAME);
  /** A day of the week written with 周, which is also a family name: 周一 … 周日, 周末. */
  private static final Pattern DAY_OF_WEEK = Pattern.compile("[周週][一二三四五六日天末]");

  private static final Pattern WHOLE_SURNAME = Pattern.compile(SURNAME);

  /** Whether a word is a common family name by itself (王, 欧阳). */
  public static boolean isSurname(String word) {
    return WHOLE_SURNAME.matcher(word).matches();
  }

  /** Whether a Chinese name starts with a common family name (王, 欧阳 …). */
  public static boolean startsWithSurname(String name) {
    return STARTS_WITH_SURNAME.matcher(name).find();
  }

  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      List<String> groups = NAME_GROUPS.stream().filter(g -> shape.pattern().pattern().contains("(?<" + g + ">"))
          .toList();
      while (m.find()) {
        // A shape with "name" groups finds its name inside a longer context, in whichever alternative matched.
        String group = groups.stream().filter(g -> m.group(g) != null).findFirst().orElse(null);
        int start = group != null ? m.start(group) : m.start();
        int end = group != null ? m.end(group) : m.end();
        Span span = new Span(start, end);
        if (shape.type() == EntityType.PERSON && DAY_OF_WEEK.matcher(text.substring(start, end)).matches()) {
          continue; // 发言人周二就…表示: 周 is a family name, but 周二 is Tuesday
        }
        if (found.stream().noneMatch(f -> f.span().equals(span))) { // two shapes may find the same name
          found.add(new Found(span, text.substring(start, end), shape.type(), shape.name()));
        }
      }
    }
    countedPeople(text, found);
    creditLinePeople(text, found);
    return found;
  }

  /** The roles of a credit line that credit people: 编辑, 记者, and the artwork's 设计 or 摄影. */
  private static final String PERSON_CREDIT = "(?:作者|编辑|责编|责任编辑|记者|撰文|编译|校对|审校|采写|整理|实习生|主编|"
      + "设计|摄影|美编|插图|配图|制图|排版)";
  /** The other labels a credit line may hold, whose values are no people: 公众号：某某, 发布时间：5小时前. */
  private static final String OTHER_CREDIT = "(?:公众号|来源|出品|发布时间|时间|日期|浏览|阅读)";
  private static final Pattern CREDIT_LABEL_AT = Pattern.compile("[【\\[]?(?:(?<role>" + PERSON_CREDIT + ")|"
      + OTHER_CREDIT + ")(?:[ \\t\\u3000]*[：:/｜|][ \\t\\u3000]*|[ \\t\\u3000]+)");
  /** Where a credited value ends: a separator, a bracket, the line's end, or the next label right after it. */
  private static final String CREDIT_VALUE_END = "(?=[\\s；;｜|/、】\\]]|$|(?:" + PERSON_CREDIT + "|" + OTHER_CREDIT
      + ")[：:])";
  /**
   * One credited name: two to four Han characters that are no function words (a pen name needs no family name), or
   * a screen name in Latin letters that starts with a letter (Gyeri-crypto, jz_li).
   */
  private static final Pattern CREDITED_NAME_AT = Pattern.compile("(?:[\\p{IsHan}&&[^的了在是和与及、]]{2,4}?"
      + "|[A-Za-z][A-Za-z0-9_.-]{0,30}?[A-Za-z0-9])" + CREDIT_VALUE_END);
  private static final Pattern OTHER_VALUE_AT = Pattern.compile(".*?(?=[\\s；;｜|]*(?:" + PERSON_CREDIT + "|"
      + OTHER_CREDIT + ")[：:]|[\\s；;｜|】\\]]*$)");
  private static final Pattern CREDIT_SEPARATORS_AT = Pattern.compile("[\\s；;｜|】\\]]*");
  private static final Pattern NAME_SEPARATOR_AT = Pattern.compile("[ \\t\\u3000]*、[ \\t\\u3000]*|[ \\t\\u3000]+");
  private static final Pattern LINE = Pattern.compile("(?m)^.{1,80}$");

  /**
   * The people of a line that is nothing but credits are people, pen names and screen names too: the line says so, no
   * family name is needed. The line holds one role or several (整理 | 小鹿、阿青; 作者：某某；编辑：某某；公众号：某某;
   * 设计 某某; 编辑:某某发布时间:5小时前), and every part of it must read as a label and its value.
   */
  private static void creditLinePeople(String text, List<Found> found) {
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      List<Span> names = creditedNames(text, line.start(), line.end());
      for (Span span : names) {
        if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
          found.add(new Found(span, span.of(text), EntityType.PERSON, "credit-line-names"));
        }
      }
    }
  }

  /** The names a credit line credits to people, or none when a part of the line is not a credit. */
  private static List<Span> creditedNames(String text, int begin, int end) {
    List<Span> names = new ArrayList<>();
    int at = begin;
    while (true) {
      at = lookingAt(CREDIT_SEPARATORS_AT, text, at, end).orElse(at);
      if (at >= end) {
        return names;
      }
      Matcher label = CREDIT_LABEL_AT.matcher(text).region(at, end);
      if (!label.lookingAt()) {
        return List.of();
      }
      at = label.end();
      if (label.group("role") == null) {
        Optional<Integer> valueEnd = lookingAt(OTHER_VALUE_AT, text, at, end);
        if (valueEnd.isEmpty()) {
          return List.of();
        }
        at = valueEnd.get();
        continue;
      }
      int count = 0;
      while (true) {
        Matcher name = CREDITED_NAME_AT.matcher(text).region(at, end);
        if (!name.lookingAt()) {
          break;
        }
        names.add(new Span(at, name.end()));
        count++;
        at = name.end();
        Optional<Integer> next = lookingAt(NAME_SEPARATOR_AT, text, at, end);
        if (next.isEmpty() || startsCreditLabel(text, next.get(), end)) {
          break;
        }
        at = next.get();
      }
      if (count == 0) {
        return List.of();
      }
    }
  }

  private static boolean startsCreditLabel(String text, int at, int end) {
    Matcher label = CREDIT_LABEL_AT.matcher(text).region(at, end);
    return label.lookingAt();
  }

  /** Where {@code pattern} ends when it matches at {@code at}. */
  private static Optional<Integer> lookingAt(Pattern pattern, String text, int at, int end) {
    Matcher m = pattern.matcher(text).region(at, end);
    return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
  }

  /** One name of a listed group of people: Chinese or Latin, no function words. */
  private static final String LISTED_NAME = "(?:[\\p{IsHan}·&&[^、和与及的了在是有位名]]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})";
  /**
   * Names listed before the count of the people they are (甲、乙和丙三位作家, A与B两位嘉宾): each a person when the count
   * matches the list, so the tagger's guess about a short or odd name (a pen name, a name that reads like a place)
   * yields.
   */
  private static final Pattern COUNTED_PEOPLE = Pattern.compile(
      "(?<=^|[^\\p{IsHan}A-Za-z]|[了有是由请括])(?<![A-Za-z] )(?<list>" + LISTED_NAME + "(?:[、和与及]" + LISTED_NAME
      + ")+)(?<count>[两二三四五六七八九十]|\\d{1,2})(?:位|名)"
      + "(?:嘉宾|作家|专家|学者|教授|创始人|代表|科学家|企业家|投资人|演讲者|讲者|创业者|研究者|研究员|受访者|获奖者|评委|"
      + "导师|主持人|编剧|导演|艺术家|工程师|院士)");
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";

  private static void countedPeople(String text, List<Found> found) {
    Matcher m = COUNTED_PEOPLE.matcher(text);
    while (m.find()) {
      String count = m.group("count");
      int expected = count.equals("两") ? 2 : Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
          : CHINESE_DIGITS.indexOf(count) + 1;
      String[] names = m.group("list").split("[、和与及]");
      if (names.length != expected) {
        continue; // the list is not the people counted (it starts earlier, or names a thing)
      }
      int at = m.start("list");
      for (String name : names) {
        Span span = new Span(at, at + name.length());
        found.removeIf(f -> f.span().overlaps(span));
        found.add(new Found(span, name, EntityType.PERSON, "counted-people"));
        at += name.length() + 1;
      }
    }
  }
}
