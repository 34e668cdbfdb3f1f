import { describe, expect, it } from 'vitest';
import { VISIT_TYPES } from '../../../src/domain/programme/types.js';
import { ACTIVITY_LEXICON, INCIDENTAL_WORDS, TOPIC_PHRASES } from '../../../src/domain/visits/activity-lexicon.js';
import { classifyKind } from '../../../src/domain/visits/kind-classifier.js';

describe('the lexicon of activities per kind', () => {
  it('documents at least 60 verbs and objects for each of the five kinds, weighed 1 to 3', () => {
    for (const type of VISIT_TYPES) {
      const terms = Object.entries(ACTIVITY_LEXICON[type]);
      expect(terms.length, type).toBeGreaterThanOrEqual(60);
      for (const [term, weight] of terms) {
        expect(term.trim(), type).toBe(term);
        expect([1, 2, 3], `${type} ${term}`).toContain(weight);
      }
    }
  });

  it('gives each term to one kind only, and no incidental word a kind', () => {
    const owner = new Map<string, string>();
    for (const type of VISIT_TYPES) {
      for (const term of Object.keys(ACTIVITY_LEXICON[type])) {
        expect(owner.get(term), `${term} in ${type} and ${owner.get(term)}`).toBeUndefined();
        owner.set(term, type);
      }
    }
    for (const word of INCIDENTAL_WORDS) expect(owner.has(word), word).toBe(false);
  });

  it('compiles every topic phrase', () => {
    for (const phrase of TOPIC_PHRASES) expect(() => new RegExp(phrase.pattern)).not.toThrow();
  });
});

describe('the kind of a visit, from what was done', () => {
  // The wordings of the issue that were not classified, or classified wrong.
  const cases: [string, string][] = [
    ['帮他们调发酵罐的温控参数，搞了一整天', 'TECH_RESEARCH'],
    ['攻克了磨齿烧伤的难题', 'TECH_RESEARCH'],
    ['给研发部讲解科技计划项目申报指南里的特派员产业服务方向', 'POLICY_PROMOTION'],
    ['协助企业编制智能农机产品发展战略', 'STRATEGY_PLANNING'],
    ['把一项即食海参加工的专利成果推荐给企业，促成了转让意向', 'RESOURCE_MATCHING'],
    ['帮企业理了未来五年的技术路线图和研发重点', 'STRATEGY_PLANNING'],
    ['帮助建立研发投入核算制度，做了战略规划', 'STRATEGY_PLANNING'],
    ['带绿桂生物的研发经理去广西医科大学药学院谈合作，把学校的中试平台介绍给了企业', 'RESOURCE_MATCHING'],
    ['讲了一上午设备更新和技术改造再贷款政策', 'POLICY_PROMOTION'],
    ['办了齿轮热处理节能改造的现场推广会', 'DEMONSTRATION'],
    // Teaching hands to work a machine is technical work, not a talk on policy.
    ['培训车间工人用新的检测仪', 'TECH_RESEARCH'],
    ['给工人培训新设备操作', 'TECH_RESEARCH'],
    ['给财务人员培训研发费用辅助账的填报', 'POLICY_PROMOTION'],
  ];
  for (const [text, kind] of cases) {
    it(`reads 「${text}」 as ${kind}`, () => {
      expect(classifyKind(text)).toEqual({ type: kind, candidates: [] });
    });
  }

  it('offers two kinds when a visit did two different things', () => {
    expect(classifyKind('上午讲了高企认定政策，下午帮他们调试了淬火炉').candidates).toEqual([
      'POLICY_PROMOTION',
      'TECH_RESEARCH',
    ]);
    expect(classifyKind('讲了中药注册分类的新规，又帮他们把新药研发的五年规划捋了一下').candidates).toEqual([
      'POLICY_PROMOTION',
      'STRATEGY_PLANNING',
    ]);
  });

  it('asks rather than guesses when nothing tells the kind', () => {
    expect(classifyKind('去企业看了看')).toEqual({ type: null, candidates: [] });
    // A training of nothing said may be on a policy or on a machine.
    expect(classifyKind('搞了半天培训')).toEqual({ type: null, candidates: [] });
    expect(classifyKind('给员工做了个培训')).toEqual({ type: null, candidates: [] });
    // A training on a subject that is no policy (a food-safety system, an optics program) is no 政策宣讲 either.
    // A talk is no 政策宣讲 by itself either: what it was about decides.
    for (const text of [
      '做了HACCP体系培训讲座',
      '讲了一上午HACCP',
      '给研发部做了Zemax培训',
      '给车间主任讲课',
      '讲了讲新工艺的原理',
    ])
      expect(classifyKind(text), text).toEqual({ type: null, candidates: [] });
    expect(classifyKind('讲了一下午的高企认定政策').type).toBe('POLICY_PROMOTION');
    // 「处理了」 and 「整理了」 hold 战略规划's 「理了」 and are none of it.
    expect(classifyKind('帮他们处理了淬火裂纹的问题').type).toBe('TECH_RESEARCH');
    expect(classifyKind('帮他们整理了专利申请材料').type).not.toBe('STRATEGY_PLANNING');
    expect(classifyKind('帮他们把发展思路理了理').type).toBe('STRATEGY_PLANNING');
    // A training on a policy is one, and teaching hands to work a machine is technical work.
    expect(classifyKind('搞了个高企申报政策培训').type).toBe('POLICY_PROMOTION');
    expect(classifyKind('培训车间工人用新的检测仪').type).toBe('TECH_RESEARCH');
  });
});
