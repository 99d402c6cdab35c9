// Direct, partial and reported speech with resolved speakers. STUB: replaced by the quotes work.
import type { Stage } from '../doc/types.js';

/** Find who said what. */
export const findQuotes: Stage<'paragraphs' | 'sentences' | 'tokens' | 'entities', 'quotes'> = () => ({ quotes: [] });
