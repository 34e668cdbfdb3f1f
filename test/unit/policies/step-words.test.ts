import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyIndex } from '../../../src/domain/policies/policy-index.js';
import { PolicyQaService } from '../../../src/domain/policies/policy-qa-service.js';
import { STEP_WORDS } from '../../../src/domain/policies/step-words.js';
import { builtInIndex } from '../../../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../../../src/search/jieba-tokenizer.js';

let index: PolicyIndex;
let qa: PolicyQaService;
beforeAll(async () => {
  index = await builtInIndex(new JiebaTokenizer());
  qa = new PolicyQaService(() => index, { record: async () => {} });
});

describe('steps named by what is done in them', () => {
  it('keys every wording by a step title of the procedure, and gives no wording to two steps', () => {
    const titles = new Set(
      index
        .all()
        .filter((clause) => /派驻程序（[一二三四五六七八九十]+）$/.test(clause.citation))
        .map((clause) => clause.title),
    );
    for (const title of Object.keys(STEP_WORDS)) expect(titles, title).toContain(title);
    const all = Object.values(STEP_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('answers what comes next or which step it is, and leaves a question about a time inside a step alone', () => {
    const next = qa.answer('我们企业报了需求之后下一步是啥');
    expect(next.text).toContain('「意向征集」的下一步是第2步');
    expect(next.citation).toContain('六、派驻程序（二）');
    expect(qa.answer('签协议是在哪一步').text).toContain('「公示认定」是第4步');
    expect(qa.answer('考核之前是哪一步').text).toContain('「管理考核」的上一步是第6步');
    expect(qa.answer('报名以后多久能知道选没选上').text).not.toContain('的下一步是');
  });
});
