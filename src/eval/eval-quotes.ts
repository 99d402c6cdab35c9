// Eval section: quotes on the seed gold and PolNeAR dev. STUB until its stage lands.
import type { EvalSection } from './score.js';

export const evalQuotes: EvalSection = {
  name: 'quotes',
  run: () => ({ rows: [], lines: ['not implemented yet'] }),
};
