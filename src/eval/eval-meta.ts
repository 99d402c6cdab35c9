// Eval section: seed article meta (headline, published, updated). STUB until its stage lands.
import type { EvalSection } from './score.js';

export const evalMeta: EvalSection = {
  name: 'meta',
  run: () => ({ rows: [], lines: ['not implemented yet'] }),
};
