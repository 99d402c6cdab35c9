// The analyst's desk: a hash router over the views. Each view fetches from the API and builds DOM
// with text nodes only. Errors show in the page, never as alerts.
import './style.css';
import { h, replace } from './dom.js';
import { articleView, articlesView, pasteView } from './views-articles.js';
import { searchView } from './views-search.js';
import { speakerView } from './views-speaker.js';
import { networkView } from './views-network.js';
import { timelineView } from './views-timeline.js';

const app = document.getElementById('app')!;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) a.classList.toggle('active', a.dataset.nav === (parts[0] ?? 'articles'));
  document.body.dataset.view = 'loading';
  try {
    if (parts[0] === 'article' && parts[1]) await articleView(app, parts[1], params);
    else if (parts[0] === 'paste') pasteView(app);
    else if (parts[0] === 'search') await searchView(app, params);
    else if (parts[0] === 'speaker' && parts[1]) await speakerView(app, parts[1]);
    else if (parts[0] === 'network') await networkView(app, params);
    else if (parts[0] === 'timeline') await timelineView(app, params);
    else await articlesView(app, params);
  } catch (err) {
    replace(app, [h('p', { class: 'error', attrs: { role: 'alert' } }, [`Error: ${(err as Error).message}`])]);
  }
  document.body.dataset.view = parts[0] ?? 'articles';
}

window.addEventListener('hashchange', () => void route());
void route();
