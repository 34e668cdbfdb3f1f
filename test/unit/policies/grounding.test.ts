import { describe, expect, it } from 'vitest';
import { groundingProblem, numbersIn } from '../../../src/domain/policies/grounding.js';

const SOURCES = [
  {
    citation: '《广西企业科技特派员工作方案（暂行）》五、保障措施（一）',
    text: '对签订合作协议书的科技特派员，每年每人给予1万元工作经费补助，科技特派团按1名科技特派员计。',
  },
  {
    citation: '《广西企业科技特派员工作方案（暂行）》五、工作要求（三）',
    text: '每年到派驻企业不少于5次，累计服务不少于30天。',
  },
];

describe('numbers in an answer', () => {
  it('reads Arabic and Chinese numerals alike, and 万 as ten thousand', () => {
    expect(numbersIn('每年不少于5次，累计30天')).toEqual(new Set([5, 30]));
    expect(numbersIn('每人1万元')).toEqual(new Set([1, 10_000]));
    expect(numbersIn('每年五次，三十天，两千五百元')).toEqual(new Set([5, 30, 2_500]));
    expect(numbersIn('统一组织，十分重要，一起推进')).toEqual(new Set());
  });
});

describe('a synthesized answer is used only when grounded in the retrieved clauses', () => {
  const cite = `依据：${SOURCES[1]?.citation}`;
  it('accepts a restatement with the clauses’ own figures, written either way', () => {
    expect(groundingProblem(`每年至少去企业五次，累计服务30天以上。\n${cite}`, SOURCES)).toBeNull();
    expect(groundingProblem(`每人每年补助一万元。\n依据：${SOURCES[0]?.citation}`, SOURCES)).toBeNull();
  });

  it('refuses a figure the clauses do not state, a link, a citation not at the end, or a long text', () => {
    expect(groundingProblem(`每年只需去企业1次即可，补助10万元。\n${cite}`, SOURCES)).toContain('100000');
    expect(groundingProblem(`详见 https://evil.example/gx\n${cite}`, SOURCES)).toContain('link');
    expect(groundingProblem(`${cite}\n另外，补助已经取消。`, SOURCES)).toContain('citing');
    expect(groundingProblem(`每年至少去企业5次。\n依据：《某市办法》第三条`, SOURCES)).toContain('citing');
    expect(groundingProblem(`${'每年至少去企业5次。'.repeat(80)}\n${cite}`, SOURCES)).toContain('longer');
  });
});
