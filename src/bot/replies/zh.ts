import { CHANNEL_LABELS, type Channel, type Person, type PersonRole } from '../../domain/programme/types.js';

const CHANNEL_NAMES = CHANNEL_LABELS;

const COMMON_HELP = ['· 政策咨询：直接提问，如「科技特派员每年至少服务多少天？」'];

const HELP_BY_ROLE: Record<PersonRole, string[]> = {
  SPECIALIST: [
    '· 服务报备：像平时说话一样发送，如「今天在龙城齿轮技术攻关1天，调试热处理工艺」',
    '· 查看进度：发送「我的进度」，查看每个派驻企业本年度的走访次数和服务天数（每年至少5次、30天）',
    '· 服务报备后10分钟内发送现场照片，作为佐证材料；「撤销」「修改 天数 半天」更正最近一条',
    '· 代企业反馈：发送「帮企业反馈：……」，「我的反馈」查看办理情况',
  ],
  ENTERPRISE_CONTACT: [
    '· 政策反馈：发送「反馈：……」，反映政策落实中遇到的问题，可跟踪办理结果',
    '· 服务情况：发送「服务情况」，查看科技特派员本年度的服务进度',
    '· 确认服务：收到服务记录后回复「确认」或「有异议 原因」；「待确认」查看待确认的记录',
    '· 我的反馈：查看反馈的办理进度和答复；对答复不满意可回复「不满意 编号 原因」',
    '· 年度评价：发送「评价 5 服务很好」（1–5分，每年一次）',
  ],
  CITY_OFFICIAL: [
    '· 待办：发送「待办」，查看本市待处理的政策反馈；「回复 FK-2026-0001 内容」「处理中 编号」「关闭 编号」处理',
    '· 本市进度：发送「服务情况」，查看本市各派驻企业的服务进度',
  ],
  REGION_OFFICIAL: [
    '· 待办：发送「待办」，查看全区待处理的政策反馈；「回复 编号 内容」「处理中 编号」「关闭 编号」处理',
    '· 全区进度：发送「服务情况」，查看各设区市的服务进度',
  ],
  ADMIN: ['· 名册与配置请通过管理接口维护'],
};

export const replies = {
  help(person: Person): string {
    return [`${person.name}，您好！我是科技特派员助手，可以帮您：`, ...COMMON_HELP, ...HELP_BY_ROLE[person.role]].join(
      '\n',
    );
  },

  unregistered(channel: Channel, accountId: string): string {
    return [
      `您的${CHANNEL_NAMES[channel]}账号（${accountId}）尚未登记，暂时无法使用科技特派员助手。`,
      '请联系所在设区市科技特派员服务站或自治区企业科技特派员工作办，登记到名册并领取绑定码，',
      '然后在这里发送「绑定 绑定码」完成绑定。',
    ].join('\n');
  },

  bound(person: Person): string {
    return `绑定成功！已将此账号绑定到${person.name}。`;
  },

  alreadyBound(person: Person): string {
    return `此账号已绑定到${person.name}，无需再次绑定。`;
  },

  boundToSomeoneElse(): string {
    return '此账号已绑定到名册中的另一位人员，不能用绑定码改绑。如需更换，请联系管理员。';
  },

  bindingInvalid(): string {
    return '绑定码无效、已使用或已过期。请核对后重新发送「绑定 绑定码」，或联系管理员重新获取绑定码。';
  },

  bindingTooManyTries(): string {
    return '绑定尝试次数过多，请一小时后再试，或联系管理员。';
  },

  nonText(): string {
    return '目前只能处理文字消息，请用文字描述您的问题。';
  },

  slowDown(): string {
    return '您发送消息的速度有点快，请稍等一分钟再发，我会继续为您服务。';
  },

  failure(): string {
    return '抱歉，处理您的消息时出了点问题，请稍后再试。';
  },
};
