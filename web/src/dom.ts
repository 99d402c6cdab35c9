// Builds DOM from data. Article text is hostile, so nothing here parses markup: strings become text
// nodes, attributes are set one by one, and there is no innerHTML anywhere in the page.

export type Child = Node | string | number | null | undefined | false;
export type Props = {
  class?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
};

/** Make an element with properties and children. `h('b', {}, ['Putin'])` → <b>Putin</b> */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`h: event attribute ${name} is not allowed; use props.on`);
    el.setAttribute(name, value);
  }
  for (const [name, fn] of Object.entries(props.on ?? {})) el.addEventListener(name, fn as EventListener);
  append(el, children);
  return el;
}

/** Append children; strings and numbers become text nodes. */
export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace everything inside `el`. */
export function replace(el: Element, children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A link to a route of the page. */
export function link(route: string, children: Child[], cls?: string): HTMLAnchorElement {
  return h('a', { class: cls, attrs: { href: `#${route}` } }, children);
}

/** A short date from an ISO instant, or an empty string. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}
