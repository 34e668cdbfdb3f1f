import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COLLOQUIAL_TERMS, FILLER_WORDS } from '../../../src/domain/policies/colloquial-lexicon.js';
import { documentWords, mendTypos, plainQuestion } from '../../../src/domain/policies/question-text.js';

const documents = async () =>
  (
    await Promise.all(
      ['gx-enterprise-tech-specialist-plan-draft.txt', 'gx-stdept-reply-2021513.txt'].map((file) =>
        readFile(new URL(`../../../knowledge/policies/${file}`, import.meta.url), 'utf8'),
      ),
    )
  ).join('\n');

describe('the colloquial lexicon', () => {
  it('maps at least 300 chat words to words the documents use', async () => {
    const text = await documents();
    const entries = Object.entries(COLLOQUIAL_TERMS).filter(([, meant]) => meant !== '');
    expect(entries.length).toBeGreaterThanOrEqual(300);
    const unknown = entries.filter(([, meant]) => !meant.split(' ').every((word) => text.includes(word)));
    expect(unknown).toEqual([]);
  });

  it('keeps filler words apart from the words it rewrites', () => {
    expect(FILLER_WORDS.length).toBeGreaterThanOrEqual(60);
    expect(FILLER_WORDS.filter((word) => word in COLLOQUIAL_TERMS)).toEqual([]);
  });
});

describe('a question in the documents’ words', () => {
  it('folds full-width and traditional characters, and reads English chat words', () => {
    expect(plainQuestion('科技特派員補助多少錢？１年')).toBe('科技特派员补助多少钱?1年');
    expect(plainQuestion('PhD 有了但没有 associate professor')).toContain('博士');
    expect(plainQuestion("what's the 内容 of the training?")).toBe('什么 内容 培训?');
    expect(plainQuestion('IT企业和A类企业能申请吗')).toBe('IT企业和A类企业能申请吗');
    expect(plainQuestion('If we send a team, does each member get it?')).toBe('派出 特派团, 是否 每人 ?');
  });

  it('mends pinyin typos of domain terms, and only those', () => {
    expect(mendTypos('特牌员一年服务几天')).toBe('特派员一年服务几天');
    expect(mendTypos('要求博是学位还是付高职称')).toContain('副高');
    expect(mendTypos('今天天气不错')).toBe('今天天气不错');
  });

  it('rewrites chat words once, without rewriting inside a rewritten word', () => {
    const words = documentWords('27年底前特派员要参与多少个企业科技攻关项目啊');
    expect(words).toContain('2027年');
    expect(words).not.toContain('202027');
    expect(documentWords('补贴有1万块吗')).toContain('1万元');
  });
});
