import { beforeAll, describe, expect, it } from 'vitest';
import { qaService } from '../../../scripts/qa-cases.js';
import type { PolicyQaService } from '../../../src/domain/policies/policy-qa-service.js';

const PLAN = '《广西企业科技特派员工作方案（暂行）》';
let qa: PolicyQaService;
beforeAll(async () => {
  qa = await qaService();
});

describe('questions about the asker’s situation', () => {
  const cases: [string, string, string, RegExp][] = [
    ['退休的老教授还能申请吗', '不可以', '四、派驻条件（一）2.', /在职/],
    ['讲师有博士学位没评副高能当吗', '可以', '四、派驻条件（一）2.', /博士学位或副高级/],
    // A doctorate said to be missing is none: 「没有博士」 does not meet the condition.
    ['我们这派的刘老师是讲师 没有博士 符合条件不', '不可以', '四、派驻条件（一）2.', /博士学位或副高级/],
    ['课题组6个人能组特派团吗', '不可以', '四、派驻条件（一）6.', /3—5人/],
    ['三个人组团补助是每人1万吗', '不是', '五、工作要求（一）1.', /按1人计/],
    // Asked which of two, the answer names the one that holds: 不是 would answer nothing.
    ['特派团的补助是每人一万还是一共一万', '按1人计', '五、工作要求（一）1.', /整个团每年补助1万元/],
    ['我们团4个老师 每个人补贴多少', '按1人计', '五、工作要求（一）1.', /不是每人1万元/],
    ['才来了3次算不算达标', '不可以', '五、工作要求（三）', /不少于5次/],
    ['外省高校的教授可以来吗', '不可以', '四、派驻条件（一）2.', /区内/],
    ['补助能不能买实验设备', '不一定', '五、工作要求（一）1.', /差旅、交通和住宿/],
    ['老师来一趟的路费谁出啊', '从补助里出', '五、工作要求（一）1.', /差旅、交通和住宿/],
    ['专家来一趟的路费住宿谁出 要我们企业报销吗', '从补助里出', '五、工作要求（一）1.', /差旅、交通和住宿/],
    ['一万块补贴是给老师还是给企业的', '给科技特派员', '五、工作要求（一）1.', /不是给企业的/],
    ['区外的大学老师能派过来吗', '不可以', '四、派驻条件（一）2.', /区内/],
    ['在线上开会指导算不算服务天数', '不一定', '五、工作要求（三）', /现场服务/],
    ['视频远程指导能算一次走访吗', '不一定', '五、工作要求（三）', /没有写线上或远程服务/],
    ['我们是高新技术企业，能不能申请派驻？', '可以', '四、派驻条件（二）1.', /高新技术企业/],
    // One kind affirmed is enough.
    [
      '我们厂是规上工业企业不是高新技术企业能不能申请派特派员',
      '可以',
      '四、派驻条件（二）1.',
      /是规上工业企业就在派驻范围内/,
    ],
    ['我们是小微企业能申请吗', '不一定', '四、派驻条件（二）1.', /评价入库为科技型中小企业/],
    ['我们是开饭店的能申请特派员吗', '不可以', '四、派驻条件（二）1.', /三类都不是/],
    ['我们不是科技型中小企业，也不是高企，规上也算不上，能申请派驻吗', '不可以', '四、派驻条件（二）1.', /三类都不是/],
    ['一家企业能派驻几个科技特派员？', '一位科技特派员或一个科技特派团', '六、派驻程序', /一家企业派驻一位/],
    // The 一位 is the specialist already posted, not the size of a team.
    ['我们已经派驻了一位科技特派员，现在想再加一个科技特派团，行吗？', '不可以', '六、派驻程序', /一家企业派驻一位/],
    ['我在一家企业研发中心当工程师，有博士学位，想当特派员可以吗', '不可以', '四、派驻条件（一）2.', /高校、科研院所/],
    ['我在一家企业上班，是广西大学毕业的博士，能当特派员吗', '不可以', '四、派驻条件（一）2.', /高校、科研院所/],
    // 「又要」 of the specialist's requests is no second posting.
    ['我们已经派驻了特派员，他又要我们提供住宿，这合理吗', '需要', '五、工作要求（五）', /生活和安全保障/],
    // The university is in another province, though the enterprise is in Guangxi.
    ['我是湖南一所大学的教授，想到广西的企业当特派员，可以报名吗？', '不可以', '四、派驻条件（一）2.', /区内/],
    // An enterprise wanting a specialist of some expertise reports it as its need.
    ['我们厂想找个懂注塑的特派员', '可以', '六、派驻程序（一）', /报送需求情况/],
    ['能不能给我们配个搞材料的老师', '可以', '六、派驻程序（一）', /专业方向/],
  ];
  it('does not read 「半天算不算一天」 as a year’s days falling short', () => {
    expect(qa.answer('半天算不算一天服务').text).not.toMatch(/^不可以/);
  });

  for (const [question, opening, clause, quoted] of cases) {
    it(`「${question}」 opens with ${opening} and quotes ${clause}`, () => {
      const answer = qa.answer(question);
      expect(answer.text.startsWith(`${opening}。`), answer.text).toBe(true);
      expect(answer.text).toMatch(quoted);
      expect(answer.citation).toBe(`${PLAN}${clause}`);
    });
  }

  it('says so when the documents leave the case open, quoting the nearest clause', () => {
    const answer = qa.answer('特派员有没有年龄上限，我52了还能报吗');
    expect(answer.undecided).toBe(true);
    expect(answer.text).toContain('文件没有规定');
    expect(answer.text).not.toMatch(/不得超过|年龄上限为/);
    const many = qa.answer('一个特派员最多能派到几家企业');
    expect(many.undecided).toBe(true);
    expect(many.text).toContain('文件没有规定一位科技特派员能否同时服务多家企业');
  });
});

