import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clauseText, parsePolicyDocument } from '../../../src/domain/policies/policy-document.js';

const plan = async () =>
  parsePolicyDocument(
    'plan',
    await readFile(
      new URL('../../../knowledge/policies/gx-enterprise-tech-specialist-plan-draft.txt', import.meta.url),
      'utf8',
    ),
  );

describe('splitting a policy document into clauses', () => {
  it('takes the title from the first line and cites clauses by section and item', async () => {
    const { title, clauses } = await plan();
    expect(title).toBe('广西企业科技特派员工作方案（暂行）');
    const quota = clauses.find((c) => c.citation === '五、工作要求（三）');
    expect(quota && clauseText(quota)).toContain('不少于5次');
    expect(clauses.find((c) => c.citation === '五、工作要求（一）1.')?.lines[0]?.text).toContain('1万元');
  });

  it('keeps a list of sub-items together, and each sub-item on its own too', async () => {
    const { clauses } = await plan();
    const conditions = clauses.find((c) => c.citation === '四、派驻条件（二）');
    expect(conditions?.lines.map((l) => l.marker)).toEqual(['1.', '2.']);
    const first = clauses.find((c) => c.citation === '四、派驻条件（二）1.');
    expect(first?.parentId).toBe(conditions?.id);
  });

  it('never lets conversion artefacts through', async () => {
    const { clauses } = await plan();
    expect(clauses.some((c) => clauseText(c).includes('[bookmark') || c.heading.includes('bookmark'))).toBe(false);
  });

  it('keeps an item title out of its text ("（五）补录征集。工作办……")', async () => {
    const { clauses } = await plan();
    const item = clauses.find((c) => c.citation === '六、派驻程序（五）');
    expect(item?.heading).toContain('补录征集');
    expect(item?.lines[0]?.text.startsWith('工作办')).toBe(true);
  });

  it('handles a document without numbered structure as one clause', () => {
    const { title, clauses } = parsePolicyDocument(
      'memo',
      '关于开展调研的通知\n请各单位于月底前报送材料。\n联系人：张三',
    );
    expect(title).toBe('关于开展调研的通知');
    expect(clauses).toHaveLength(1);
    expect(clauses[0]?.citation).toBe('');
  });
});
