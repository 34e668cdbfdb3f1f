import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, specialistsNamed } from '../../../src/domain/people/family-names.js';

describe('a family name said before a title', () => {
  it('is the character before the title, or the first of a full name', () => {
    expect(specialistsNamed('3号那条王老师的 她就来了一上午')).toEqual(['王']);
    expect(specialistsNamed('陈思远老师那天根本没来')).toEqual(['陈']);
    expect(specialistsNamed('提醒一下刘洋老师补报记录')).toEqual(['刘']);
    expect(specialistsNamed('那天覃老师和韦教授都在')).toEqual(['覃', '韦']);
    expect(specialistsNamed('张教授和李研究员那天都没来')).toEqual(['张', '李']);
    expect(specialistsNamed('农业专家那条不对')).toEqual([]);
  });

  it('is never a word before the title, a weekday or thanks', () => {
    for (const text of [
      '谢谢老师',
      '麻烦老师有空来看看',
      '周五老师没来',
      '各位老师好',
      '问问老师',
      '请教一下老师',
      '停工 那个老师',
    ])
      expect(specialistsNamed(text), text).toEqual([]);
    // 下周, 上周 are weeks; 高校, 质检站 are places.
    expect(specialistsNamed('麻烦转告老师，下周老师过来的时候带上检测报告')).toEqual([]);
    expect(specialistsNamed('高校老师下周来参观')).toEqual([]);
    expect(specialistsNamed('上周李老师没来')).toEqual(['李']);
    // 「赵工」 is the enterprise's engineer, no specialist.
    expect(specialistsNamed('赵工说李老师没来')).toEqual(['李']);
  });

  it('keeps the list to single characters, each once', () => {
    const names = [...FAMILY_NAMES];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name, name).toMatch(/^\p{Script=Han}$/u);
  });
});
