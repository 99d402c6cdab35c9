// Finds ../shared (gold data, PolNeAR, references) beside the project, or PARLEY_SHARED; null when absent.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json), from src/ or dist/. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared data folder, or null when this machine has none. */
export function sharedDir(): string | null {
  if (process.env.PARLEY_SHARED === 'none') return null; // to check how eval and bench behave without it
  const candidates = [process.env.PARLEY_SHARED, resolve(PROJECT_ROOT, '..', 'shared')].filter(Boolean) as string[];
  return candidates.find((d) => existsSync(resolve(d, 'corpus'))) ?? null;
}
