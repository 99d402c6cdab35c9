// Which analysis engine made a stored article: a hash of the compiled pipeline (dist/ of the reader, the
// stages and the knowledge they load), so any change to the code or the data of the analysis is a new engine
// and `parley reanalyze` knows what to redo. A change that keeps the output (a speed commit) is a new engine too:
// the hash cannot tell, and redoing is safe. Leaves out: the store, CLI and server code, which analyse nothing.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders of dist/ whose files make the analysis (analyze() and everything it imports). */
export const ENGINE_PARTS = ['analyze', 'doc', 'read', 'segment', 'entities', 'quotes', 'events', 'knowledge'] as const;

/** The engine of stores written before engines were recorded (the column's default). */
export const UNKNOWN_ENGINE = 'unknown';

let memo: string | undefined;

/** dist/, whether this module runs from dist/ingest or from src/ingest under vitest (whose workers run dist/ too). */
function distRoot(): string {
  const here = fileURLToPath(import.meta.url);
  return fileURLToPath(new URL(here.endsWith('.ts') ? '../../dist/' : '../', import.meta.url));
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.(js|json|bin)$/.test(e.name) && !/\.test\.js$/.test(e.name) ? [path] : [];
  }).sort();
}

/**
 * The current engine: 12 hex digits of SHA-1 over the compiled analysis files (names and bytes), computed once per
 * thread (~10 ms for 5 MB); 'unbuilt' when dist/ is missing.
 * @example engineVersion() // '3fa9c2e0b17d'
 */
export function engineVersion(): string {
  if (memo) return memo;
  const root = distRoot();
  const all = ENGINE_PARTS.flatMap((p) => files(join(root, p)));
  if (!all.length) return (memo = 'unbuilt');
  const h = createHash('sha1');
  for (const f of all) h.update(f.slice(root.length)).update('\u0000').update(readFileSync(f)).update('\u0000');
  return (memo = h.digest('hex').slice(0, 12));
}
