// Paragraph texts of an HTML element: one per block element (p, h1-h6, li, blockquote, ...), white
// space collapsed, script/style/template content never included. Walks with an explicit stack, so
// deeply nested hostile HTML cannot overflow the call stack.

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'TR', 'BR', 'HR', 'ASIDE', 'MAIN', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Page furniture skipped by the fallback extraction (Readability removes it on its own). */
export const FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

/** The paragraphs under `root`. `skip` adds element names to leave out. */
export function htmlParagraphs(root: Node, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) out.push(text);
    buffer = '';
  };
  // entries: a node to visit, or null marking the end of a block element
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) { flush(); continue; }
    if (node.nodeType === 3) { buffer += node.nodeValue ?? ''; continue; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = ((node as Element).tagName ?? '').toUpperCase();
    if (SKIP.has(name) || skip.has(name)) continue;
    if (BLOCKS.has(name)) { flush(); stack.push(null); }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return out;
}
