// Polite HTTP fetching for ingest: a named User-Agent, a timeout, a size cap, and text only.
export const USER_AGENT = 'Parley/0.1 (+https://github.com/parley)';
const TIMEOUT_MS = 20_000;
const MAX_BYTES = 20 * 1024 * 1024;

/** GET a URL as text; throws with a clear message on timeout, HTTP errors or non-text bodies. */
export async function fetchText(url: string): Promise<{ text: string; contentType: string; finalUrl: string }> {
  const res = await fetch(url, {
    headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain, application/x-ndjson;q=0.9, */*;q=0.5' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: 'follow',
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const contentType = res.headers.get('content-type') ?? '';
  if (/^(image|video|audio)\//.test(contentType)) throw new Error(`${url}: not text (${contentType})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_BYTES) throw new Error(`${url}: larger than ${MAX_BYTES} bytes`);
  return { text: buf.toString('utf8'), contentType, finalUrl: res.url || url };
}

/** The publisher name for a URL: its host without "www." and the public suffix, e.g. "huffpost". */
export function sourceOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const parts = host.split('.');
    return parts.length >= 2 ? parts[parts.length - 2] === 'co' && parts.length >= 3 ? parts[parts.length - 3] : parts[parts.length - 2] : host;
  } catch {
    return undefined;
  }
}
