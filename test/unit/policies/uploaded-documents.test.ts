import { beforeAll, describe, expect, it } from 'vitest';
import { attachParaphrases } from '../../../src/domain/policies/paraphrases.js';
import { parsePolicyDocument } from '../../../src/domain/policies/policy-document.js';
import { PolicyIndex } from '../../../src/domain/policies/policy-index.js';
import { PolicyQaService } from '../../../src/domain/policies/policy-qa-service.js';
import { loadBuiltInClauses, readBuiltInParaphrases } from '../../../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../../../src/search/jieba-tokenizer.js';

const CITY_RULES = `柳州市企业科技特派员补助发放细则

一、适用范围
本细则适用于派驻柳州市企业的自治区企业科技特派员。

二、发放对象
签署合作协议书并通过年度考核的科技特派员。

三、发放时间
补助于每年12月31日前一次性发放到科技特派员个人账户。

四、资金用途
补助主要用于科技服务产生的差旅、交通和住宿等费用。

五、座谈会
市服务站每季度召开一次科技特派员座谈会。
`;

describe('a city document added to the built-in ones', () => {
  let withCity: PolicyQaService;
  let builtInOnly: PolicyQaService;
  beforeAll(async () => {
    const tokenizer = new JiebaTokenizer();
    const builtIn = await loadBuiltInClauses();
    const phrasings = await readBuiltInParaphrases();
    const city = parsePolicyDocument('liuzhou-subsidy-rules', CITY_RULES).clauses;
    const all = [...builtIn, ...city];
    withCity = new PolicyQaService(() => new PolicyIndex(all, tokenizer, attachParaphrases(all, phrasings)), {
      record: async () => {},
    });
    builtInOnly = new PolicyQaService(
      () => new PolicyIndex(builtIn, tokenizer, attachParaphrases(builtIn, phrasings)),
      { record: async () => {} },
    );
  });

  it('answers when the subsidy is paid from the section that says so, not from its use', () => {
    const answer = withCity.answer('补助什么时候发');
    expect(answer.citation).toBe('《柳州市企业科技特派员补助发放细则》三、发放时间');
    expect(answer.text).toContain('12月31日前');
  });

  it('says the built-in documents leave the payment date open when no document states it', () => {
    const answer = builtInOnly.answer('补助什么时候发');
    expect(answer.undecided).toBe(true);
    expect(answer.text).toContain('没有写补助发放的时间');
  });

  it('answers a city rule only while the city document is there', () => {
    expect(withCity.answer('座谈会多久开一次').text).toContain('每季度');
    const without = builtInOnly.answer('座谈会多久开一次');
    expect(without.text).not.toContain('服务周期为两年');
    expect(without.answered && !without.undecided).toBe(false);
  });
});
