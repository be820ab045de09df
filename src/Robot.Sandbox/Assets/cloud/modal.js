// Atlaskit's modal dialog: role=dialog named by its heading. One at a time; Escape or Cancel closes it.
import { h, uid } from './dom.js';

let current = null;

export function closeModal() {
  if (!current) return;
  const { blanket, onKey, opener } = current;
  document.removeEventListener('keydown', onKey);
  blanket.remove();
  current = null;
  if (opener?.isConnected) opener.focus();
}

/** Opens a dialog; returns { dialog, body, footer, close }. */
export function openModal(title) {
  closeModal();
  const headingId = uid('dialog-title');
  const body = h('div', { class: 'modal-body' });
  const footer = h('div', { class: 'modal-footer' });
  const dialog = h('section', { class: 'modal', role: 'dialog', 'aria-labelledby': headingId },
    h('div', { class: 'modal-header' }, h('h2', { id: headingId }, title)),
    body,
    footer);
  const blanket = h('div', { class: 'blanket' }, dialog);
  const onKey = (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) closeModal();
  };
  document.addEventListener('keydown', onKey);
  current = { blanket, onKey, opener: document.activeElement };
  document.body.append(blanket);
  return { dialog, body, footer, close: closeModal };
}
