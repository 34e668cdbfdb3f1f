const named = (names: string[]) => (names.length === 1 ? `${names[0]}老师` : `${names.join('、')}几位老师`);

export const relayReplies = {
  offer: (names: string[]) =>
    `要我把这句话转告${named(names)}吗？回复「是」转告，回复「不是」不转。\n（政策问题直接问我；政策落实中的问题发「反馈：……」。）`,
  passedOn: (names: string[]) => `已转告${named(names)}，老师会直接与您联系。`,
  notPassedOn: '好的，没有转告。',
  noSpecialist: '贵单位目前没有进行中的科技特派员派驻，无法转告。派驻事宜请联系所在设区市服务站。',
};