describe('the clause that answers', () => {
  const cases: [string, string, RegExp][] = [
    ['补贴有多少钱？', '五、工作要求（一）1.', /每年每人1万元/],
    ['派驻程序的第六步是什么', '六、派驻程序（六）', /培训派出/],
    ['派出单位有哪些职责？', '五、工作要求（四）', /择优推荐、经费管理/],
    ['技术攻关这块特派员主要攻哪类技术啊', '二、工作任务（三）', /共性技术、关键技术和前瞻性技术/],
    ['各市政府对特派员工作要给哪些支持', '七、保障措施', /各设区市人民政府/],
    ['特牌员一年服务几天', '五、工作要求（三）', /30天以上/],
    ['什么条件才能当科技特派员', '四、派驻条件（一）', /6\. 支持高校院所/],
  ];
  for (const [question, clause, content] of cases) {
    it(`answers 「${question}」 from ${clause}`, () => {
      const answer = qa.answer(question);
      expect(answer.citation).toBe(`${PLAN}${clause}`);
      expect(answer.text).toMatch(content);
    });
  }

  it('lists the steps asked for, each with its title set apart from its text', () => {
    const answer = qa.answer('第五步到第八步分别是啥');
    const lines = answer.text.split('\n');
    expect(lines.slice(0, 4).map((line) => line.slice(0, 11))).toEqual([
      '第5步 （五）补录征集',
      '第6步 （六）培训派出',
      '第7步 （七）管理考核',
      '第8步 （八）统筹纳入',
    ]);
    expect(lines[0]).toContain('（五）补录征集：工作办对未匹配上的企业');
  });

  it('gives a whole list with every item’s full title', () => {
    const answer = qa.answer('科技特派员主要做什么？');
    expect(answer.citation).toBe(`${PLAN}二、工作任务`);
    expect(answer.text).toContain('（一）开展科技创新政策宣传，畅通政企沟通反馈渠道');
    expect(answer.text).toContain('（五）完善企业创新管理体系，发挥典型示范带动效应');
  });
});

