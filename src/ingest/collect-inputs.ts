// What to ingest: every argument becomes raw inputs. Folders are walked recursively (sorted, so a
// rerun sees the same order); JSONL/NDJSON dumps give one input per line; .html pages, RSS/Atom
// feeds and plain text files one per article; http(s) URLs are fetched (feeds, then their items).
// A file's article id (docs/ingest.md): a saved page's own URL when its head names one, else its path
// without the extension, relative to the folder named (a walk) or to the working directory (a file named).
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { contentId } from '../analyze/content-id.js';
import { ReadError } from '../read/article-input.js';
import { decodeBytes } from '../read/decode-bytes.js';
import { canonicalUrl } from './canonical-url.js';
import { fetchText, sourceOf } from './fetch-url.js';
import { isFeed, readFeed } from './read-feed.js';
import type { RawInput } from './raw-input.js';

/** `notice`: the input went in, but not as one would guess (an id changed to avoid a collision). */
export type InputProblem = { where: string; message: string; notice?: true };

/**
 * Largest file read as one article (JSONL dumps and feeds, read item by item, have no limit). Analysis takes
 * about 2 s of CPU per MB of plain text, so a 20 MB log dropped into a news folder held the batch for minutes;
 * the longest PolNeAR article is under 40 KB.
 */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** Archives, images, annotations, and databases with their write-ahead and journal files ("parley.db-wal"): `parley ingest .` beside its own store must not read it. */
const SKIP = new Set(['.gz', '.zip', '.png', '.jpg', '.jpeg', '.gif', '.pdf', '.ann',
  ...['.db', '.sqlite', '.sqlite3'].flatMap((x) => [x, `${x}-wal`, `${x}-shm`, `${x}-journal`])]);

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

async function* fromJsonl(file: string, shown: string, problems: InputProblem[]): AsyncGenerator<RawInput> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      const rec = fromRecord(JSON.parse(line));
      if (rec) yield rec;
      else problems.push({ where: `${shown}:${n}`, message: 'record has neither "text" nor "html"' });
    } catch (err) {
      problems.push({ where: `${shown}:${n}`, message: `not JSON: ${(err as Error).message}` });
    }
  }
}

/** A file's path as the user named it: relative to `cwd` when under it, else absolute; "/" between folders. */
export function pathName(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, file) : rel).split('\\').join('/');
}

/** "deep/b.txt" → "deep/b": ids drop the extension, as they always have ("a.txt" is article "a"). */
export const idOfPath = (path: string): string => path.slice(0, path.length - extname(path).length);

async function* fromFile(file: string, shown: string, id: string, problems: InputProblem[]): AsyncGenerator<RawInput> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') { yield* fromJsonl(file, shown, problems); return; }
  const { size } = await stat(file);
  if (size > MAX_ARTICLE_BYTES && !['.json', '.xml', '.rss', '.atom'].includes(ext)) {
    throw new Error(`too-large: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_ARTICLE_BYTES / 1048576} MB of one article`);
  }
  const bytes = await readFile(file);
  // a binary file is refused by name; bad UTF-8 goes in with U+FFFD, and the run says where
  const { text: body, diagnostics } = decodeBytes(bytes);
  for (const d of diagnostics) problems.push({ where: shown, message: `${d.rule}: ${d.message}`, notice: true });
  if (ext === '.json') {
    try {
      const data = JSON.parse(body);
      for (const r of Array.isArray(data) ? data : [data]) {
        const rec = r && typeof r === 'object' ? fromRecord(r) : null;
        if (rec) yield rec;
      }
    } catch (err) {
      problems.push({ where: shown, message: `not JSON: ${(err as Error).message}` });
    }
    return;
  }
  if (['.xml', '.rss', '.atom'].includes(ext) || ((ext === '.html' || ext === '') && isFeed(body))) {
    for (const item of readFeed(body)) yield item;
    return;
  }
  // the day in the file name is a fallback: a dated dateline in the text is more precise
  const { source, published } = nameFacts(basename(id));
  const dated = published && !/\b(19|20)\d\d\b/.test(body.slice(0, 300)) ? published : undefined;
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)/i.test(body.slice(0, 200))) {
    // a saved page that names its own URL is that article: two saves of it are revisions, two "index.html" are not one
    const url = canonicalUrl(body);
    yield url ? { id: url, url, html: body, source: source ?? sourceOf(url), published: dated } : { id, html: body, source, published: dated };
  } else yield { id, text: body, source, published: dated };
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

/** Every raw input named by `args`; problems (unreadable files, bad lines) are collected, not thrown.
 * `cwd` is where file names are read from (default: the process's). */
export async function* collectInputs(args: readonly string[], problems: InputProblem[], cwd = process.cwd()): AsyncGenerator<RawInput> {
  // id → the file that took it in this run: "2016/" and "2017/" may both hold "a.txt"
  const owners = new Map<string, string>();
  const idFor = (file: string, rel: string): string => {
    let id = idOfPath(rel);
    const owner = owners.get(id);
    if (owner !== undefined && owner !== file) {
      const longer = idOfPath(pathName(file, cwd));
      problems.push({ where: pathName(file, cwd), message: `id "${id}" is taken by ${pathName(owner, cwd)} in this run: stored as "${longer}"`, notice: true });
      id = longer;
    }
    owners.set(id, file);
    return id;
  };
  for (const arg of args) {
    try {
      if (/^https?:\/\//i.test(arg)) { yield* withText(fromUrl(arg, problems), arg, problems); continue; }
      const path = resolve(cwd, arg);
      const s = await stat(path);
      // a folder's files by their path inside it; a file named by its path from the working directory
      const files = s.isDirectory() ? (await walk(path)).map((f) => [f, relative(path, f).split('\\').join('/')]) : [[path, pathName(path, cwd)]];
      for (const [f, rel] of files) {
        const shown = pathName(f, cwd);
        const id = idFor(f, rel);
        // a file named by its path: its longer ids, should an earlier run have given its id to another file (resolve-file-ids.ts)
        const altIds = [...new Set([idOfPath(shown), idOfPath(resolve(f).split('\\').join('/'))])].filter((x) => x !== id);
        const own = (r: RawInput): RawInput => (r.id === id && !r.url ? { ...r, origin: f, altIds } : r);
        try {
          for await (const r of withText(fromFile(f, shown, id, problems), shown, problems, id)) yield own(r);
        } catch (err) { problems.push({ where: shown, message: messageOf(err) }); }
      }
    } catch (err) {
      problems.push({ where: arg, message: messageOf(err) });
    }
  }
}

/** "ENOENT: no such file or directory, stat '/abs/path'" says the path twice and the code first: say it plainly. */
function messageOf(err: unknown): string {
  if (err instanceof ReadError) return `${err.code}: ${err.message}`;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message;
}

/** An empty file or record is no article: said by name, not stored as an empty document (two of them were "copies"). */
async function* withText(inputs: AsyncGenerator<RawInput>, where: string, problems: InputProblem[], ownId?: string): AsyncGenerator<RawInput> {
  for await (const r of inputs) {
    if ((r.text ?? '').trim() === '' && (r.html ?? '').replace(/<[^>]*>/g, '').trim() === '' && !r.headline) {
      problems.push({ where: r.id === ownId ? where : `${where}: ${r.id}`, message: 'empty: no text to analyse' });
    } else yield r;
  }
}
