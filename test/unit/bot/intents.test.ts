import { describe, expect, it } from 'vitest';
import {
  heldBackIn,
  intentOf,
  saysAnyOf,
  saysObjection,
  saysRecordFineAlone,
  saysYes,
  smallTalkOf,
  withoutObjectionLabel,
} from '../../../src/bot/intents.js';
import { FIRST_TIER, OBJECTION_LABELS, OBJECTION_WORDS, SECOND_TIER } from '../../../src/bot/lexicon/intent-cues.js';
import { SMALL_TALK_WORDS } from '../../../src/bot/lexicon/small-talk-words.js';
import { FINE_ALONE, FINE_WORDS, OBJECTIONS_DENIED } from '../../../src/bot/lexicon/verdict-words.js';

describe('small talk, read from its words', () => {
  it('takes a message made only of small-talk words for small talk, of the first word’s kind', () => {
    expect(smallTalkOf('收到收到[强]')).toBe('ack');
    expect(smallTalkOf('ok 谢谢')).toBe('ack');
    expect(smallTalkOf('得嘞，知道了！')).toBe('ack');
    expect(smallTalkOf('麻烦你了 谢谢🙏')).toBe('thanks');
    expect(smallTalkOf('中秋快乐🥮')).toBe('greeting');
    expect(smallTalkOf('领导好')).toBe('greeting');
    expect(smallTalkOf('晚安')).toBe('bye');
    expect(smallTalkOf('是')).toBe('ack');
    expect(smallTalkOf('好的呀')).toBe('ack');
  });

  it('does not take a message that says anything more for small talk', () => {
    expect(smallTalkOf('好的，明天去龙城齿轮')).toBeNull();
    expect(smallTalkOf('谢谢，补助什么时候发')).toBeNull();
    expect(smallTalkOf('早，有啥事要我处理不')).toBeNull();
    expect(smallTalkOf('是不是要去5次')).toBeNull();
    expect(smallTalkOf('')).toBeNull();
  });
});

describe('yes to a question the bot asked', () => {
  it('is a yes word, also with thanks or particles after it', () => {
    for (const text of ['是', '好的，麻烦了', '是的谢谢', '嗯嗯 可以', 'ok👌', '可以呀', '提交吧', '好的没问题'])
      expect(saysYes(text), text).toBe(true);
  });

  it('is not an acknowledgement that says no yes, a no, or more than small talk', () => {
    for (const text of ['收到', '知道了', '谢谢', '不是', '不用了谢谢', '好的，但是先改一下内容', '是不是要先填表'])
      expect(saysYes(text), text).toBe(false);
  });
});

describe('intents said in one’s own words', () => {
  it('reads each intent for the roles it belongs to only', () => {
    expect(intentOf('first', '刚报的那个作废', 'SPECIALIST')).toBe('undo');
    expect(intentOf('first', '刚报的那个作废', 'ENTERPRISE_CONTACT')).toBeNull();
    expect(intentOf('first', '今天有啥要我处理的', 'CITY_OFFICIAL')).toBe('todo');
    expect(intentOf('first', '今天有啥要我处理的', 'SPECIALIST')).toBeNull();
  });

  it('holds a phrase marked ^ to the start of the message', () => {
    expect(intentOf('first', '反映个问题，补助下达太晚', 'ENTERPRISE_CONTACT')).toBe('feedback');
    expect(intentOf('first', '今天去龙城齿轮，企业反映个问题', 'SPECIALIST')).toBeNull();
  });

  it('lets a rule word turn a progress question into a question about the rules', () => {
    expect(intentOf('second', '我今年去了几次', 'SPECIALIST')).toBe('progress');
    expect(intentOf('second', '柳州这边还有几个没达标的', 'CITY_OFFICIAL')).toBe('progress');
    expect(intentOf('second', '一年要去几次才达标', 'SPECIALIST')).toBeNull();
    expect(intentOf('second', '没达标会怎么样', 'SPECIALIST')).toBeNull();
  });

  it('reads a contact denying an outcome’s figure or name as an objection, not a policy question', () => {
    for (const text of ['合同金额不对 是45万', '1 2确认 3不对 国家级的项目我们没报', '专利数量不对，只有1件'])
      expect(intentOf('first', text, 'ENTERPRISE_CONTACT'), text).toBe('dispute-visit');
    // About a policy or a form, it is no objection to a record.
    for (const text of ['这个项目的补贴标准不对吧', '项目申报书哪里写得不对'])
      expect(intentOf('first', text, 'ENTERPRISE_CONTACT'), text).toBeNull();
  });

  it('keeps a complaint that asks for a way out a question', () => {
    expect(intentOf('second', '补助咋还没到账啊', 'ENTERPRISE_CONTACT')).toBe('feedback');
    expect(intentOf('second', '门槛太高了，我们有什么办法能达到', 'ENTERPRISE_CONTACT')).toBeNull();
  });

  it('has cue lists that can match: no empty phrase, no upper case (messages are read lower-cased), none both wanted and barred', () => {
    for (const rule of [...FIRST_TIER, ...SECOND_TIER]) {
      const phrases = [...rule.all.flat(), ...(rule.none ?? [])];
      for (const phrase of phrases) {
        expect(phrase.replace(/^\^/, '').replace(/…/g, ''), rule.intent).not.toBe('');
        expect(phrase, rule.intent).toBe(phrase.toLowerCase());
      }
      for (const barred of rule.none ?? []) expect(rule.all.flat(), `${rule.intent} ${barred}`).not.toContain(barred);
    }
    for (const words of Object.values(SMALL_TALK_WORDS))
      for (const word of words) expect(word).toBe(word.toLowerCase());
  });
});

