// An input-based combobox (<input role=combobox aria-controls=…>). Its listbox is rendered at the end of <body>
// (a portal, outside the dialog) when it opens, shows "Loading…" and gets its options a moment later.
// Typing filters the options; choosing one puts its label in the input. The chosen option's label is the value.
import { between, el, newId, pause } from './cloud-dom.js';

/**
 * label: the field's label; load: async () => [labels]; onChange(label): after a choice.
 * Returns { element, input, value (getter/setter), reset() }.
 */
export function combobox({ label, load, onChange = () => {}, help = null }) {
  const id = newId('combo');
  const listId = `${id}-listbox`;
  let chosen = '';
  let list = null;
  let opening = 0;
  const input = el('input', {
    id, role: 'combobox', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-autocomplete': 'list',
    autocomplete: 'off', className: 'eti-input eti-combo', placeholder: 'Select…',
  });

  function close() {
    opening++;
    list?.remove();
    list = null;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function choose(option) {
    chosen = option;
    input.value = option;
    close();
    onChange(option);
  }

  function render(options) {
    const typed = input.value.trim().toLowerCase();
    const shown = typed === '' || typed === chosen.toLowerCase() ? options : options.filter((o) => o.toLowerCase().includes(typed));
    list.replaceChildren(...(shown.length === 0
      ? [el('div', { className: 'eti-nooptions', text: 'No options' })]
      : shown.map((o) => el('div', {
        role: 'option', id: newId('option'), 'aria-selected': o === chosen ? 'true' : 'false', className: 'eti-option',
        onClick: () => choose(o),
      }, o))));
  }

  async function open() {
    if (list) return;
    const mine = ++opening;
    const box = input.getBoundingClientRect();
    list = el('div', {
      id: listId, role: 'listbox', 'aria-label': label, className: 'eti-listbox',
      style: `top:${box.bottom + scrollY + 2}px;left:${box.left + scrollX}px;width:${box.width}px`,
      onMousedown: (event) => event.preventDefault(), // keep the focus in the input
    }, el('div', { className: 'eti-loading', text: 'Loading…' }));
    document.body.append(list);
    input.setAttribute('aria-expanded', 'true');
    const [options] = await Promise.all([load(), pause(between(200, 500))]);
    if (mine !== opening || !list) return;
    list.options = options;
    render(options);
  }

  input.addEventListener('click', open);
  input.addEventListener('input', () => { if (!list) open(); else if (list.options) render(list.options); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') open();
    if (event.key === 'Escape') { close(); input.value = chosen; }
    if (event.key === 'Enter' && list?.options) {
      event.preventDefault();
      const first = list.querySelector('[role=option]');
      if (first) choose(first.textContent);
    }
  });
  // Leaving the field without choosing puts the chosen label back, as Atlaskit's Select does.
  input.addEventListener('blur', () => { close(); input.value = chosen; });

  const helpId = help ? `${id}-help` : null;
  if (helpId) input.setAttribute('aria-describedby', helpId);
  const element = el('div', { className: 'eti-field' },
    el('label', { for: id, className: 'eti-label', text: label }), input,
    help ? el('small', { id: helpId, className: 'eti-help', text: help }) : null);
  return {
    element, input,
    get value() { return chosen; },
    set value(option) { chosen = option ?? ''; input.value = chosen; },
    close,
  };
}
