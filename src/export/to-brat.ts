// brat standoff for one document: the text (.txt) and its annotations (.ann). Entities become T lines
// by type; quotes become PolNeAR-style attributions — Source, Cue and Content spans joined by
// relations; events a trigger T line and an E line. Spans crossing line breaks are split into
// fragments, as brat requires.
import type { ContractDoc } from '../analyze/to-contract.js';

const TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', location: 'Location', group: 'Group' };

function fragments(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) parts.push(`${s} ${i}`);
      s = i + 1;
    }
  }
  return parts.join(';') || `${start} ${end}`;
}

/** A safe file stem for an article id. */
export function bratName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 180) || 'article';
}

/** The .ann text for a document. */
export function toBrat(doc: ContractDoc): string {
  const text = doc.text;
  const lines: string[] = [];
  let t = 0, r = 0, e = 0;
  const tline = (type: string, start: number, end: number) => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(text, start, end)}\t${text.slice(start, end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  for (const ent of doc.entities) for (const m of ent.mentions) tline(TYPE[ent.type] ?? 'Entity', m.start, m.end);
  for (const q of doc.quotes) {
    if (q.end <= q.start) continue;
    const content = tline('Content', q.start, q.end);
    const cue = q.cue ? tline('Cue', q.cue.start, q.cue.end) : null;
    const sp = q.speaker && q.speaker.start !== undefined && q.speaker.end !== undefined ? tline('Source', q.speaker.start, q.speaker.end) : null;
    const anchor = cue ?? content;
    if (cue) lines.push(`R${++r}\tCONTENT Arg1:${cue} Arg2:${content}`);
    if (sp) lines.push(`R${++r}\tSOURCE Arg1:${anchor} Arg2:${sp}`);
    if (q.speaker?.name) lines.push(`#${r + t}\tAnnotatorNotes ${content}\tspeaker: ${q.speaker.name}`);
  }
  for (const v of doc.events) {
    if (v.trigger.end <= v.trigger.start) continue;
    const trig = tline(v.plover.event, v.trigger.start, v.trigger.end);
    lines.push(`E${++e}\t${v.plover.event}:${trig}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
