// Eval section: events on events-dev and the seed gold. STUB until its stage lands.
import type { EvalSection } from './score.js';

export const evalEvents: EvalSection = {
  name: 'events',
  run: () => ({ rows: [], lines: ['not implemented yet'] }),
};
