import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/domain/roster/roster-import.js';
import { checkAgainstRoster, factsRequest, type RosterFacts } from '../../../src/domain/roster/roster-rules.js';

const facts = (overrides: Partial<RosterFacts>): RosterFacts => ({
  institutions: new Set(),
  enterprises: new Set(),
  teams: new Set(),
  roles: new Map(),
  nameHolders: new Map(),
  accountHolders: new Map(),
  teamsOf: new Map(),
  postingsOf: new Map(),
  activePostings: new Map(),
  ...overrides,
});
const sheet = (kind: 'enterprises' | 'teams', rows: Record<string, string>[]) =>
  readSheet(
    kind,
    Object.keys(rows[0] ?? {}),
    rows.map((cells, i) => ({ line: i + 2, cells })),
  );
const enterprise = (id: string, name: string) => ({
  企业编号: id,
  企业名称: name,
  设区市: '南宁',
  企业类别: '高新技术企业',
});

describe('roster rules checked before anything is written', () => {
  it('refuses a name another stored enterprise holds, or an earlier line, but lets an enterprise keep or take its own', () => {
    const reading = sheet('enterprises', [
      enterprise('E-2', '甲公司'),
      enterprise('E-3', '乙公司'),
      enterprise('E-4', '乙公司'),
      enterprise('E-5', '丙公司'),
      enterprise('E-6', '丁公司'),
    ]);
    expect(factsRequest('enterprises', reading.records).names).toEqual([
      '甲公司',
      '乙公司',
      '乙公司',
      '丙公司',
      '丁公司',
    ]);
    const stored = facts({
      // 甲 belongs to E-1, which the file does not name; 丙 to E-5 itself; 丁 to E-3, renamed by the file.
      nameHolders: new Map([
        ['甲公司', 'E-1'],
        ['丙公司', 'E-5'],
        ['丁公司', 'E-3'],
      ]),
    });
    expect(checkAgainstRoster('enterprises', reading.records, stored)).toEqual([
      { line: 2, message: '企业名称与名册中的企业 E-1 重复' },
      { line: 4, message: '企业名称与第3行重复' },
    ]);
  });

  it('checks a team whose members are read although its name cell is bad', () => {
    const reading = sheet('teams', [{ 团队编号: 'T-1', 团队名称: '', 团长编号: 'P-9', 成员编号: 'P-1、P-2、P-3' }]);
    expect(reading.problems).toEqual([{ line: 2, message: '团队名称不能为空' }]);
    const stored = facts({
      roles: new Map([
        ['P-1', 'SPECIALIST'],
        ['P-2', 'ENTERPRISE_CONTACT'],
        ['P-3', 'SPECIALIST'],
      ]),
    });
    expect(checkAgainstRoster('teams', reading.records, stored).map((p) => p.message)).toEqual([
      '人员 P-9 不存在',
      '团长应是成员之一',
      '成员 P-2 不是科技特派员',
    ]);
  });
});
