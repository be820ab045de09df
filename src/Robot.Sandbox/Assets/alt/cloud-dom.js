// Element building for the alt Cloud app. Values always become text, never markup.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

let next = 0;
export const newId = (prefix) => `${prefix}-${++next}`;

export const pause = (ms) => new Promise((done) => setTimeout(done, ms));
export const between = (min, max) => min + Math.floor(Math.random() * (max - min + 1));

/** The app's words, sent by the server (AltWords.cs). */
export const WORDS = JSON.parse(document.body.dataset.words || '{}');
