import { describe, expect, it } from 'vitest';
import { recordedLevels } from '../../../scripts/labelled-sets.js';
import { LEVELS_FILE, levelsOf, loadHeldOut, loadTune } from '../../../scripts/visit-cases.js';
import { score } from '../../../src/domain/visits/visit-eval.js';

/**
 * The reader of visit reports is held to the levels recorded by `npm run eval:visits -- --record`: a change that
 * reads any field of the labelled messages worse than before fails here (and a better one is recorded).
 */
describe('the visit-report reader on the labelled messages', async () => {
  const recorded = await recordedLevels(LEVELS_FILE);
  const parts = { tune: await loadTune(), heldOut: await loadHeldOut() };

  it('has at least 400 labelled messages, with must-refuse cases in both parts', () => {
    expect(parts.tune.length + parts.heldOut.length).toBeGreaterThanOrEqual(400);
    for (const cases of Object.values(parts)) {
      expect(cases.filter((c) => c.expect.outcome === 'refuse').length).toBeGreaterThan(20);
    }
  });

  for (const part of ['tune', 'heldOut'] as const) {
    it(`reads the ${part === 'tune' ? 'part tuned on' : 'held-out part'} at least as well as recorded, field by field`, () => {
      const now = levelsOf(score(parts[part]));
      for (const [field, level] of Object.entries(recorded[part])) {
        expect(now[field], `${part} ${field}`).toBeGreaterThanOrEqual(level);
      }
    });
  }
});