describe('a record said right or objected to, from the verdict words', () => {
  it('lists only denials that hold an objection word', () => {
    const objection = saysAnyOf(OBJECTION_WORDS);
    for (const denied of OBJECTIONS_DENIED) expect(objection(denied), denied).toBe(true);
  });

  it('keeps every word that says a record right alone among the words that say it right, none an objection', () => {
    const fine = saysAnyOf(FINE_WORDS);
    for (const word of FINE_ALONE) {
      expect(fine(word), word).toBe(true);
      expect(saysObjection(word), word).toBe(false);
    }
  });

  it('reads 「确认」 or 「没问题的」 alone as the record said right, never a plain yes or more words', () => {
    for (const text of ['确认', '没问题的', '属实。', '确认属实', '是真的'])
      expect(saysRecordFineAlone(text), text).toBe(true);
    for (const text of ['是', '对的', '没错', '确认 但是天数不对', '没问题吗还有'])
      expect(saysRecordFineAlone(text), text).toBe(false);
  });

  it('keeps every objection label an objection, and takes only the label off a reason', () => {
    // 「异议」 alone is also asked about (「异议怎么提」): it labels a reason but objects to nothing by itself.
    for (const label of OBJECTION_LABELS.filter((word) => word !== '异议'))
      expect(saysObjection(label), label).toBe(true);
    for (const denied of OBJECTIONS_DENIED) expect(saysObjection(`第2条${denied}`), denied).toBe(false);
    expect(withoutObjectionLabel('有异议 还没授权')).toBe('还没授权');
    expect(withoutObjectionLabel('不属实：那天厂里放假')).toBe('那天厂里放假');
    // A label alone, or one that is part of the reason, stays.
    expect(withoutObjectionLabel('有异议')).toBe('有异议');
    expect(withoutObjectionLabel('不对劲 那天没人来')).toBe('不对劲 那天没人来');
  });
});

describe('an official’s words held back', () => {
  it('holds back words for officials only, and a condition only on an act that settles', () => {
    expect(heldBackIn('先别发给企业，我们内部再商量一下', false)?.why).toBe('internal');
    expect(heldBackIn('属实，不过要等陈老师补了照片才算', true)).toMatchObject({
      why: 'condition',
      words: '补了照片才算',
    });
    expect(heldBackIn('，等企业补完材料后', true)?.why).toBe('condition');
    expect(heldBackIn('，等企业补完材料后', false)).toBeNull();
  });

  it('sends advice, decisions and reasons that only mention waiting or the rules', () => {
    for (const [text, settles] of [
      ['属实，当天陈老师在现场开展调试等工作，后续还会跟进', true],
      ['属实 陈老师当天9点到厂，等设备停机后开始调试', true],
      ['不属实 按规定到企业现场服务才算，当天陈老师是线上指导', true],
      ['已协调税务局，等材料精简后企业反馈很满意', true],
      ['建议企业申报之前先跟税务部门确认口径', false],
      ['经内部讨论，同意简化备案材料', false],
      ['纸质材料先别发快递了，直接在线提交即可', false],
    ] as const)
      expect(heldBackIn(text, settles), text).toBeNull();
  });
});
