import * as OpenCC from 'opencc-js';

/** Traditional characters as Simplified (「給藍灣食品員工培訓了」 → 「给蓝湾食品员工培训了」). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * A message written in traditional characters as simplified; one written in simplified as it is. A few characters
 * that convert (李乾, 於明: names written so) do not make a message traditional, so its names are kept as written:
 * a fifth of its Chinese characters must convert.
 */
export function readAsSimplified(text: string): string {
  const converted = toSimplified(text);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i]) changed += 1;
  return changed >= 2 && changed * 5 >= han ? converted : text;
}
