/**
 * Words voice input and quick typing get wrong in visit reports, as heard → meant. Data: add to it as new ones are
 * met (each needs a wording that can only be the mistake, so nothing right is changed).
 */
export const HOMOPHONES: [string, string][] = [
  ['技术公关', '技术攻关'],
  ['公关难题', '攻关难题'],
  ['政策宣将', '政策宣讲'],
  ['宣将', '宣讲'],
  ['宣奖', '宣讲'],
  ['政策宣传讲', '政策宣讲'],
  ['战略归划', '战略规划'],
  ['资源对节', '资源对接'],
  ['典形示范', '典型示范'],
  ['典型试范', '典型示范'],
  ['观磨', '观摩'],
  ['天书', '天数'],
  ['调式', '调试'],
  ['攻坚克难', '攻克难题'],
];
