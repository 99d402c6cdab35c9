// The sections of `npm run eval`, in the order they print.
import type { EvalSection } from './score.js';
import { evalMeta } from './eval-meta.js';
import { evalSentences } from './eval-sentences.js';
import { evalEntities } from './eval-entities.js';
import { evalQuotes } from './eval-quotes.js';
import { evalEvents } from './eval-events.js';

export const SECTIONS: readonly EvalSection[] = [evalMeta, evalSentences, evalEntities, evalQuotes, evalEvents];
