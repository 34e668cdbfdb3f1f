import { describe, expect, it } from 'vitest';
import { recordedLevels } from '../../../scripts/labelled-sets.js';
import { LEVELS_FILE, levelsOf, loadQa, qaService } from '../../../scripts/qa-cases.js';
import { scoreAnswers } from '../../../src/domain/policies/qa-eval.js';

/**
 * Policy answers are held to the levels recorded by `npm run eval:qa -- --record`: a change that answers the labelled
 * questions worse than before, on either part, fails here.
 */
describe('policy answers on the labelled questions', async () => {
  const recorded = await recordedLevels(LEVELS_FILE);
  const parts = await loadQa();
  const qa = await qaService();

  it('has at least 300 answerable and 60 out-of-scope questions, in two parts', () => {
    const all = [...parts.tune, ...parts.heldOut];
    expect(all.filter((c) => c.expect.answerable).length).toBeGreaterThanOrEqual(300);
    expect(all.filter((c) => !c.expect.answerable).length).toBeGreaterThanOrEqual(60);
    expect(parts.heldOut.length).toBeGreaterThan(100);
  });

  for (const part of ['tune', 'heldOut'] as const) {
    it(`answers the ${part === 'tune' ? 'part tuned on' : 'held-out part'} at least as well as recorded`, () => {
      const now = levelsOf(scoreAnswers(parts[part], (q) => qa.answer(q)));
      for (const [measure, level] of Object.entries(recorded[part] ?? {})) {
        expect(now[measure], `${part} ${measure}`).toBeGreaterThanOrEqual(level);
      }
    });
  }
});
