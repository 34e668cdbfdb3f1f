import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_ANSWER_PHRASE, PolicyQaService } from '../../../src/domain/policies/policy-qa-service.js';
import { builtInIndex } from '../../../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../../../src/search/jieba-tokenizer.js';

let qa: PolicyQaService;
beforeAll(async () => {
  const index = await builtInIndex(new JiebaTokenizer());
  qa = new PolicyQaService(() => index, { record: async () => {} });
});

async function cases(name: string) {
  const text = await readFile(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { q: string; expect: string[] });
}

describe('policy answers', () => {
  it('answers every sample question with what its answer must contain', async () => {
    for (const { q, expect: patterns } of await cases('policy-qa-dev.jsonl')) {
      const reply = qa.answer(q).text;
      for (const pattern of patterns) expect(reply, q).toMatch(new RegExp(pattern));
    }
  });

  it('says honestly when the documents do not answer, and offers to pass the question on', async () => {
    for (const { q } of await cases('policy-qa-negatives.jsonl')) {
      const reply = qa.answer(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text).toContain(NO_ANSWER_PHRASE);
      expect(reply.text).toContain('转反馈');
    }
  });

  it('understands colloquial paraphrases of the rules', async () => {
    const all = await cases('policy-qa-paraphrases.jsonl');
    const hits = all.filter(({ q, expect: patterns }) => patterns.every((p) => new RegExp(p).test(qa.answer(q).text)));
    expect(hits.length / all.length).toBeGreaterThanOrEqual(0.85);
  });

  it('quotes the numbers as the document writes them and cites the clause', () => {
    const reply = qa.answer('科技特派员每年至少服务多少天？');
    expect(reply.text).toContain('累计服务天数30天以上');
    expect(reply.citation).toBe('《广西企业科技特派员工作方案（暂行）》五、工作要求（三）');
    expect(reply.text).toContain('依据：《广西企业科技特派员工作方案（暂行）》五、工作要求（三）');
  });

  it('gives the whole list for a "哪些/什么条件" question', () => {
    const reply = qa.answer('科技特派员的选派条件有哪些？');
    expect(reply.text).toContain('1. 拥护中国共产党领导');
    expect(reply.text).toContain('6. 支持高校院所');
    expect(reply.citation).toBe('《广西企业科技特派员工作方案（暂行）》四、派驻条件（一）');
  });

  it('cites a sub-item when the answer is one', () => {
    const reply = qa.answer('特派员的补助标准是多少');
    expect(reply.text).toContain('每年每人1万元');
    expect(reply.citation).toBe('《广西企业科技特派员工作方案（暂行）》五、工作要求（一）1.');
  });
});
