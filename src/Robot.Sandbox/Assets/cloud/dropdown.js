// A single-select dropdown made of divs, as UI kits render it (react-select): a div role=combobox named by its
// visible label (aria-labelledby), which opens a div role=listbox of div role=option. Mouse and keyboard.
import { h, uid } from './dom.js';

let openSelect = null;

document.addEventListener('mousedown', (event) => {
  if (openSelect && !openSelect.element.contains(event.target)) openSelect.close();
});

/**
 * options: strings (shown and stored as they are). value: the selected string or null.
 * Returns { element, value (get/set), setOptions(options, value), focus(), close() }.
 */
export function createSelect({ label, options, value = null, placeholder = 'Select...', required = false, onChange = null }) {
  const id = uid('select');
  const labelId = `${id}-label`;
  const listId = `${id}-listbox`;
  let items = [...options];
  let current = value;
  let active = -1;

  const valueText = h('span', { class: 'select-value' });
  const control = h('div', {
    class: 'select-control', role: 'combobox', id, tabindex: '0',
    'aria-labelledby': labelId, 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': listId,
    'aria-required': required ? 'true' : null,
  }, valueText, h('span', { class: 'select-chevron', 'aria-hidden': 'true' }));
  const menu = h('div', { class: 'select-menu', role: 'listbox', id: listId, 'aria-labelledby': labelId, hidden: true });
  const labelElement = h('label', { class: 'field-label', id: labelId, onclick: () => control.focus() }, label);
  const element = h('div', { class: 'field' },
    h('div', { class: 'field-label-row' }, labelElement, required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*') : null),
    h('div', { class: 'select' }, control, menu));

  // The placeholder is drawn by CSS (attr(data-placeholder)), so an empty dropdown's text is really empty.
  function renderValue() {
    valueText.textContent = current ?? '';
    valueText.dataset.placeholder = placeholder;
    valueText.classList.toggle('placeholder', current === null);
  }

  function optionId(index) {
    return `${id}-option-${index}`;
  }

  function renderMenu() {
    if (items.length === 0) {
      menu.replaceChildren(h('div', { class: 'select-option', 'aria-disabled': 'true' }, 'No options'));
      return;
    }
    menu.replaceChildren(...items.map((item, index) => h('div', {
      class: index === active ? 'select-option active' : 'select-option',
      role: 'option', id: optionId(index), 'aria-selected': item === current ? 'true' : 'false',
      onmousedown: (event) => event.preventDefault(), // keep the focus on the combobox
      onmousemove: () => setActive(index),
      onclick: () => choose(item),
    }, item)));
  }

  function setActive(index) {
    if (items.length === 0) return;
    active = Math.max(0, Math.min(items.length - 1, index));
    [...menu.children].forEach((child, i) => child.classList.toggle('active', i === active));
    control.setAttribute('aria-activedescendant', optionId(active));
    menu.children[active]?.scrollIntoView({ block: 'nearest' });
  }

  function open() {
    if (openSelect && openSelect !== api) openSelect.close();
    active = Math.max(0, items.indexOf(current));
    renderMenu();
    menu.hidden = false;
    control.setAttribute('aria-expanded', 'true');
    setActive(active);
    openSelect = api;
  }

  function close() {
    menu.hidden = true;
    control.setAttribute('aria-expanded', 'false');
    control.removeAttribute('aria-activedescendant');
    if (openSelect === api) openSelect = null;
  }

  function isOpen() {
    return !menu.hidden;
  }

  function choose(item) {
    const changed = item !== current;
    current = item;
    renderValue();
    close();
    control.focus();
    if (changed && onChange) onChange(item);
  }

  control.addEventListener('click', () => (isOpen() ? close() : open()));
  control.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen()) open();
        else setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Home':
      case 'End':
        if (!isOpen()) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : items.length - 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (isOpen() && active >= 0 && items.length > 0) choose(items[active]);
        else open();
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          event.stopPropagation(); // close the menu, not the dialog
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  const api = {
    element,
    control,
    get value() { return current; },
    set value(item) { current = item; renderValue(); },
    setOptions(newOptions, newValue = current) {
      items = [...newOptions];
      current = items.includes(newValue) ? newValue : null;
      renderValue();
      if (isOpen()) renderMenu();
    },
    setInvalid(invalid) { control.setAttribute('aria-invalid', invalid ? 'true' : 'false'); },
    focus() { control.focus(); },
    close,
  };
  renderValue();
  return api;
}
