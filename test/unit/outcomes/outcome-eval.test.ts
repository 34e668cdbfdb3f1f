import { describe, expect, it } from 'vitest';
import { recordedLevels } from '../../../scripts/labelled-sets.js';
import {
  loadOutcomeHeldOut,
  loadOutcomeTune,
  OUTCOME_LEVELS_FILE,
  outcomeLevelsOf,
} from '../../../scripts/outcome-cases.js';
import { scoreOutcomes } from '../../../src/domain/outcomes/outcome-eval.js';

/**
 * The outcome reader is held to the levels recorded by `npm run eval:outcomes -- --record`: a change that reads any
 * field of the labelled messages worse than before fails here.
 */
describe('the outcome reader on the labelled messages', async () => {
  const recorded = await recordedLevels(OUTCOME_LEVELS_FILE);
  const parts = { tune: await loadOutcomeTune(), heldOut: await loadOutcomeHeldOut() };

  it('has at least 400 labelled messages, with other messages and refusals in both parts', () => {
    expect(parts.tune.length + parts.heldOut.length).toBeGreaterThanOrEqual(400);
    for (const cases of Object.values(parts)) {
      expect(cases.filter((c) => c.expect.kind === null).length).toBeGreaterThan(20);
      expect(cases.filter((c) => c.expect.refusal !== null).length).toBeGreaterThan(10);
    }
  });

  for (const part of ['tune', 'heldOut'] as const) {
    it(`reads the ${part === 'tune' ? 'part tuned on' : 'held-out part'} at least as well as recorded, field by field`, () => {
      const now = outcomeLevelsOf(scoreOutcomes(parts[part]));
      for (const [field, level] of Object.entries(recorded[part])) {
        expect(now[field], `${part} ${field}`).toBeGreaterThanOrEqual(level);
      }
    });
  }
});
