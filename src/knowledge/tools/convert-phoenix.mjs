// One-off converter: Phoenix/PETRARCH actor and agent dictionaries (MIT, Open Event Data Alliance)
// → Parley's compact TSV files in src/knowledge/data/. Run by hand when the dictionaries change:
//   node src/knowledge/tools/convert-phoenix.mjs /path/to/petrarch-dictionaries
// Output rows: actors.tsv  type \t country \t sector \t roles \t names(|)
//              agents.tsv  role phrase \t sector
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? resolve(process.cwd(), '..', 'shared', 'reference', 'petrarch-dictionaries');
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const HEADER = '# Converted from the Phoenix dictionaries of PETRARCH2 (MIT License, (c) 2014 Open Event Data Alliance;\n'
  + '# CountryInfo.txt funded by NSF SES-1004414, SES-1259190). See NOTICE.md.\n';
const ISO = new Set(JSON.parse(readFileSync(resolve(out, '..', '..', '..', 'node_modules', 'world-countries', 'countries.json'), 'utf8')).map((c) => c.cca3));
for (const x of ['KOS', 'XKX']) ISO.add(x);

const clean = (s) => s.replace(/\(.*?\)/g, '').replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
const yy = (d) => (d.length === 6 ? (+d.slice(0, 2) > 30 ? '19' : '20') + d : d.length === 8 ? d : '');
function parseCode(code) {
  // "RUSGOV 991231-080507" | "RUSGOV >080508" | "IGOUNO" | "ELI"
  const [c, range = ''] = code.trim().split(/\s+/);
  let country = '', sector = '';
  if (ISO.has(c.slice(0, 3))) { country = c.slice(0, 3); sector = c.slice(3, 6); } else sector = c.slice(0, 3);
  let from = '', to = '';
  if (range.startsWith('>')) from = yy(range.slice(1));
  else if (range.startsWith('<')) to = yy(range.slice(1));
  else if (range.includes('-')) [from, to] = range.split('-').map(yy);
  // a role: a country and a sector ("RUSGOV", "TMPGOV"), or a sector alone ("ELI"); not a state's code
  // ("DDR", "YUG") nor two of them ("USRUKR": the Soviet Union's Ukraine)
  const role = ROLE.has(c.slice(0, 3)) || ROLE.has(c.slice(3, 6)) || ROLE.has(c.slice(6, 9));
  return { country, sector: sector === '---' ? '' : sector, from, to, role };
}

/** Sectors that stand alone as a role code ("ELI"). */
const ROLE = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'ELI', 'OPP', 'PTY', 'REB', 'COP', 'SPY', 'IGO', 'NGO', 'BUS', 'MED', 'EDU', 'REL', 'CVL', 'LAB', 'AGR', 'HLH', 'REF', 'CRM', 'UAF', 'INS', 'IMG', 'MOD', 'RAD', 'ENV', 'HRI', 'DEV', 'SEP', 'NGM']);
const BODY_WORD = /\b(STATE|FRONT|ARMY|PARTY|BRIGADES?|MOVEMENT|ORGANI[SZ]ATION|COUNCIL|COMMITTEE|GROUP|FORCES?|LEAGUE|UNION|ASSOCIATION|FEDERATION|MINISTRY|COMMISSION|SOVIET|ASSEMBLY|PARLIAMENT|GOVERNMENT|REPUBLIC|ALLIANCE|COALITION|NETWORK|AGENCY)\b/;

function convertActors(file, rows) {
  let names = [], codes = [], person = false;
  const flush = () => {
    if (names.length && codes.length) {
      const dated = codes.filter((c) => c.from || c.to);
      const main = dated.find((c) => !c.to) ?? dated.at(-1) ?? codes[0];
      // a dated role makes a person: dated country codes alone are a place changing hands (DDR → DEU:
      // "LEIPZIG", USR → UKR: "UKRAINE"), and a body's name stays a body ("ISLAMIC STATE OF IRAQ")
      const isPerson = (person || dated.length > 0) && codes.some((c) => c.role) && !BODY_WORD.test(names[0] ?? '');
      const roles = isPerson ? codes.filter((c) => c.country || c.sector).map((c) => `${c.country}${c.sector}:${c.from}-${c.to}`).join(',') : '';
      const uniq = [...new Set(names.filter((n) => n.length > 1))];
      if (uniq.length) rows.push([isPerson ? 'person' : main.country && !main.sector ? 'location' : 'organization', main.country, main.sector, roles, uniq.join('|')].join('\t'));
    }
    names = []; codes = []; person = false;
  };
  for (const raw of readFileSync(resolve(dir, file), 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    const personNote = /#.*(CountryInfo|rulers)/i.test(raw);
    if (!line.trim()) { if (!raw.trim()) flush(); continue; }
    const codeHits = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]).filter((c) => c && !c.startsWith('~'));
    const name = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (name && !name.startsWith('+') && codes.length) flush();
    if (personNote) person = true;
    if (name) names.push(clean(name.replace(/^\+/, '')));
    for (const c of codeHits) codes.push(parseCode(c));
  }
  flush();
}

function convertAgents() {
  const macros = new Map();
  const rows = [];
  for (const raw of readFileSync(resolve(dir, 'Phoenix.agents.txt'), 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || line.startsWith('+')) continue;
    const m = line.match(/^(!\w+!)\s*=\s*(.*)$/);
    if (m) { macros.set(m[1], m[2].split(',').map((s) => s.trim())); continue; }
    const code = line.match(/\[~?(\w{3})/);
    if (!code) continue;
    const phrase = line.replace(/\[.*$/, '').replace(/\{[^}]*\}/g, '').trim();
    const forms = [phrase];
    for (const [k, vals] of macros) if (phrase.includes(k)) { forms.length = 0; for (const v of vals) forms.push(phrase.replace(k, v)); }
    for (const f of forms) if (!f.includes('!')) rows.push(`${clean(f).toLowerCase()}\t${code[1]}`);
  }
  return [...new Set(rows)];
}

const actors = [];
for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) convertActors(f, actors);
writeFileSync(resolve(out, 'actors.tsv'), HEADER + '# type\tcountry\tsector\troles(code:from-to,...)\tnames(|)\n' + actors.join('\n') + '\n');
const agents = convertAgents();
writeFileSync(resolve(out, 'agents.tsv'), HEADER + '# role phrase\tsector\n' + agents.join('\n') + '\n');
console.log(`actors ${actors.length}, agents ${agents.length}`);
