/**
 * What the knowledge base covers: Guangxi's enterprise science-and-technology specialist programme. A question about
 * another province's rules or another programme is told so, never given a Guangxi figure as its answer.
 */
const OTHER_REGIONS = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '内蒙古',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '苏州',
  '武汉',
  '长沙',
  '成都',
  '昆明',
  '福州',
  '厦门',
  '泉州',
  '龙岩',
  '宁波',
  '温州',
  '西安',
  '郑州',
  '济南',
  '青岛',
  '合肥',
  '全国',
  '国务院',
  '科技部',
  '国家层面',
  '外省',
  '其他省',
  '别的省',
];

/** Other programmes the documents do not describe. */
const OTHER_PROGRAMMES = [
  '农村科技特派员',
  '农业科技特派员',
  '乡村振兴特派员',
  '三区人才',
  '三区科技人才',
  '科技副总',
  '驻村第一书记',
  '博士服务团',
  '西部之光',
  '银龄',
  '国家级科技特派员',
  '国家科技特派员',
  '科技部科技特派员',
];

/**
 * Neighbouring subjects people ask the bot about that the documents do not cover: each with the words that name it.
 * A question on one of them that does not speak of the programme itself (「单位出差住宿报销标准」, not
 * 「特派员的差旅能报销吗」) is told the documents do not cover it, instead of being given the nearest clause.
 */
const NEIGHBOURING_TOPICS: { topic: string; words: RegExp; evenForTheProgramme?: boolean }[] = [
  // The documents give no reimbursement rules or contacts at all, also not for the programme's own people.
  {
    topic: '差旅费报销标准',
    words: /报销(?:标准|比例|流程|手续|上限|额度|封顶|办法)|(?:住宿|差旅|出差)费?(?:的)?(?:标准|封顶|上限)/,
    evenForTheProgramme: true,
  },
  {
    topic: '联系方式',
    words:
      /(?:咨询|联系|办公|服务)电话|电话(?:是|号码|号)|电话多少|打给谁|打电话给|手机号|联系方式|联系人|邮箱|微信号|传真/,
    evenForTheProgramme: true,
  },
  {
    topic: '发布渠道和网址',
    words: /哪个网站|什么网站|网址|链接|公众号|在哪(?:里|儿)?(?:看|查|下载|公示)/,
    evenForTheProgramme: true,
  },
  { topic: '考核评分细则', words: /(?:评分|打分)(?:细则|标准|办法|规则|表)|分值|权重|计分/, evenForTheProgramme: true },
  { topic: '差旅费报销标准', words: /报销/ },
  {
    topic: '高新技术企业认定',
    words: /(?:高新技术企业|高企)\s*(?:的)?\s*(?:认定|申报|评定|复审)|(?:认定|申报|评定|复审)\s*(?:高新技术企业|高企)/,
  },
  {
    topic: '职称评审',
    words: /(?<![没未])评(?:副高|正高|职称|教授|副教授|研究员)|职称评审|评审职称|晋升职称|职称晋升/,
  },
  { topic: '收费标准', words: /交费|收费|缴费|学费|报名费|收不收钱|要不要钱|是否免费|免不免费|免费吗/ },
  { topic: '税收政策', words: /所得税|增值税|税率|加计扣除|减免税|税收优惠/ },
  { topic: '社保和公积金', words: /社保|公积金|五险一金|医保/ },
  {
    topic: '专利申请手续',
    words:
      /(?:申请|申报)专利.{0,8}(?:怎么|咋|如何|流程|材料|费用|多少钱|手续)|专利(?:申请|代理)(?:流程|材料|费|手续)|专利费/,
    evenForTheProgramme: true,
  },
  { topic: '专利申请', words: /申请专利|专利申请|专利代理/ },
  { topic: '科技计划项目申报指南', words: /项目申报指南|申报指南|申报截止|揭榜挂帅/ },
  // The programme's only money is its 补助 to specialists: another subsidy named by what it is for is not it.
  {
    topic: '科技特派员补助以外的补贴',
    words:
      /(?:渔船|渔业|柴油|燃油|油价|农机|购机|购置|家电|新能源汽车|汽车|稳岗|就业|创业|租房|种粮|耕地|退耕|生猪|母猪|养殖|电费|用电|运费|物流|出口|外贸|技改|设备更新|以旧换新|首台套|贷款贴息|残疾人|低保|高温|取暖)[\u4e00-\u9fa5]{0,3}(?:补助|补贴|补偿|奖补)/,
  },
];
/** The programme itself: a question that names it asks what the documents say about the subject for it. */
const ABOUT_THE_PROGRAMME =
  /特派员|特派团|科特派|派驻|工作办|工作专班|服务站|能当|可以当|当得了|(?:专家|老师|教授)(?:来|过来|下来|到企业|到厂)/;

/** Words that tie a mention of another region to the asker, not to its rules (「我是湖南一所高校的教授」). */
const ABOUT_THE_ASKER = /我是|我们是|我在|注册在|总部在|公司在|来广西|到广西|在广西|广西的|区内|自治区/;
const ABOUT_RULES = /科技特派员|特派员|特派团|补助|补贴|政策|规定|标准|做法|怎么搞|多少钱|条件|要求|考核/;

export type OutOfScope =
  | { reason: 'other-region'; region: string }
  | { reason: 'other-programme'; programme: string }
  | { reason: 'other-topic'; topic: string };

/** Why the documents cannot answer the question, when it is about another region's rules or another programme. */
export function outOfScope(question: string): OutOfScope | null {
  const programme = OTHER_PROGRAMMES.find((name) => question.includes(name));
  if (programme) return { reason: 'other-programme', programme };
  const neighbour = NEIGHBOURING_TOPICS.find(({ words }) => words.test(question));
  if (neighbour && (neighbour.evenForTheProgramme || !ABOUT_THE_PROGRAMME.test(question)))
    return { reason: 'other-topic', topic: neighbour.topic };
  const region = OTHER_REGIONS.find((name) => question.includes(name));
  if (!region || !ABOUT_RULES.test(question)) return null;
  // 「广东那边的企业特派员怎么报名」 asks about that region's programme, whoever asks.
  const theirs = new RegExp(
    `${region}(?:省|市)?(?:那边|那里|本地|当地)?的?(?:企业)?(?:科技)?(?:特派员|政策|补助|补贴|规定|做法)`,
  );
  return theirs.test(question) || !ABOUT_THE_ASKER.test(question) ? { reason: 'other-region', region } : null;
}
