// Eval section: people, organisations, places (seed) and actor coverage (events-dev). STUB until its stage lands.
import type { EvalSection } from './score.js';

export const evalEntities: EvalSection = {
  name: 'entities',
  run: () => ({ rows: [], lines: ['not implemented yet'] }),
};
