// Sign in and create an account.
import { api, keepSession } from '../api.js';
import { busy, field, h, notice, page } from '../ui.js';

function input(name, type, autocomplete, required = true) {
  return h('input', { name, type, autocomplete, required });
}

function form(title, fields, submitText, onSubmit) {
  const out = notice();
  const button = h('button', { type: 'submit' }, submitText);
  const el = h('form', { class: 'card auth', 'aria-label': title, novalidate: false }, h('h2', {}, title), fields,
    button, out);
  el.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, () => onSubmit(Object.fromEntries(new FormData(el))));
  });
  return el;
}

export function authPage({ done }) {
  const enter = (auth) => {
    keepSession(auth);
    location.hash = '#/voices';
    done();
  };
  const signIn = form('Sign in', [
    field('Email or username', input('login', 'text', 'username')),
    field('Password', input('password', 'password', 'current-password')),
  ], 'Sign in', async ({ login, password }) => enter(await api('/api/v1/auth/login', {
    method: 'POST', anonymous: true, json: login.includes('@') ? { email: login, password } : { username: login, password },
  })));
  const register = form('Create an account', [
    field('Username', input('username', 'text', 'username')),
    field('Email', input('email', 'email', 'email')),
    field('Full name', input('full_name', 'text', 'name', false), 'Optional'),
    field('Password', input('password', 'password', 'new-password')),
  ], 'Create account', async (values) => enter(await api('/api/v1/auth/register', {
    method: 'POST', anonymous: true, json: { ...values, full_name: values.full_name || undefined },
  })));
  return page('Welcome to Loqui Studio',
    'Clone your voice, speak any text in it, dub videos, make talking avatars and short films, all on this server.',
    h('div', { class: 'two' }, signIn, register));
}
