import { parseSmallNumber } from '../visits/chinese-numbers.js';

/**
 * Questions about the asker's own situation (「退休的老教授还能申请吗」, 「我们是高新技术企业，能申请吗」) that the
 * programme plan decides: each rule names the clause that decides, when it applies, and the answer it gives. Data, not
 * retrieval: the reply opens with 可以 / 不可以 / 不一定 and why, then quotes the clause. Rules are tried in order; the
 * first that applies answers.
 */
/** The direct answer the reply opens with: 可以, 不可以, 不一定, 是的, 不是, 需要, 不会, or a figure (一位). */
export type Verdict = string;

export interface SituationRule {
  id: string;
  /** The deciding clause of the programme plan, as cited after its section (「四（一）2」). */
  clause: string;
  /** Every pattern must match the question. */
  when: RegExp[];
  /** No pattern may match. */
  unless?: RegExp[];
  decide(question: string): { verdict: Verdict; why: string } | null;
  /** Answers a question put without 吗/能不能 too (「一家企业能派驻几个特派员」). */
  anyQuestion?: boolean;
}

/** The built-in programme plan, whose clauses the rules cite. */
export const PLAN_SLUG = 'gx-enterprise-tech-specialist-plan-draft';
/** The built-in reply to a deputy: a report on other programmes, which settles nothing the plan leaves open. */
export const REPLY_SLUG = 'gx-stdept-reply-2021513';

const CN_NUMBER = '[一二两三四五六七八九十\\d]{1,3}';
const numberIn = (text: string, unit: RegExp): number | null => {
  const match = new RegExp(`(${CN_NUMBER})\\s*(?:个)?\\s*(?:${unit.source})`).exec(text);
  if (!match?.[1]) return null;
  return /^\d+$/.test(match[1]) ? Number(match[1]) : parseSmallNumber(match[1]);
};

const ASKS_SPECIALIST =
  /申请|可不可以|能不能|报名|能报|报吗|申报|当|选派|选上|够格|够不够|符合|来广西|能来|可以来|派人来?|派过来|派来|能去|资格|也行|行吗|行不行|可以吗|可以不|能行/;
const ASKS_ENTERPRISE = /申请|派驻|要特派员|派特派员|要个特派员|能要|可以要|符合|够格|资格/;
const OTHER_PROVINCE =
  /(?:外省|省外|区外|外地|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|西藏|宁夏|新疆|香港|澳门|台湾|深圳|广州|长沙|武汉|成都|昆明|杭州)/;

/** The asker asks whether a record meets the quota. */
const ENOUGH = /达标|够|合格|算|行不行|可以吗|行吗|完成|满足|符合|过关|及格/;
/** How the members of a team are counted in a question (「4个老师」, 「三名教授」). */
const MEMBERS = /人|名|位|老师|同事|教授|专家|博士|成员/;

const ENTERPRISE_KINDS = /高新技术企业|高企|高新企业|科技型中小企业|科小|科技型企业|规上|规模以上/;
/** The enterprise says it has no violations on record. */
const CLEAN_RECORD = /(?:没有|无|没|冇|未)(?:任何|过|什么)?(?:科技活动)?(?:违规|违法|不良|失信)/;

const say = (verdict: Verdict, why: string) => () => ({ verdict, why });

/** The three kinds of enterprise a posting may go to, as people name them. */
const ENTERPRISE_KIND_WORDS: [string, RegExp][] = [
  ['科技型中小企业', /(?:科技型|科小)/],
  ['高新技术企业', /(?:高新|高企)/],
  ['规上工业企业', /(?:规上|规模以上)/],
];
/** A kind said not to be the enterprise's, the denial first (「不是规上企业也不是高新」, 「没认定科技型中小企业」). */
const DENIAL =
  '(?:不是|也不是|不属于|达不到|够不上|算不上|没认定|未认定|没有认定|没评上|没评|没有评|没入库|未入库|没进|没上|没有|没|无)[^，,。？?；;也]{0,4}';
/** …or said after it (「规上也算不上」, 「高企没评上」). */
const DENIED_AFTER = '(?:(?:也|都|还)?(?:算不上|达不到|够不上|没评上|没认定|没有认定)|(?:也|都|还)不是)';
/** None of the three, said at once (「三类都不是」, 「哪种都不沾边」, 「不属于这三类」). */
const ALL_KINDS_DENIED =
  /都不(?:是|属于|算|沾边|符合)|(?:哪|三|这三|两)(?:类|种|样)都不|一(?:类|种|样)都不|不(?:属于|是)(?:这|以上|上述|上面)?(?:三|3)?(?:类|种)/;
