// Eval section: sentence splitting on hard cases. STUB until its stage lands.
import type { EvalSection } from './score.js';

export const evalSentences: EvalSection = {
  name: 'sentences',
  run: () => ({ rows: [], lines: ['not implemented yet'] }),
};
