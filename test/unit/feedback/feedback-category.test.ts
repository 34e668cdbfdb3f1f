import { describe, expect, it } from 'vitest';
import { inferCategory } from '../../../src/domain/feedback/feedback-category.js';

describe('feedback category from the text', () => {
  it.each([
    ['研发费用辅助账怎么建税务局说法不一', 'RD_EXPENSE_DEDUCTION'],
    ['加计扣除的比例今年落实不到位', 'RD_EXPENSE_DEDUCTION'],
    ['高企复审材料被退回，理由不清楚', 'HIGH_TECH_RECOGNITION'],
    ['高新技术企业认定的奖励资金迟迟没有拨付', 'HIGH_TECH_RECOGNITION'],
    ['发明专利资助的申请门槛太高', 'INTELLECTUAL_PROPERTY'],
    ['自治区重点研发计划项目验收一直没有安排', 'SCIENCE_PROGRAMME'],
    ['引进的博士落户手续太复杂', 'TALENT'],
    ['首台套奖补资金还没到账', 'FUNDING'],
    ['园区道路晚上没有路灯', 'OTHER'],
    // R&D spending as a figure of another subject is that subject's; alone, or with its deduction, the deduction's.
    ['高企认定时研发费用占比怎么算的，各部门口径不一', 'HIGH_TECH_RECOGNITION'],
    ['研发费用归集口径和高企认定不一致，加计扣除被调减', 'RD_EXPENSE_DEDUCTION'],
    ['研发费用税务局一直不认', 'RD_EXPENSE_DEDUCTION'],
  ])('%s → %s', (text, category) => {
    expect(inferCategory(text)).toBe(category);
  });
});
