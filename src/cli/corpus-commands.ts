// ingest, search, quotes, events, actors, export, worker. STUB: replaced by the corpus work.
import type { Command } from 'commander';

/** Register the corpus commands. */
export function registerCorpusCommands(_program: Command): void {}
