// One-off converter: CAMEO event codes + Goldstein scale + PLOVER's CAMEO2PLOVER table → cameo-plover.txt.
//   node src/events/data/import-cameo.mjs ../shared/reference
// PLOVER drops CAMEO 01 (statements) and has no 02 (appeals): Parley codes 01 as STATEMENT (kept only
// for CAMEO comparison, never exported as PLOVER) and 02 as REQUEST, as the PLOVER manual's REQUEST
// ("all requests, demands, and orders") covers appeals.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ref = process.argv[2];
const read = (p) => readFileSync(resolve(ref, p), 'utf8').split(/\r?\n/);
const label = new Map(read('cameo/CAMEO.eventcodes.txt').slice(1).map((l) => l.split('\t')).filter((p) => p[1]));
const gold = new Map(read('cameo/CAMEO.goldsteinscale.txt').slice(1).map((l) => l.split('\t')).filter((p) => p[1]));
const plover = new Map();
for (const l of read('plover/CAMEO2PLOVER-2021.txt')) {
  const m = l.match(/^(\d+):\s*([A-Z_]+)\s*(?:,\s*([^,#]*))?/);
  if (m) plover.set(m[1], [m[2], (m[3] ?? '').trim().replace(/\s+/g, '-')]);
}
const out = [
  '# CAMEO code → PLOVER event and mode, Goldstein score, CAMEO label. Converted by import-cameo.mjs from',
  '# the CAMEO codebook and Goldstein scale (Schrodt et al.) and PLOVER CAMEO2PLOVER-2021 (see NOTICE.md).',
  '# code<TAB>plover event<TAB>mode<TAB>goldstein<TAB>label',
];
for (const [code, text] of label) {
  let [ev, mode] = plover.get(code) ?? plover.get(code.slice(0, 3)) ?? plover.get(code.slice(0, 2)) ?? [null, ''];
  if (!ev && code.startsWith('01')) ev = 'STATEMENT';
  if (!ev && code.startsWith('02')) [ev, mode] = ['REQUEST', (plover.get('10' + code.slice(2)) ?? ['', ''])[1]];
  if (!ev) continue;
  out.push([code, ev, mode || '-', gold.get(code) ?? gold.get(code.slice(0, 3)) ?? '0', text.trim()].join('\t'));
}
writeFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'cameo-plover.txt'), out.join('\n') + '\n');
console.log(out.length - 3, 'codes');
