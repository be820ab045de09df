// Builds elements. Every value becomes text (textContent / text nodes), never markup:
// names hold quotes, <script>, emoji and right-to-left text.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

let sequence = 0;

/** A document-unique id for label / aria wiring. */
export function uid(prefix) {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** The Atlaskit spinner, announced as a progress bar while something loads. */
export function progressbar(label) {
  return h('div', { class: 'spinner-wrap', role: 'progressbar', 'aria-label': label, 'aria-busy': 'true' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }));
}
