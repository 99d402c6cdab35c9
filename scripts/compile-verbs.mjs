// Build step: compiles the events stage's verb/noun patterns, CAMEO→PLOVER table and cues
// (src/events/data/) into dist/knowledge/verbs.json. Runs after tsc, using the compiled compiler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { compileFromSources } = await import(resolve(root, 'dist/events/patterns/load-patterns.js'));
const data = compileFromSources(resolve(root, 'src/events/data'));
const out = resolve(root, 'dist/knowledge/verbs.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
console.log(`verbs.json: ${Object.keys(data.verbs).length} verbs, ${Object.keys(data.nouns).length} nouns, ${Object.keys(data.cameo).length} CAMEO codes`);