describe('questions outside the documents', () => {
  it('declines another province’s figures instead of giving Guangxi’s', () => {
    const answer = qa.answer('浙江的科技特派员一年补助多少钱');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('没有浙江的相关规定');
    expect(answer.text).not.toContain('1万元');
    expect(answer.text).toContain('目前的政策库收录了');
  });

  it('tells a neighbouring subject the documents do not cover from the programme’s own rules on it', () => {
    for (const [question, topic] of [
      ['学校出差住酒店报销标准是多少', '差旅费报销标准'],
      ['我们想申报高企，认定条件有哪些', '高新技术企业认定'],
      ['在高校评副教授要发几篇论文', '职称评审'],
    ] as const) {
      const answer = qa.answer(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.text).toContain(`没有涉及${topic}`);
      expect(answer.text).not.toMatch(/1万元|博士学位或副高级/);
    }
    // Spoken of for the programme, the same words are a question the documents answer.
    const programme = qa.answer('特派员下企业的差旅住宿费用能从补助里报销吗');
    expect(programme.answered).toBe(true);
    expect(programme.citation).toBe(`${PLAN}五、工作要求（一）1.`);
  });

  it('declines a subsidy of another kind instead of giving the programme’s 补助', () => {
    for (const question of ['渔船柴油补助什么时候发', '稳岗补贴多少钱']) {
      const answer = qa.answer(question);
      expect(answer.text, question).toContain('科技特派员补助以外的补贴');
      expect(answer.text, question).not.toContain('每年每人1万元');
    }
    expect(qa.answer('特派员补贴什么时候发').text).toContain('每年每人1万元');
  });

  it('declines the national programme', () => {
    const answer = qa.answer('国家级科技特派员一年要服务多少天');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/30天/);
  });
});

describe('questions that point at a part of a document', () => {
  const REPLY = '《自治区科技厅关于自治区十三届人大四次会议第2021513号代表建议的答复》';
  it('answers a part named by its number with the whole part', () => {
    const answer = qa.answer('方案第七部分主要讲的啥');
    expect(answer.citation).toBe(`${PLAN}七、保障措施`);
    expect(answer.text).toContain('保障');
  });

  it('answers a clause cited by its number as the documents cite it', () => {
    expect(qa.answer('四（一）2是什么要求').citation).toBe(`${PLAN}四、派驻条件（一）2.`);
    expect(qa.answer('五（四）派出单位那条，单位要保障特派员什么').text).toContain('福利待遇');
    expect(qa.answer('答复里六（二）说的啥').citation).toMatch(/^《自治区科技厅关于.*答复》六、下一步计划（二）$/);
  });

  it('answers a part named by half its title, with a typo, from that part', () => {
    const answer = qa.answer('完善企业创新管里体系那条具体说了什么');
    expect(answer.citation).toBe(`${PLAN}二、工作任务（五）`);
    expect(answer.text).toContain('研发投入核算制度');
  });

  it('finds a figure inside the named part, in the sentence that refers back to it', () => {
    const answer = qa.answer('答复第一部分里 网上技术市场现在有多少位技术专家');
    expect(answer.citation).toBe(`${REPLY}一、贯彻落实科技人员服务企业专项行动`);
    expect(answer.text).toContain('3500余位');
  });

  it('does not take a short title mentioned in passing for a pointer', () => {
    // 「技术攻关」 is one of the five kinds of service, not a pointer at 二（三）.
    const answer = qa.answer('技术攻关算不算现场服务');
    expect(answer.citation).not.toBe(`${PLAN}二、工作任务（三）`);
  });
});

describe('dialect and the order of steps', () => {
  it('reads Cantonese question words as Mandarin', () => {
    const answer = qa.answer('服務週期係幾耐㗎');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('两年');
    expect(qa.answer('工作办设喺边度').text).toContain('自治区科技厅');
  });

  it('takes 「X之后是哪一步」 as the step after X, and 「X这步…之后」 as a question inside X', () => {
    expect(qa.answer('培训派出之后是哪一步').citation).toBe(`${PLAN}六、派驻程序（七）`);
    const inside = qa.answer('公示认定这步，公示完没有异议之后做什么');
    expect(inside.citation).toBe(`${PLAN}六、派驻程序（四）`);
    expect(inside.text).toContain('合作协议书');
  });
});

