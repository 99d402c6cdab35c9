// People, organisations, places and groups with their mentions. STUB: replaced by the entities work.
import type { Stage } from '../doc/types.js';

/** Find the actors of the article. */
export const findEntities: Stage<'paragraphs' | 'sentences' | 'tokens', 'entities'> = () => ({ entities: [] });