const ANY_KIND = `(?:${ENTERPRISE_KIND_WORDS.map(([, words]) => words.source).join('|')})`;
const KIND_DENIED = new RegExp(
  `${DENIAL}${ANY_KIND}|${ANY_KIND}[^，,。？?；;]{0,4}?${DENIED_AFTER}|${ALL_KINDS_DENIED.source}`,
);
/** A business that is none of the three kinds by what it is. */
const NON_TECH_BUSINESS =
  /餐馆|饭店|饭馆|小吃|奶茶|小店|个体|商店|商行|商贸|贸易公司|批发|零售|超市|小卖部|门店|网店|淘宝|开店|农家乐|民宿|旅馆|酒店|美容|理发|中介|快递|装修公司|服装店|摆摊/;

/** A degree or title the asker has, not one said to be missing (「没有博士」, 「还没评上副高」, 「不是博士」). */
const held = (words: string) =>
  new RegExp(`(?<!(?:没有?|无|不是|没读过?|没拿到|还没|没评上?|未评上?|也没有?)\\s*)(?:${words})`);

export const SITUATION_RULES: SituationRule[] = [
  {
    id: 'retired',
    clause: '四（一）2',
    when: [/退休|离休|返聘|退下来/, ASKS_SPECIALIST],
    unless: [/快|即将|马上|明年|后年|到龄|将要|服务期内/],
    decide: say('不可以', '选派条件要求是高校、科研院所的在职科技人才，已退休的不符合这一条。'),
  },
  {
    id: 'specialist-from-other-province',
    clause: '四（一）2',
    // The asker's university is elsewhere (「我是湖南一所大学的教授，想到广西的企业当特派员」), not the enterprise.
    when: [
      new RegExp(`${OTHER_PROVINCE.source}[^，,。？?]{0,8}(?:高校|大学|学院|研究所|研究院|院所|教授|老师|研究员|博士)`),
      ASKS_SPECIALIST,
    ],
    unless: [new RegExp(`${OTHER_PROVINCE.source}[^，,。？?]{0,6}(?:企业|公司|厂)`)],
    decide: say('不可以', '科技特派员从区内高等院校、科研院所中选拔，区外单位的人员不在选派范围内。'),
  },
  {
    id: 'specialist-from-enterprise',
    clause: '四（一）2',
    when: [
      /(?:在|是)(?:一家|一个|本地)?(?:企业|公司|厂)(?:里|的)?(?:做|搞|上班|工作|的)|(?:在|是)(?:一家|一个|本地)?(?:企业|公司|厂)[^，,。？?！!]{0,8}(?:当|任|做)(?:工程师|技术员|研发|技术)/,
      /当|申请|报|特派员/,
    ],
    // A university teacher who also works with a company (「我是高校老师，在企业兼职」) is no company's engineer.
    unless: [
      /派驻企业|在(?:高校|大学|学院|研究所|研究院|院所)|(?:高校|大学|学院|研究所|研究院|院所)的?(?:老师|教师|教授|研究员|在职)|是(?:副)?教授/,
    ],
    decide: say('不可以', '科技特派员从区内高等院校、科研院所的在职科技人才中选拔，企业的技术人员不在选派范围内。'),
  },
  {
    id: 'neither-doctorate-nor-senior-title',
    clause: '四（一）2',
    when: [/硕士|本科|研究生学历|中级|讲师|助理研究员|实验师|助教|工程师/, ASKS_SPECIALIST],
    // 「讲师 没有博士」: a doctorate or title said to be missing is no reason to look further.
    unless: [held('博士|副高|副教授|副研究员|高级职称|高工|正高|教授(?!级)')],
    decide: say(
      '不可以',
      '选派条件要求具有博士学位或副高级以上专业技术职称，两者至少有一项；只有硕士学位、中级职称的不符合。',
    ),
  },
  {
    id: 'doctorate-without-senior-title',
    clause: '四（一）2',
    when: [
      held('博士'),
      /(?:没|未|还没|没有|不是)(?:评上?|评到|拿到|有)?\s*(?:副高|副教授|副研究员|高级职称)|讲师|助理研究员/,
      ASKS_SPECIALIST,
    ],
    decide: say(
      '可以',
      '选派条件是具有博士学位或副高级以上专业技术职称，有博士学位就满足这一条（还要满足其他选派条件）。',
    ),
  },
  {
    id: 'senior-title-without-doctorate',
    clause: '四（一）2',
    when: [
      /副高|副教授|副研究员|高级职称|高工|正高|教授|研究员/,
      /(?:没有?|无|不是)(?:读过)?博士|硕士|本科/,
      ASKS_SPECIALIST,
    ],
    decide: say(
      '可以',
      '选派条件是具有博士学位或副高级以上专业技术职称，有副高级以上职称就满足这一条（还要满足其他选派条件）。',
    ),
  },
  {
    id: 'vocational-college',
    clause: '四（一）2',
    when: [/职业技术学院|职业学院|高职|专科|职院|职业技术大学/, /副高|副教授|博士|教授/, ASKS_SPECIALIST],
    unless: [OTHER_PROVINCE],
    decide: say('可以', '区内高等院校的在职科技人才，具有博士学位或副高级以上职称即符合这一条，文件没有排除高职院校。'),
  },
  {
    id: 'misconduct-record',
    clause: '四（一）1',
    when: [/学术不端|违纪|违规|处分|通报|失信|造假/, ASKS_SPECIALIST],
    unless: [/企业|公司|项目因为|单位被/],
    decide: say(
      '不一定',
      '选派条件要求遵守科研诚信有关要求，不存在违纪违规或造成不良社会影响的行为；有过这类记录的，要看是否仍属于违纪违规情形，由审核认定。',
    ),
  },
  {
    id: 'no-achievements',
    clause: '四（一）3',
    when: [/(?:没有?|无|还没)(?:什么|任何|啥)?(?:专利|成果|知识产权)/, ASKS_SPECIALIST],
    decide: say(
      '不一定',
      '选派条件之一是拥有相应领域的知识产权证书或成果，能协助企业实现科技成果转化及应用；没有的话不满足这一条。',
    ),
  },
  {
    id: 'talent-priority',
    clause: '四（一）5',
    when: [/人才项目|高层次人才|人才计划|入选|青年科技/, /优势|优先|加分|更容易|好选/],
    decide: say('是的', '文件规定优先选派自治区重大人才项目入选者或符合相关认定条件的自治区高层次人才。'),
  },
  {
    id: 'team-subsidy-per-person',
    clause: '五（一）1',
    when: [
      /特派团|组团|团队|我们团|团里|整个团|一个团|三个人|几个人/,
      /每人|每个人|人均|一人一万|每位|各拿|都有/,
      /补助|补贴|钱|1万|一万|经费/,
    ],
    // 「每人一万还是一共一万」 asks which, so 不是 answers nothing: the answer is the one that holds.
    decide: (question) =>
      /还是/.test(question) || !/吗|么|嘛|是不是|是否|对不对|对吧|有没有/.test(question)
        ? { verdict: '按1人计', why: '派出科技特派团的，整个团每年补助1万元，不是每人1万元。' }
        : { verdict: '不是', why: '派出科技特派团的，补助按1人计，即每年1万元，不是每人1万元。' },
    anyQuestion: true,
  },
  {
    id: 'team-size',
    clause: '四（一）6',
    // 「已经派驻了一位科技特派员，再加一个特派团」 counts the specialist already there, not a team's members.
    unless: [/补助|补贴|钱|经费/, /(?:已经|已|有了)[^，,。]{0,6}(?:一位|一个|一名)(?:科技)?特派员/],
    when: [/特派团|组团|组个团|团队|一起/, new RegExp(`${CN_NUMBER}\\s*个?\\s*(?:${MEMBERS.source})`)],
    decide(question) {
      const counted = numberIn(question, MEMBERS) ?? (/我和一个同事|我俩|两个人/.test(question) ? 2 : null);
      if (counted === null) return null;
      return counted >= 3 && counted <= 5
        ? { verdict: '可以', why: `科技特派团人数为3—5人，${counted}人在这个范围内（成员领域相近、知识结构互补）。` }
        : { verdict: '不可以', why: `科技特派团人数为3—5人，${counted}人不在这个范围内。` };
    },
  },
  {
    id: 'subsidy-without-agreement',
    clause: '五（一）1',
    when: [/协议|合同/, /没签|未签|还没签|没有签|不签/, /补助|补贴|钱|1万|一万|经费/],
    decide: say('不可以', '补助发给签署合作协议书的科技特派员，协议书签订之后才有补助。'),
  },
  {
    // 「一万块补贴是给老师还是给企业的」: to whom the subsidy goes.
    id: 'subsidy-to-whom',
    clause: '五（一）1',
    when: [/补助|补贴|一万|1万|这笔钱/, /给老师|给企业|给谁|发给谁|给个人|给单位|谁拿|发到哪|给特派员|给我们企业/],
    anyQuestion: true,
    decide: say('给科技特派员', '补助给签署合作协议书的科技特派员，每年每人1万元（科技特派团按1人计），不是给企业的。'),
  },
  {
    // 「老师来一趟的路费谁出啊」: who bears the cost of coming, asked without naming the subsidy.
    id: 'who-pays-travel',
    clause: '五（一）1',
    when: [
      /差旅|路费|车费|油费|交通费|住宿费|食宿|来回的费用|来一趟的费用/,
      /谁出|谁付|谁掏|谁承担|谁报|谁管|企业出|企业付|要企业|我们出|我们付/,
    ],
    anyQuestion: true,
    decide: say(
      '从补助里出',
      '自治区财政给每位科技特派员每年1万元补助，主要用于科技服务产生的差旅、交通和住宿等相关费用；文件没有要求企业承担。',
    ),
  },
  {
    id: 'subsidy-for-travel',
    clause: '五（一）1',
    when: [/补助|补贴|经费|1万|一万|这笔钱/, /差旅|路费|车费|油费|交通|住宿|酒店|高铁|机票/],
    decide: say('可以', '补助主要用于科技服务产生的差旅、交通和住宿等相关费用。'),
  },
  {
    id: 'subsidy-for-other-things',
    clause: '五（一）1',
    when: [
      /补助|补贴|经费|1万|一万|这笔钱/,
      /买|购买|采购|发工资|发奖金|劳务|设备|仪器|材料|耗材|试剂|请客|吃饭|餐费|招待|送礼|礼品|旅游/,
    ],
    decide: say('不一定', '文件规定补助主要用于科技服务产生的差旅、交通和住宿等相关费用，没有写到其他用途。'),
  },
  {
    // 「线上开会指导算不算服务天数」: the plan asks for on-site service and says nothing of remote work.
    id: 'remote-service',
    clause: '五（三）',
    when: [/线上|网上|视频|远程|电话|微信|腾讯会议|钉钉会议|云端/, /算|计入|记入|可以|能/, /服务|走访|天数|次数|指导/],
    decide: say(
      '不一定',
      '文件要求每年到派驻企业开展现场服务（不少于5次、累计30天以上），没有写线上或远程服务是否计入。',
    ),
  },
  {
    id: 'visits-enough',
    clause: '五（三）',
    when: [new RegExp(`${CN_NUMBER}\\s*(?:次|趟|回)`), ENOUGH],
    // 「能算一次走访吗」 asks what counts as a visit, not whether a year's visits are enough.
    unless: [/算(?:不算|作|做|成)?(?:一|1)(?:次|趟|回)|算几次/],
    decide(question) {
      const visits = numberIn(question, /次|趟|回/);
      const days = numberIn(question, /天/);
      if (visits === null) return null;
      if (visits < 5) return { verdict: '不可以', why: `每年到派驻企业不少于5次，${visits}次还不够。` };
      if (days !== null && days < 30)
        return { verdict: '不可以', why: `次数够了，但累计服务天数要30天以上，${days}天还不够。` };
      return days === null
        ? { verdict: '不一定', why: `${visits}次满足每年不少于5次，另外累计服务天数还要达到30天以上。` }
        : { verdict: '可以', why: `${visits}次、${days}天，满足每年不少于5次、累计30天以上的要求。` };
    },
  },
  {
    id: 'days-enough',
    clause: '五（三）',
    when: [new RegExp(`${CN_NUMBER}\\s*天`), ENOUGH],
    // 「半天算不算一天」 asks how a day is counted, not whether a year's days are enough.
    unless: [new RegExp(`${CN_NUMBER}\\s*(?:次|趟|回)`), /半天|半日|小时|钟头|上午|下午|晚上|周末|节假日/],
    decide(question) {
      const days = numberIn(question, /天/);
      if (days === null) return null;
      return days >= 30
        ? { verdict: '不一定', why: `${days}天满足累计服务天数30天以上，另外每年到派驻企业还要不少于5次。` }
        : { verdict: '不可以', why: `每年累计服务天数要30天以上，${days}天还不够。` };
    },
  },
  {
    id: 'enterprise-kind-and-clean-record',
    clause: '四（二）',
    when: [ENTERPRISE_KINDS, CLEAN_RECORD, ASKS_ENTERPRISE],
    unless: [/不是|也不是|不属于|没评上|没有认定/, OTHER_PROVINCE],
    decide: say(
      '可以',
      '派驻企业资格条件有两条：区内的科技型中小企业、高新技术企业或规上工业企业，且自主创新意识强、无科技活动违规行为；两条都满足就符合。',
    ),
  },
  {
    id: 'enterprise-violation',
    clause: '四（二）2',
    when: [/企业|公司|项目|厂/, /违规|通报|处罚|失信/, ASKS_ENTERPRISE],
    unless: [CLEAN_RECORD],
    decide: say('不一定', '派驻企业要求无科技活动违规行为；有过违规记录的，要看是否属于科技活动违规，由审核认定。'),
  },
  {
    id: 'enterprise-kind-eligible',
    clause: '四（二）1',
    when: [ENTERPRISE_KINDS, ASKS_ENTERPRISE],
    unless: [/不是|也不是|不属于|没评上|没有认定/, OTHER_PROVINCE],
    decide: say(
      '可以',
      '区内的科技型中小企业、高新技术企业以及规上工业企业都在派驻企业资格范围内（还要自主创新意识强，无科技活动违规行为）。',
    ),
  },
  {
    // Some of the three kinds ruled out (「我们是规上工业企业，不是高新」).
    id: 'enterprise-some-kinds-not',
    clause: '四（二）1',
    when: [KIND_DENIED, ASKS_ENTERPRISE],
    unless: [NON_TECH_BUSINESS],
    decide(question) {
      const denied = ENTERPRISE_KIND_WORDS.filter(([, words]) =>
        new RegExp(`${DENIAL}${words.source}|${words.source}[^，,。？?；;]{0,4}?${DENIED_AFTER}`).test(question),
      );
      // None or all of them ruled out: the next rule says 不可以 where it applies.
      if (denied.length === 0 || denied.length === ENTERPRISE_KIND_WORDS.length || ALL_KINDS_DENIED.test(question))
        return null;
      // 「我们是规上工业企业，不是高新」: one kind is enough. With none affirmed, the next rule answers.
      const affirmed = ENTERPRISE_KIND_WORDS.filter((kind) => !denied.includes(kind) && kind[1].test(question));
      if (affirmed.length === 0) return null;
      return {
        verdict: '可以',
        why: `科技型中小企业、高新技术企业、规上工业企业三类是其一即可；是${affirmed.map(([name]) => name).join('、')}就在派驻范围内，不是${denied.map(([name]) => name).join('、')}不影响。`,
      };
    },
  },
  {
    // 「我们是小微企业能申请吗」: a size, not one of the three kinds; it depends on whether it is one of them.
    id: 'enterprise-small',
    clause: '四（二）1',
    when: [/小微|小型企业|小企业|小公司|小厂|民营企业|民企|私企|初创/, ASKS_ENTERPRISE],
    // 「小厂想申请，要啥门槛」 asks the conditions themselves.
    unless: [new RegExp(ANY_KIND), NON_TECH_BUSINESS, /门槛|条件|要求|啥|什么|哪些/],
    decide: say(
      '不一定',
      '派驻企业要看是不是区内的科技型中小企业、高新技术企业或规上工业企业三类之一；小微企业评价入库为科技型中小企业的，就在派驻范围内。',
    ),
  },
  {
    id: 'enterprise-kind-not-eligible',
    clause: '四（二）1',
    when: [/餐馆|饭店|小店|个体|商店|贸易公司|批发|零售|不是科技型|不是规上|也不是|不属于|都不是/, ASKS_ENTERPRISE],
    decide: say('不可以', '派驻企业须是区内的科技型中小企业、高新技术企业或规上工业企业，三类都不是的不在派驻范围内。'),
  },
  {
    id: 'enterprise-outside-guangxi',
    clause: '四（二）1',
    when: [
      /注册在|总部在|公司在|企业在|是外省|在外省|(?:我们|我司|本公司|公司|企业|厂)(?:是|在|位于)/,
      OTHER_PROVINCE,
      ASKS_ENTERPRISE,
    ],
    decide: say('不可以', '派驻企业须是区内企业（科技型中小企业、高新技术企业或规上工业企业）。'),
  },
  {
    id: 'specialists-per-enterprise',
    clause: '六',
    when: [/一家企业|一个企业|每家企业|一家公司|一个公司|一家/, /几个|几位|多少个|多少位|几名|多少名/, /特派员/],
    anyQuestion: true,
    decide: say('一位科技特派员或一个科技特派团', '每家企业只派驻一位科技特派员，或一个3—5人的科技特派团。'),
  },
  {
    id: 'second-posting',
    clause: '六',
    when: [
      /已经|已|有了|派了/,
      /(?:再加|再派|再要|再来|再申请|另外|还想|多要|又想|又要|加一个|加个)[^，,。？?]{0,6}(?:特派员|特派团)/,
    ],
    decide: say('不可以', '一家企业派驻一位科技特派员或一个科技特派团，已有派驻的不再另派。'),
  },
  {
    id: 'two-specialists',
    clause: '六',
    when: [/两个|2个|两位|多个|几个|两名|好几个/, /特派员/, /同时|一起|要|派|申请/],
    unless: [/特派团/],
    decide: say(
      '不可以',
      '一家企业派驻一位科技特派员或一个科技特派团；需要多人的，可以由一个科技特派团（3—5人）服务。',
    ),
  },
  {
    // 「想要个懂模具的特派员」: the enterprise names the expertise it needs when it reports its need.
    id: 'specialist-of-an-expertise',
    clause: '六（一）',
    when: [
      /想要|想找|想请|需要|找一?个|要一?个|请一?个|来一?个|配一?个/,
      /懂|会搞|熟悉|精通|擅长|搞[\u4e00-\u9fa5]{1,4}的|做[\u4e00-\u9fa5]{1,4}的|[\u4e00-\u9fa5]{1,4}(?:方向|专业|领域)的/,
      /特派员|特派团|专家|老师|教授/,
    ],
    // Being a specialist (「当特派员需不需要懂…政策」) is the conditions, not an enterprise's need.
    unless: [/补助|补贴|多少|几个|几位|退休|外省|条件|资格|(?<!来)当(?:科技)?特派|成为|需不需要|要不要/],
    anyQuestion: true,
    decide: say(
      '可以',
      '企业在意向征集时报送需求情况（可写明需要的专业方向），由设区市服务站审核、汇总后报工作办；工作办发布需求清单，企业和科技人员双向选择。',
    ),
  },
  {
    id: 'unit-approval',
    clause: '六（二）',
    when: [/审核|同意|批准|盖章|签字/, /学校|单位|所在单位|院里|系里|派出单位|研究所/],
    decide: say('需要', '双方沟通达成一致意见后，还要经所在单位审核同意，再报工作办。'),
  },
  {
    id: 'enterprise-evaluates',
    clause: '五（五）',
    when: [/评价|打分|评估|鉴定/, /企业|公司|厂|我们/, /特派员|特派团|他们?的工作|工作情况/],
    unless: [/细则|标准|办法|规则/],
    decide: say('需要', '派驻企业负责如实对科技特派员工作情况作出评价。'),
  },
  {
    id: 'agree-first',
    clause: '六（二）',
    when: [/先谈|谈好|自己联系|自己找|私下|已经联系好|对接好|说好/, /企业|公司|厂|老师|教授|特派员/, /报|申请|可以|行/],
    decide: say('可以', '派驻按双向选择的原则：双方沟通达成一致意见，经所在单位审核同意后，报工作办。'),
  },
  {
    id: 'continue-after-term',
    clause: '六',
    when: [/到期|期满|两年后|服务期满|满两年|结束后/, /继续|再要|续|接着/],
    decide: say('可以', '服务周期为两年，到期后根据企业实际需求继续选派。'),
  },
  {
    id: 'existing-cooperation',
    clause: '六（八）',
    when: [/已经|一直|之前就|早就/, /合作|产学研/, /双向选择|流程|申请|纳入|还要/],
    decide: say('可以', '已开展产学研合作且成效突出的科技人员、合作企业，符合相关条件的，可直接纳入派驻对象管理。'),
  },
  {
    id: 'city-programme-merge',
    clause: '六（八）',
    when: [/市级|市里|我们市|本市/, /特派员|行动/, /纳入|并入|合并|并到|算进|归到/],
    decide: say(
      '可以',
      '各设区市已自行开展实施市级科技特派员行动的，经工作专班审核后，可一并纳入自治区级科技特派员体系。',
    ),
  },
  {
    id: 'rd-accounting-required',
    clause: '一',
    when: [/研发投入核算/, /必须|一定要|要不要|是不是要|需不需要|需要|得建/],
    decide: say(
      '需要',
      '工作目标是到2027年底实现派驻企业100%建立研发投入核算制度，科技特派员也要推动企业建立研发投入核算制度。',
    ),
  },
  {
    id: 'specialist-leads-project',
    clause: '五（一）3',
    when: [/项目负责人|领衔|牵头申报|主持/, /特派员|我/],
    decide: say('可以', '自治区科技厅鼓励和支持由科技特派员担任项目负责人、派出单位和派驻企业联合承担的科技项目。'),
  },
  {
    id: 'welfare-kept',
    clause: '五（四）',
    when: [/福利|待遇|工资|奖金|绩效/, /学校|单位|原单位|派出单位|受影响|影响/],
    // 「会不会受影响」 is answered 不会; 「单位工资还发吗」, 「是否保留」 ask the other way round, and are answered 会.
    decide: (question) => ({
      verdict:
        /还发|照发|照常|保留|保障|还有|继续|保不保|发不发|有没有/.test(question) &&
        !/影响|扣|停|取消|没了|少/.test(question)
          ? '会'
          : '不会',
      why: '派出单位要保障科技特派员在本单位的各项福利待遇，当特派员不影响在本单位的福利待遇。',
    }),
  },
  {
    id: 'enterprise-support',
    clause: '五（五）',
    when: [
      /工作|生活|安全|吃住|住宿|住的|住处|食宿|吃饭|伙食|办公/,
      /保障|负责|管|提供|安排|包/,
      /企业|我们|厂|公司|老板/,
    ],
    decide: say('需要', '派驻企业负责为科技特派员提供必要的工作、生活和安全保障。'),
  },
  {
    id: 'city-station',
    clause: '三',
    when: [/服务站|(?:设区市|市里|市级|各市|市一级).{0,8}(?:机构|组织|单位)/, /成立|设立|建|需要|要不要|什么|啥/],
    unless: [/设在|放在|挂靠|哪个局|哪个部门/],
    decide: say('需要', '各设区市相应成立市级企业科技特派员服务站，加强组织保障。'),
  },
  {
    id: 'feedback-through-specialist',
    clause: '二（一）',
    when: [/反映|反馈|提意见|卡壳|执行不下去|落实不了|遇到困难/, /政策|补贴|补助/, /特派员/],
    decide: say(
      '可以',
      '企业可通过科技特派员及时反馈政策实施中遇到的困难和问题，相关职能部门根据反馈意见调整和优化政策措施。',
    ),
  },
  {
    id: 'rd-institution-guidance',
    clause: '二（三）',
    when: [/研发中心|研发机构|研究院|实验室/, /指导|帮|建/, /特派员/],
    decide: say('可以', '科技特派员的任务之一是加强对企业建立研发机构的指导。'),
  },
  {
    id: 'outside-resources',
    clause: '二（四）',
    when: [/区外|外省|省外|国外|区内外/, /合作|牵线|对接|联系|引进/],
    decide: say('可以', '科技特派员面向区内外科技创新高地寻找优势科技资源，促成企业与高校、科研院所对接。'),
  },
];