describe('words the documents do not use', () => {
  it('does not let pronouns, numerals and particles count as a subject the documents miss', () => {
    // 这样, 一间, 那里 are no subject; the question is about the number of specialists per enterprise.
    const answer = qa.answer('咁一间企业最多可以派几个特派员㗎');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('一位科技特派员或一个科技特派团');
  });

  it('does not let several such words outweigh the one subject asked about', () => {
    const answer = qa.answer('专利商标那些东西他们会帮着弄吗');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('知识产权');
  });

  it('reads a question typed half in English, without its articles and auxiliaries counting as subjects', () => {
    const visits = qa.answer('How many times a year does the 特派员 have to go to the company?');
    expect(visits.citation).toBe(`${PLAN}五、工作要求（三）`);
    expect(visits.text).toContain('不少于5次');
    const team = qa.answer('If we send a 科技特派团 of 4 people, does each member get the subsidy?');
    expect(team.text).toMatch(/^不是。/);
    expect(team.text).toContain('按1人计');
    expect(qa.answer('who does the 考核 for specialists, and where do results go?').citation).toBe(
      `${PLAN}六、派驻程序（七）`,
    );
  });

  it('reads a compound the documents do not use by its parts they do (政治素质 → 政治)', () => {
    const answer = qa.answer('烦请明确科技特派员在政治素质方面有何要求');
    expect(answer.citation).toBe(`${PLAN}四、派驻条件（一）1.`);
    expect(answer.text).toContain('政治立场坚定');
  });

  it('does not mend an everyday word into a domain term (办公室 is not 办公示)', () => {
    const answer = qa.answer('工作转班的办公室设在那里');
    expect(answer.citation).toBe(`${PLAN}三、组织架构`);
    expect(answer.text).toContain('自治区科技厅');
  });

  it('answers an entry of a list alone when only it holds what is asked', () => {
    const answer = qa.answer('哪些人会被优先选派为科技特派员');
    expect(answer.citation).toBe(`${PLAN}四、派驻条件（一）5.`);
    expect(qa.answer('科技特派员的选派条件全部列出来').citation).toBe(`${PLAN}四、派驻条件（一）`);
  });
});

describe('more situations the plan decides', () => {
  const cases: [string, string, string][] = [
    ['我们是规上工业企业，但是去年有科技活动违规被通报过，还能申请派驻吗', '不一定', '四、派驻条件（二）2.'],
    ['我们是科技型中小企业，没有任何违规记录，符合派驻条件吗', '可以', '四、派驻条件（二）'],
    ['厂里已经派了一个特派员，还想再要一个特派团，行不行', '不可以', '六、派驻程序'],
    ['我跟一家企业已经自己谈好了，再报上去可以吗', '可以', '六、派驻程序（二）'],
    ['企业不给我安排住的地方，这个是不是企业应该负责', '需要', '五、工作要求（五）'],
  ];
  for (const [question, opening, clause] of cases) {
    it(`「${question}」 opens with ${opening}`, () => {
      const answer = qa.answer(question);
      expect(answer.text.startsWith(`${opening}。`), answer.text).toBe(true);
      expect(answer.citation).toBe(`${PLAN}${clause}`);
    });
  }

  it('declines reimbursement rules and contacts even when asked for the programme', () => {
    for (const question of ['特派员出差住宿费的报销标准是多少', '工作办的联系电话是多少']) {
      const answer = qa.answer(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.text).not.toContain('1万元');
    }
  });
});

describe('a question that names its document', () => {
  it('answers from the document it names, without the name counting as a subject', () => {
    const answer = qa.answer('答复里说的“科技专员/科技专班”是由谁选派的');
    expect(answer.citation).toMatch(/^《自治区科技厅关于.*答复》二、/);
    expect(answer.text).toMatch(/高校|高等院校/);
  });
});

