/**
 * Common Chinese family names, Guangxi's among them (覃, 韦, 蒙, 莫, 黎, 农), as one string of characters. Data: a
 * character before 老师 or 经理 is a family name only when it is here, so 「麻烦老师」, 「各位老师」, 「谢谢老师」 name no one.
 * Characters that are mostly words (和, 时, 全, 向, 关, 成, 明, 单, 常, 安, 解, 路, 连, 车, 应) are left out: 「和老师说」
 * names no one either.
 */
export const FAMILY_NAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝';

const FAMILY_NAME = new Set(FAMILY_NAMES);
/** Characters no given name is made of here: numbers, days and the words around a name (「周五老师」 is no 周老师). */
const NOT_IN_A_GIVEN_NAME =
  /[一二三四五六七八九十两日天号月年的了个位们是在也都和跟给让叫说问请找等这那各每校站厂司局部科处院所室组]/;
/** 「下周老师过来」, 「上周李老师…」: 周 after these is a week, no family name. */
const A_WEEK = /[上下本这每]/;

/**
 * The family name of a name that ends where a title starts (「陈老师」, 「王芳老师」, 「陈思远老师」), or null: the
 * character before the title, or the first of a two- or three-character name. 「谢谢老师」, 「麻烦老师」 name no one.
 */
function familyNameEndingAt(text: string, end: number): string | null {
  if (text[end - 1] === text[end - 2]) return null;
  for (let back = 1; back <= 3; back++) {
    const c = text[end - back];
    if (c === undefined) return null;
    if (FAMILY_NAME.has(c) && !(c === '周' && A_WEEK.test(text[end - back - 1] ?? ''))) return c;
    if (NOT_IN_A_GIVEN_NAME.test(c) || !/\p{Script=Han}/u.test(c)) return null;
  }
  return null;
}

/**
 * The family names said before a title (`titles` a RegExp with the global flag that matches the title, with or
 * without a character before it, e.g. /([\u4e00-\u9fa5])老师/g), in the order said.
 */
export function familyNamesBefore(text: string, titles: RegExp): string[] {
  return [...text.matchAll(titles)].flatMap((found) => {
    const end = (found.index ?? 0) + (found[1]?.length ?? 0);
    const name = familyNameEndingAt(text, end);
    return name ? [name] : [];
  });
}

/**
 * A specialist's title after a family name (「陈老师」, 「赵教授」); 「赵工」 is the enterprise's engineer, no specialist, and
 * 专家 follows a field as often as a name (「农业专家」).
 */
export const SPECIALIST_TITLE_WORDS = '老师|教授|博士|研究员';
export const SPECIALIST_TITLES = new RegExp(`([\\p{Script=Han}])(?:${SPECIALIST_TITLE_WORDS})`, 'gu');

/** The family names said with a specialist's title (「王老师」, 「赵教授」, 「李研究员」), in the order said. */
export const specialistsNamed = (text: string): string[] => familyNamesBefore(text, SPECIALIST_TITLES);