/**
 * Questions the documents leave open: the reply says so and quotes the nearest clause, never guessing a rule.
 */
export interface OpenQuestion {
  id: string;
  when: RegExp[];
  /** No pattern may match. */
  unless?: RegExp[];
  /** The nearest clause of the plan. */
  nearest: string;
  /** What the documents do not settle. */
  says: string;
}

export const OPEN_QUESTIONS: OpenQuestion[] = [
  { id: 'age', when: [/年龄|岁|年纪/], nearest: '四（一）', says: '文件没有规定科技特派员的年龄上限' },
  {
    id: 'enterprise-age',
    when: [
      /成立|注册|开办|开业/,
      /刚|才|不久|新|没几年|[一二两三四五六七八九十\d]年/,
      /申请|派驻|能要|可以要|符合|够格|资格|能报/,
    ],
    // 「成立3年了 是高新技术企业」: its kind decides, whatever its age.
    unless: [ENTERPRISE_KINDS],
    nearest: '四（二）',
    says: '文件没有规定派驻企业的成立年限（只规定派驻企业的类型和无科技活动违规行为）',
  },
  {
    id: 'retiring-during-term',
    when: [/快|即将|马上|明年|后年|到龄|将要|服务期内|期间/, /退休/],
    nearest: '四（一）2',
    says: '文件只要求是在职科技人才，没有规定服务期内到龄退休的情况',
  },
  {
    id: 'postdoc',
    when: [/博士后|在站/],
    nearest: '四（一）2',
    says: '文件没有写博士后是否算在职科技人才（选派条件是具有博士学位或副高级以上专业技术职称的在职科技人才）',
  },
  {
    id: 'foreigner',
    when: [/外国|外籍|老外|境外人员|港澳台/],
    nearest: '四（一）',
    says: '文件没有规定外籍人员能否担任科技特派员',
  },
  {
    id: 'rewards',
    when: [/奖励|奖金|奖品|发奖|激励/, /特派员|典型示范|优秀|表现好/],
    nearest: '五（一）',
    says: '文件没有规定对科技特派员的具体奖励（只写了工作专班组织开展表彰和保障激励等工作）',
  },
  {
    id: 'tax',
    when: [/个税|个人所得税|交税|纳税|扣税|免税/, /补助|补贴|1万|一万|特派员/],
    nearest: '五（一）1',
    says: '文件没有规定补助的纳税问题',
  },
  {
    id: 'two-enterprises',
    when: [
      /特派员|我|老师|教授|研究员|专家|本人/,
      // More than one enterprise, not more than one specialist (「企业能不能同时派驻两个特派员」 is decided).
      /(?:两|几|多|好几|[2-9２-９])\s*(?:家|个)\s*(?:企业|公司|厂|单位)|(?:两|几|多|好几|[2-9２-９])家/,
      /服务|派驻|派到|派去|去|当|对接|负责/,
    ],
    nearest: '六',
    says: '文件没有规定一位科技特派员能否同时服务多家企业（只规定一家企业派驻一位科技特派员或一个科技特派团）',
  },
  {
    id: 'failed-assessment',
    when: [/不合格|没通过|考核差|考核不过/, /撤|退|取消|收回|后果|怎么办|会怎样/],
    nearest: '六（七）',
    says: '文件没有规定考核不合格的后果',
  },
  {
    id: 'professional-title',
    when: [
      /职称评审|评职称|晋升|评(?:正高|副高|教授|副教授|研究员|高级)/,
      /考核|经历|结果|算|用|加.{0,2}分|优先|当过|做过/,
    ],
    nearest: '五（四）',
    says: '文件没有规定特派员经历与职称评审的关系',
  },
  {
    id: 'enterprise-pay',
    when: [
      /企业|公司|我们|厂/,
      /劳务费|报酬|工资|酬金|额外给|另外给|发钱|服务费|咨询费|付费|付钱|付给|交钱|俾钱|俾服务费/,
    ],
    nearest: '五（五）',
    says: '文件没有规定企业是否另付劳务费（只规定企业提供必要的工作、生活和安全保障）',
  },
  {
    id: 'service-charge',
    when: [
      /特派员|特派团|专家|老师/,
      /收费|收钱|收(?:企业|公司|厂里?)的?钱|要钱|收不收|付费|服务费|(?:企业|我们|厂里?|公司)(?:要|得)?(?:出钱|掏钱)/,
    ],
    nearest: '五（五）',
    says: '文件没有规定科技特派员的服务是否向企业收费（只规定企业提供必要的工作、生活和安全保障）',
  },
  {
    id: 'extra-pay',
    when: [
      /额外|另外|多拿|加钱|工资|劳务|报酬|酬金|津贴/,
      /特派员|特派团/,
      /有没有|有吗|多少|给不给|发不发|能拿|拿多少/,
    ],
    nearest: '五（一）1',
    says: '文件没有规定科技特派员另有工资或劳务报酬（只规定自治区财政每年每人1万元补助，主要用于差旅、交通和住宿等费用）',
  },
  {
    id: 'selected-so-far',
    when: [
      /上一批|上批|第一批|去年|今年|已经|目前|现在|至今|全区一共|一共/,
      /选派了|组建了|派了|选了|派出了|签了|有多少|多少个|多少名|多少位|几个/,
      /特派员|特派团/,
    ],
    unless: [/2027|到.{0,3}年底|目标|我们|我司|厂|公司|再加|再要|还想/],
    nearest: '一',
    says: '文件是工作方案，没有写已经选派了多少科技特派员或特派团（只写了到2027年底的工作目标）',
  },
  {
    id: 'certificate',
    when: [/聘书|聘任书|任命书|聘任证/, /发|给|有没有|会不会|颁/],
    nearest: '六（四）',
    says: '文件没有写是否发放聘书或证书（只规定公示无异议后组织签订合作协议书）',
  },
  {
    id: 'change-enterprise',
    when: [/换到|换一家|换个企业|换企业|更换|调换|转到另一家|去另一家|换去/],
    nearest: '六',
    says: '文件没有规定服务期内能否更换派驻企业（只规定一家企业派驻一位科技特派员或一个科技特派团，服务周期为两年）',
  },
  {
    id: 'station-host',
    when: [/服务站/, /设在|放在|挂靠|哪个局|哪个部门|科技局|工信局/],
    nearest: '三',
    says: '文件没有规定市级服务站设在哪个部门（只规定各设区市相应成立市级企业科技特派员服务站）',
  },
  {
    id: 'payment-date',
    when: [
      // 补助 is the programme's word; a 补贴 only when said of the programme (not 「渔船的柴油补贴」).
      /补助|(?:^|特派员|特派团|我的|我们的|这个|这笔|那个|每年的?|1万元?的?|一万块?的?)补贴/,
      /什么时候|何时|几月|哪天|啥时候|按月|按季|按年|一次性|分几次|分期|一年发一次|每月发|怎么发|如何发|怎样发|咋发|发到哪|打到哪/,
      /发|到账|拨|打到/,
    ],
    nearest: '五（一）1',
    says: '文件没有写补助发放的时间和方式',
  },
  {
    id: 'enterprise-subsidy',
    when: [
      /(?:给|补|奖|拨给|发给|补给)(?:派驻)?企业|企业(?:能|可以|会)?(?:拿|得到|领|获得|有没有)|(?:接收|接了|请了|要了)(?:科技)?特派员|企业(?:有|拿)(?:补助|补贴|奖励)|企业这边|企业方面/,
      /补助|补贴|补多少|多少钱|资金|经费|奖励/,
    ],
    unless: [/特派员(?:能|可以)?(?:拿|得|领)|给(?:科技)?特派员|给老师还是|给谁|发给谁|谁拿/],
    nearest: '五（一）1',
    says: '文件没有规定对派驻企业的财政补助（只规定对签署合作协议书的科技特派员每年每人1万元补助）',
  },
];
