import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { titleOfWords } from '../../../src/domain/outcomes/outcome-text.js';

const LONGCHENG = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
};
const title = (words: string) => titleOfWords(words, LONGCHENG, '2026-11-24' as LocalDate);

describe('the title of an outcome told without a name', () => {
  it('is what it is, without the date, the enterprise or the sum shown beside it', () => {
    expect(title('上周五帮龙城齿轮签了个技术转让合同 50万')).toBe('技术转让合同');
    expect(title('帮龙城齿轮签了个技术转让合同 50万 上周签的')).toBe('技术转让合同');
    expect(title('昨天跟龙城齿轮签了一份技术开发合同，30万')).toBe('技术开发合同');
    expect(title('我们的热处理专利转让给龙城齿轮了，转让费2万5，上个月签的')).toBe('热处理专利转让');
  });

  it('leaves out the deal’s verb told after what was agreed', () => {
    expect(title('上周五龙城齿轮技术转让合同签了 50万')).toBe('技术转让合同');
    expect(title('龙城齿轮的技术开发合同昨天签订了，30万')).toBe('技术开发合同');
    expect(title('齿面检测技术许可终于谈成了 5万')).toBe('齿面检测技术许可');
    expect(title('渗碳工艺技术服务合同已经签好了')).toBe('渗碳工艺技术服务合同');
  });

  it('keeps no count of people (shown beside it, and changed on its own), nor whom it was for', () => {
    expect(title('前天给他们培训了40个人')).toBe('培训');
    expect(title('上周五给龙城齿轮培训了二十名技术员 液压维修')).toBe('液压维修');
    expect(title('给厂里做了热处理工艺培训 35人参加')).toBe('做了热处理工艺培训');
    // How it went is no name; words that only look like a count or a whom stay.
    expect(title('上周五给龙城齿轮培训了40个人，效果很好')).toBe('培训');
    expect(title('龙城齿轮成果转化 50万 对方很满意')).toBe('成果转化');
    expect(title('企业研发管理培训')).toBe('企业研发管理培训');
    expect(title('四位一体质量管理培训')).toBe('四位一体质量管理培训');
  });

  it('is none when the words say nothing beyond the date, the enterprise and the sum', () => {
    expect(title('龙城齿轮 上周 50万')).toBeNull();
  });
});
