import { describe, expect, it } from 'vitest';
import { matchEnterprise, postingsOneAfterAnother } from '../../../src/domain/visits/enterprise-match.js';

const posting = (assignmentId: string, enterpriseName: string, shortName: string) => ({
  assignmentId,
  enterpriseId: assignmentId,
  enterpriseName,
  shortName,
});
const POSTINGS = [
  posting('A-005', '贺州市石韵新材料有限公司', '石韵新材'),
  posting('A-004', '玉林山湖农机装备有限公司', '山湖农机'),
];
const places = (text: string) => postingsOneAfterAnother(text, POSTINGS).map((p) => p.shortName);

describe('two enterprises told one after another in one message', () => {
  it('finds both, in the order told, when each is gone to or both are said to be visited', () => {
    expect(places('今天上午去了山湖农机下午又去了石韵新材各待了半天都是技术攻关')).toEqual(['山湖农机', '石韵新材']);
    expect(places('上午在山湖农机技术攻关半天，下午在石韵新材政策宣讲半天')).toEqual(['山湖农机', '石韵新材']);
    expect(places('前天去了山湖农机和石韵新材两家 技术攻关各1天')).toEqual(['山湖农机', '石韵新材']);
  });

  it('finds none when the second is only named in passing', () => {
    expect(places('今天在山湖农机做技术攻关1天，然后联系了石韵新材约下周去')).toEqual([]);
    expect(places('在山湖农机调试设备，另外石韵新材的王工也过来了')).toEqual([]);
    expect(places('昨天在山湖农机帮他们对接了石韵新材的供应链')).toEqual([]);
    expect(places('今天去了山湖农机，然后写了总结')).toEqual([]);
  });
});

describe('the enterprise of a message naming two postings', () => {
  const match = (text: string) => matchEnterprise(text, POSTINGS);
  it('asks which when the shorter name is said as the place (「在山湖帮石韵新材…」), never taking the longer', () => {
    expect(match('昨天在山湖帮石韵新材对接了一个客户 一天').kind).toBe('ambiguous');
  });

  it('takes the one said in full when the other is only mentioned in passing', () => {
    const found = match('石韵新材报了个市级项目 山湖那边还没动');
    expect(found.kind === 'found' && found.posting.shortName).toBe('石韵新材');
  });
});
