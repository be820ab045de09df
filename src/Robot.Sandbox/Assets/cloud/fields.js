// Text fields as Atlaskit lays them out: a visible <label for> above the input (the required mark sits
// outside the label, so the accessible name is exactly the label's words), an optional hint below.
import { h, uid } from './dom.js';

export function textField({ label, value = '', type = 'text', required = false, multiline = false, hint = null, inputmode = null, autocomplete = 'off', placeholder = null }) {
  const id = uid('field');
  const hintId = hint ? `${id}-hint` : null;
  const input = multiline
    ? h('textarea', { class: 'textarea', id, rows: 3, 'aria-describedby': hintId })
    : h('input', { class: 'text-input', id, type, inputmode, autocomplete, placeholder, 'aria-required': required ? 'true' : null, 'aria-describedby': hintId });
  input.value = value ?? '';
  const element = h('div', { class: 'field' },
    h('div', { class: 'field-label-row' },
      h('label', { class: 'field-label', for: id }, label),
      required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, '*') : null),
    input,
    hint ? h('div', { class: 'field-hint', id: hintId }, hint) : null);
  return {
    element,
    input,
    get value() { return input.value; },
    set value(text) { input.value = text; },
    setInvalid(invalid) { input.setAttribute('aria-invalid', invalid ? 'true' : 'false'); },
    focus() { input.focus(); },
  };
}

/** Marks the fields an API error names (errors: [{ field, message }]) and clears the others. */
export function markInvalid(fieldsByName, errors) {
  const bad = new Set((errors ?? []).map((e) => e.field));
  for (const [name, field] of Object.entries(fieldsByName)) field?.setInvalid(bad.has(name));
}
