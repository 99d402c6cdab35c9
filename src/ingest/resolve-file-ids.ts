// Ids of files across runs: a file's id is its path inside the folder named (docs/ingest.md), so `parley ingest a`
// then `parley ingest b`, both holding x.txt, would give b/x.txt the id of a/x.txt and store it as a revision of it.
// The store records each file article's file (its origin); a file whose id another file holds takes its longer id
// (its path from the working directory, else its absolute path) and the run says so. The same file again keeps its id
// (a rerun is a no-op), and an article stored before origins were recorded is adopted by the first file to claim it.
import type { Store } from '../store/store.js';
import type { InputProblem } from './collect-inputs.js';
import type { RawInput } from './raw-input.js';

/** `batch` with each file input's id made its own (a new array; inputs that are no files pass as they are). */
export async function resolveFileIds(store: Store, batch: readonly RawInput[], problems: InputProblem[]): Promise<RawInput[]> {
  const files = batch.filter((r) => r.origin);
  if (!files.length) return [...batch];
  const held = await store.fileOrigins([...new Set(files.flatMap((r) => [r.id, ...(r.altIds ?? [])]))]);
  const adopt: { id: string; origin: string }[] = [];
  // free for `origin`: not stored, stored from this very file, or stored before files were recorded (null: adopted);
  // not when another file holds it, nor a record or a page that is no file ('')
  const take = (id: string, origin: string): boolean => {
    const o = held.get(id);
    if (o !== undefined && o !== null && o !== origin) return false;
    if (o === null) adopt.push({ id, origin });
    held.set(id, origin);
    return true;
  };
  const out = batch.map((r) => {
    if (!r.origin || take(r.id, r.origin)) return r;
    const alts = r.altIds ?? [];
    const id = alts.find((a) => take(a, r.origin!)) ?? alts[alts.length - 1] ?? r.id;
    const holder = held.get(r.id) || 'an article that is no file';
    problems.push({ where: r.origin, message: `id "${r.id}" is held by ${holder} from an earlier run: stored as "${id}"`, notice: true });
    return { ...r, id };
  });
  if (adopt.length) await store.adoptOrigins(adopt);
  return out;
}
