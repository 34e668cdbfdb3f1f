import { describe, expect, it } from 'vitest';
import { recordedLevels } from '../../../scripts/labelled-sets.js';
import { EVAL_TODAY, LEVELS_FILE, levelsOf, loadHeldOut, loadTune } from '../../../scripts/routing-cases.js';
import { scoreRouting } from '../../../src/bot/routing-eval.js';

/**
 * The router is held to the levels recorded by `npm run eval:routing -- --record`: a change that takes the labelled
 * messages, or those of any one intent, for something else more often than before fails here.
 */
describe('the router on labelled messages sent with nothing pending', async () => {
  const recorded = await recordedLevels(LEVELS_FILE);
  const parts = { tune: await loadTune(), heldOut: await loadHeldOut() };

  it('has at least 400 labelled messages from every kind of user, each part covering the main intents', () => {
    expect(parts.tune.length + parts.heldOut.length).toBeGreaterThanOrEqual(400);
    for (const cases of Object.values(parts)) {
      for (const role of ['SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL'])
        expect(cases.some((c) => c.role === role)).toBe(true);
      for (const label of ['report', 'feedback', 'progress', 'policy-question', 'small-talk'])
        expect(cases.filter((c) => c.expect === label).length, label).toBeGreaterThanOrEqual(20);
    }
  });

  for (const part of ['tune', 'heldOut'] as const) {
    it(`routes the ${part === 'tune' ? 'part tuned on' : 'held-out part'} at least as well as recorded, intent by intent`, () => {
      const now = levelsOf(scoreRouting(parts[part], EVAL_TODAY));
      for (const [label, level] of Object.entries(recorded[part])) {
        expect(now[label], `${part} ${label}`).toBeGreaterThanOrEqual(level);
      }
    });
  }
});
