// What the app shows once the Cloud session is gone: the whole frame becomes the "expired" page.

export function showSessionExpired() {
  const { loginUrl, expiredMessage } = document.body.dataset;
  const main = document.createElement('main');
  main.className = 'expired';
  const card = document.createElement('div');
  card.className = 'expired-card';
  const text = document.createElement('p');
  text.textContent = expiredMessage || 'Your session has expired. Log in again.';
  const link = document.createElement('a');
  link.className = 'button primary';
  link.href = loginUrl;
  link.target = '_top';
  link.textContent = 'Log in';
  card.append(text, link);
  main.append(card);
  document.body.replaceChildren(main);
}
