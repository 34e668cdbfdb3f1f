import * as OpenCC from 'opencc-js';

/** Traditional characters as Simplified (「給藍灣食品員工培訓了」 → 「给蓝湾食品员工培训了」). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
