// PLOVER events with CAMEO roots. STUB: replaced by the events work.
import type { Stage } from '../doc/types.js';

/** Find who did what to whom. */
export const findEvents: Stage<'paragraphs' | 'sentences' | 'tokens' | 'entities' | 'quotes', 'events'> = () => ({ events: [] });
