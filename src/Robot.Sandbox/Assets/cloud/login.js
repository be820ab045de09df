// Atlassian's two-step login: the email first, then (same page) the password.
const form = document.getElementById('login-form');
const email = document.getElementById('username');
const passwordField = document.getElementById('password-field');
const password = document.getElementById('password');
const continueButton = document.getElementById('continue');
const logIn = document.getElementById('log-in');
const error = document.getElementById('login-error');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

function toPasswordStep() {
  if (email.value.trim() === '') {
    showError('Enter your email address.');
    email.focus();
    return;
  }
  error.hidden = true;
  email.readOnly = true;
  passwordField.hidden = false;
  continueButton.hidden = true;
  logIn.hidden = false;
  password.focus();
}

continueButton.addEventListener('click', toPasswordStep);

form.addEventListener('submit', (event) => {
  // Enter in the email field means Continue, not a login without a password.
  if (!passwordField.hidden) return;
  event.preventDefault();
  toPasswordStep();
});

if (form.dataset.step === 'password') password.focus(); else email.focus();