describe('details the documents do not state', () => {
  it('does not give the specialist’s 1万元 as money for the enterprise, as a fee, or as when it is paid', () => {
    for (const question of [
      '企业接收特派员的话，财政给企业补多少钱',
      '企业每年要付给特派员多少服务费',
      '特派员来服务收费吗',
      '科技特派员的补助是按月发还是一年发一次？',
      '补贴怎么发',
    ]) {
      const answer = qa.answer(question);
      expect(answer.undecided, `${question} → ${answer.text}`).toBe(true);
      expect(answer.text).toMatch(/^文件没有(?:规定|写)/);
    }
    expect(qa.answer('民营企业人才培训班参加要交学费吗').answered).toBe(false);
    expect(qa.answer('我们企业接了特派员有没有补贴').text).toMatch(/^文件没有规定对派驻企业的财政补助/);
    expect(qa.answer('特派员的补住是谁出钱，自治区财政吗').text).not.toMatch(/^文件没有/);
    const own = qa.answer('我们企业派了特派员，特派员能拿多少补助');
    expect(own.undecided).toBeUndefined();
    expect(own.text).toContain('每年每人1万元');
  });

  it('does not answer a number of days the part a question points at does not state', () => {
    const answer = qa.answer('公示认定那步，公示期是几天？');
    expect(answer.undecided).toBe(true);
    expect(answer.text).toMatch(/^文件没有写到这一点/);
    expect(qa.answer('特派员每年至少服务多少天').text).toContain('30天以上');
  });

  it('does not give a figure of another year or in another unit as the answer', () => {
    for (const question of ['2024年全区民营企业技术创新成果登记了多少项', '“双扶”行动一共帮扶了多少户贫困户']) {
      const answer = qa.answer(question);
      expect(answer.answered && !answer.undecided, `${question} → ${answer.text}`).toBe(false);
    }
    // The list's own entries answer how many there are.
    expect(qa.answer('答复里下一步计划有几项，分别是什么').citation).toMatch(/六、下一步计划$/);
  });

  it('says the plan leaves open what it does not decide, and marks 不一定 as undecided', () => {
    for (const question of [
      '我后年就到龄退休了，还能报吗',
      '在站博士后算不算在职科技人才',
      '外籍教授能当科技特派员吗',
    ]) {
      const answer = qa.answer(question);
      expect(answer.undecided, `${question} → ${answer.text}`).toBe(true);
    }
    expect(qa.answer('补助能不能买实验设备').undecided).toBe(true);
  });

  it('declines where the list is published and how the evaluation is scored', () => {
    for (const question of ['科技特派员名单在哪个网站上公示', '派驻企业给科技特派员打分，评分细则是怎么定的']) {
      expect(qa.answer(question).answered, question).toBe(false);
    }
  });
});

describe('two questions in one message', () => {
  it('answers each, with its own citation', () => {
    const answer = qa.answer('特派员每年要去企业几次？另外派驻程序的第六步是什么？');
    expect(answer.text).toContain('关于「特派员每年要去企业几次」');
    expect(answer.text).toContain('不少于5次');
    expect(answer.text).toContain('培训派出');
    expect(answer.text.match(/依据：/g)?.length).toBe(2);
    expect(answer.citation).toBe(`${PLAN}五、工作要求（三）`);
  });

  it('keeps a follow-up that leans on the first question as one question', () => {
    const answer = qa.answer('做科技特派员有没有额外工资？每个月多少钱？');
    expect(answer.text).not.toContain('关于「');
    expect(answer.answered && !answer.undecided).toBe(false);
  });
});

describe('figures the documents do not give', () => {
  it('does not give a dated figure of the reply as today’s, nor the plan’s targets as selections made', () => {
    const now = qa.answer('广西网上技术市场现在一共有多少位专家');
    expect(now.answered && !now.undecided, now.text).toBe(false);
    const selected = qa.answer('上一批全区一共组建了多少个科技特派团');
    expect(selected.undecided, selected.text).toBe(true);
    expect(selected.text).toContain('没有写已经选派了多少');
    // The plan's own targets are still answered.
    expect(qa.answer('到2027年底一共要服务多少家企业').text).toMatch(/1000/);
  });
});

describe('steps counted from the end and the number of steps', () => {
  it('reads 倒数第二步 as the step before the last, and says how many steps there are', () => {
    expect(qa.answer('倒数第二步是啥').citation).toBe(`${PLAN}六、派驻程序（七）`);
    const count = qa.answer('派驻程序一共有几步');
    expect(count.text.startsWith('共8步。')).toBe(true);
    expect(count.text).toContain('（八）统筹纳入');
  });
});

describe('entries named by their number', () => {
  it('reads 「工作任务第四条」, 「派驻条件第二块」 and 「选派条件最后一条」 as those entries', () => {
    expect(qa.answer('工作任务第四条讲的啥').citation).toBe(`${PLAN}二、工作任务（四）`);
    expect(qa.answer('派驻条件第二块是什么').citation).toBe(`${PLAN}四、派驻条件（二）`);
    expect(qa.answer('选派条件最后一条').citation).toBe(`${PLAN}四、派驻条件（一）6.`);
  });
});

describe('the issue’s chat words', () => {
  it('answers 看不懂/解读, 啥样/选上 and 管哪些事 from the clause that says so', () => {
    expect(qa.answer('政策看不懂能找特派员解读吗').citation).toBe(`${PLAN}二、工作任务（一）`);
    expect(qa.answer('啥样的人能选上特派员').citation).toBe(`${PLAN}四、派驻条件（一）`);
    expect(qa.answer('服务站管哪些事').citation).toBe(`${PLAN}五、工作要求（二）`);
  });
});
