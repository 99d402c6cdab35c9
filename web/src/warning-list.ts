// The API's query warnings ("event:THREAT — did you mean event:THREATEN?", an actor the network does not
// hold, a speaker quoted nowhere) in a list above a view's answer, so an empty or odd answer says why.
import type { QueryWarning } from '../../src/server/api-types.js';
import { h } from './dom.js';

/** An empty, hidden list for a view's warnings; fill it with showWarnings. */
export function warningList(testId: string): HTMLUListElement {
  const list = h('ul', { class: 'warnings', attrs: { role: 'status', 'data-testid': testId } });
  list.hidden = true;
  return list;
}

/** Show `warnings` in `list` (one item each, its code in data-code); hidden when there are none. */
export function showWarnings(list: HTMLUListElement, warnings: readonly QueryWarning[]): void {
  list.replaceChildren(...warnings.map((w) => h('li', { attrs: { 'data-code': w.code } }, [w.message])));
  list.hidden = warnings.length === 0;
}
