// What to ingest: every argument becomes raw inputs. Folders are walked recursively (sorted, so a
// rerun sees the same order); JSONL/NDJSON dumps give one input per line; .html pages, RSS/Atom
// feeds and plain text files one per article; http(s) URLs are fetched (feeds, then their items).
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { contentId } from '../analyze/content-id.js';
import { fetchText, sourceOf } from './fetch-url.js';
import { isFeed, readFeed } from './read-feed.js';
import type { RawInput } from './raw-input.js';

export type InputProblem = { where: string; message: string };

const SKIP = new Set(['.gz', '.zip', '.png', '.jpg', '.jpeg', '.gif', '.pdf', '.db', '.sqlite', '.ann']);

/** All files under `dir`, sorted, hidden ones left out. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && !SKIP.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** "west-journal_2016-08-27_slug.txt" → source and day: dumps often name files source_date_slug. */
export function nameFacts(stem: string): { source?: string; published?: string } {
  const m = /^([a-z][a-z0-9-]*?)_(\d{4}-\d{2}-\d{2})(?:_|$)/i.exec(stem);
  return m ? { source: m[1].toLowerCase(), published: m[2] } : {};
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** A JSON record → raw input; id from the record, else its URL, else its content. */
export function fromRecord(r: Record<string, unknown>, fallbackSource?: string): RawInput | null {
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  const html = str(r.html);
  if (text === undefined && html === undefined) return null;
  const url = str(r.url) ?? str(r.link);
  return {
    id: str(r.id) ?? url ?? contentId(text ?? html ?? ''), text, html, url,
    published: str(r.published) ?? str(r.date), updated: str(r.updated), headline: str(r.headline) ?? str(r.title),
    source: str(r.source) ?? (url ? sourceOf(url) : fallbackSource),
  };
}

async function* fromJsonl(file: string, problems: InputProblem[]): AsyncGenerator<RawInput> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      const rec = fromRecord(JSON.parse(line));
      if (rec) yield rec;
      else problems.push({ where: `${file}:${n}`, message: 'record has neither "text" nor "html"' });
    } catch (err) {
      problems.push({ where: `${file}:${n}`, message: `not JSON: ${(err as Error).message}` });
    }
  }
}

async function* fromFile(file: string, root: string, problems: InputProblem[]): AsyncGenerator<RawInput> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') { yield* fromJsonl(file, problems); return; }
  const rel = root === file ? basename(file) : relative(root, file);
  const stem = rel.slice(0, rel.length - ext.length).split('\\').join('/');
  const body = await readFile(file, 'utf8');
  if (ext === '.json') {
    try {
      const data = JSON.parse(body);
      for (const r of Array.isArray(data) ? data : [data]) {
        const rec = r && typeof r === 'object' ? fromRecord(r) : null;
        if (rec) yield rec;
      }
    } catch (err) {
      problems.push({ where: file, message: `not JSON: ${(err as Error).message}` });
    }
    return;
  }
  if (['.xml', '.rss', '.atom'].includes(ext) || ((ext === '.html' || ext === '') && isFeed(body))) {
    for (const item of readFeed(body)) yield item;
    return;
  }
  // the day in the file name is a fallback: a dated dateline in the text is more precise
  const { source, published } = nameFacts(basename(stem));
  const dated = published && !/\b(19|20)\d\d\b/.test(body.slice(0, 300)) ? published : undefined;
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)/i.test(body.slice(0, 200))) yield { id: stem, html: body, source, published: dated };
  else yield { id: stem, text: body, source, published: dated };
}

async function* fromUrl(url: string, problems: InputProblem[]): AsyncGenerator<RawInput> {
  const page = await fetchText(url);
  const source = sourceOf(page.finalUrl);
  if (/xml|rss|atom/.test(page.contentType) || isFeed(page.text)) {
    for (const item of readFeed(page.text, source)) {
      if (!item.needsFetch || !item.url) { yield item; continue; }
      try {
        const article = await fetchText(item.url);
        yield { ...item, html: article.text, source: item.source ?? sourceOf(article.finalUrl) };
      } catch (err) {
        problems.push({ where: item.url, message: (err as Error).message });
        if (item.html) yield item;
      }
    }
    return;
  }
  if (/json/.test(page.contentType)) {
    for (const line of page.text.split('\n')) {
      try { const rec = line.trim() ? fromRecord(JSON.parse(line), source) : null; if (rec) yield rec; } catch { /* reported below */ }
    }
    return;
  }
  yield /html/.test(page.contentType) || /<html/i.test(page.text.slice(0, 500))
    ? { id: url, url, html: page.text, source } : { id: url, url, text: page.text, source };
}

/** Every raw input named by `args`; problems (unreadable files, bad lines) are collected, not thrown. */
export async function* collectInputs(args: readonly string[], problems: InputProblem[]): AsyncGenerator<RawInput> {
  for (const arg of args) {
    try {
      if (/^https?:\/\//i.test(arg)) { yield* fromUrl(arg, problems); continue; }
      const s = await stat(arg);
      const files = s.isDirectory() ? await walk(arg) : [arg];
      for (const f of files) {
        try { yield* fromFile(f, s.isDirectory() ? arg : f, problems); } catch (err) { problems.push({ where: f, message: (err as Error).message }); }
      }
    } catch (err) {
      problems.push({ where: arg, message: (err as Error).message });
    }
  }
}
