import type { PersonRole } from '../../domain/programme/types.js';

export const relayReplies = {
  /** The words shown as they will be sent, so the sender sees what goes. */
  offer: (named: string, role: PersonRole, words: string) =>
    `要我把下面这段话转告${named}吗？\n「${words}」\n回复「是」转告，回复「不是」不转。${
      role === 'ENTERPRISE_CONTACT' ? '\n（政策问题直接问我；政策落实中的问题发「反馈：……」。）' : ''
    }`,
  passedOn: (named: string, unreached: string[]) =>
    unreached.length === 0
      ? `已转告${named}。`
      : `已转告${named}；其中${unreached.join('、')}还没有绑定企业微信或钉钉账号，没能转告，请电话联系。`,
  progressSent: (named: string, unreached: string[]) =>
    unreached.length === 0
      ? `已向${named}发送进度督促。`
      : `已向${named}发送进度督促；其中${unreached.join('、')}还没有绑定企业微信或钉钉账号，没能发送，请电话联系。`,
  noneReached: '没能转告：对方还没有绑定企业微信或钉钉账号。请电话联系，或请管理员为其绑定账号。',
  notPassedOn: '好的，没有转告。',
  /** An urging offered: the postings and their progress, and what each specialist will get. */
  offerProgress: (named: string, shown: string[], several: boolean) =>
    [
      '本年度服务进度：',
      ...shown,
      `要向${named}${several ? '分别发送各自' : '发送其'}派驻企业的进度和差额，请其抓紧安排吗？回复「是」发送，回复「不是」不发。`,
    ].join('\n'),
  noneBehind: (scope: string) =>
    `${scope}目前没有进度落后的派驻，没有需要督促的。要通知所有特派员，请说「通知${scope === '全区' ? '全区' : scope}的特派员：……」。`,
  none: {
    'no-posting': '目前没有进行中的派驻，没有可以转告的人。派驻事宜请联系所在设区市服务站。',
    'no-contact': '名册里这家企业还没有登记联系人，无法转告。请联系设区市服务站补登。',
    'which-enterprise': '要转告哪家企业？请在消息里写上企业名称，例如「帮我跟山湖农机说一下……」。',
    'unknown-person': '名册里没有找到您说的这位，没有转告。请写出全名；转告服务站或工作办请直接联系他们。',
    'name-them':
      '要转告哪位老师？请写出老师的姓名，例如「提醒陈思远老师……」；要发给所有特派员，请说「通知所有特派员：……」。',
  },
};
