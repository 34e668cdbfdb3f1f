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
];

/** Words that tie a mention of another region to the asker, not to its rules (「我是湖南一所高校的教授」). */
const ABOUT_THE_ASKER = /我是|我们是|我在|注册在|总部在|公司在|来广西|到广西|在广西|广西的|区内|自治区/;
const ABOUT_RULES = /科技特派员|特派员|补助|补贴|政策|规定|标准|做法|怎么搞|多少钱|条件|要求|考核/;

export type OutOfScope = { reason: 'other-region'; region: string } | { reason: 'other-programme'; programme: string };

/** Why the documents cannot answer the question, when it is about another region's rules or another programme. */
export function outOfScope(question: string): OutOfScope | null {
  const programme = OTHER_PROGRAMMES.find((name) => question.includes(name));
  if (programme) return { reason: 'other-programme', programme };
  const region = OTHER_REGIONS.find((name) => question.includes(name));
  if (!region || !ABOUT_RULES.test(question)) return null;
  // 「广东那边的企业特派员怎么报名」 asks about that region's programme, whoever asks.
  const theirs = new RegExp(
    `${region}(?:省|市)?(?:那边|那里|本地|当地)?的?(?:企业)?(?:科技)?(?:特派员|政策|补助|补贴|规定|做法)`,
  );
  return theirs.test(question) || !ABOUT_THE_ASKER.test(question) ? { reason: 'other-region', region } : null;
}
