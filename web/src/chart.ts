// A stacked bar chart in SVG, built with createElementNS (no markup strings). Each bar is clickable.

export type Bar = { label: string; parts: { key: string; value: number }[] };

const NS = 'http://www.w3.org/2000/svg';
// Tableau 20: one colour for each of PLOVER's 17 event types (with 12, THREATEN and COERCE shared a green)
export const SERIES_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#8cd17d', '#b6992d', '#499894', '#ff9d9a', '#79706e', '#d37295', '#d4a6c8', '#d7b5a6'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Draw bars; `colourOf` maps a part key to a colour; `onClick` receives the bar's index. */
export function barChart(bars: Bar[], onClick: (index: number) => void, colourOf: (key: string) => string = () => SERIES_COLOURS[0]): SVGSVGElement {
  const width = 900, height = 220, pad = 28;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0)));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img' });
  const step = (width - pad * 2) / Math.max(1, bars.length);
  const bw = Math.max(1, Math.min(60, step * 0.8));
  root.appendChild(svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }));
  const maxLabel = svg('text', { x: 2, y: pad - 8, class: 'tick' });
  maxLabel.textContent = String(max);
  root.appendChild(maxLabel);
  bars.forEach((bar, i) => {
    const g = svg('g', { class: 'bar', 'data-index': i, 'data-label': bar.label, tabindex: 0 });
    let y = height - pad;
    for (const part of bar.parts) {
      if (part.value <= 0) continue;
      const h = ((height - pad * 2) * part.value) / max;
      y -= h;
      g.appendChild(svg('rect', { x: pad + i * step, y, width: bw, height: Math.max(h, 0.5), fill: colourOf(part.key) }));
    }
    const title = svg('title', {});
    title.textContent = `${bar.label}: ${bar.parts.map((p) => `${p.key} ${p.value}`).join(', ')}`;
    g.appendChild(title);
    g.addEventListener('click', () => onClick(i));
    root.appendChild(g);
    if (bars.length <= 24 || i % Math.ceil(bars.length / 12) === 0) {
      const t = svg('text', { x: pad + i * step, y: height - 8, class: 'tick' });
      t.textContent = bar.label;
      root.appendChild(t);
    }
  });
  return root;
}
