/**
 * How people name a step of the plan's 派驻程序 without its title: what is done in it (「报了需求」 is 意向征集,
 * 「签协议」 is 公示认定). Data, keyed by the step's title; it grows as new wordings are met
 * (test/unit/policies/step-words.test.ts keeps every key a title of the procedure).
 */
export const STEP_WORDS: Record<string, string[]> = {
  意向征集: [
    '报了需求',
    '报需求',
    '提了需求',
    '提需求',
    '提交需求',
    '报送需求',
    '需求征集',
    '征集意向',
    '报完名',
    '报了名',
  ],
  双向选择: ['双选', '互选', '双方沟通', '谈好了', '达成一致'],
  核查确认: ['核查', '核实确认', '建议清单'],
  公示认定: ['签协议', '签订协议', '签合作协议', '签完协议'],
  补录征集: ['补录', '补充征集', '没匹配上', '没配上'],
  培训派出: ['派出前培训', '岗前培训', '集中培训', '培训完'],
  管理考核: ['考核'],
  统筹纳入: ['直接纳入', '纳入'],
};
