// The studio's shell: hash routes to pages, the navigation, the signed-in account.
import { api, currentUser, forgetSession } from './api.js';
import { authPage } from './pages/auth.js';
import { voicesPage } from './pages/voices.js';
import { speakPage } from './pages/speak.js';
import { libraryPage } from './pages/library.js';
import { dubPage } from './pages/dub.js';
import { avatarPage } from './pages/avatar.js';
import { filmPage } from './pages/film.js';
import { keysPage } from './pages/keys.js';
import { h, page } from './ui.js';

const PAGES = {
  voices: voicesPage,
  speak: speakPage,
  library: libraryPage,
  dub: dubPage,
  avatar: avatarPage,
  film: filmPage,
  keys: keysPage,
};

const main = document.getElementById('main');
let shown = 0;

function route() {
  const [name, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  return { name: name || 'voices', arg: rest.join('/') };
}

function showAccount(user) {
  document.getElementById('nav').hidden = !user;
  document.getElementById('account').hidden = !user;
  document.getElementById('who').textContent = user ? user.username || user.email : '';
}

function markCurrent(name) {
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render() {
  const user = currentUser();
  const { name, arg } = route();
  const build = user ? PAGES[name] || PAGES.voices : authPage;
  showAccount(user);
  markCurrent(name);
  const ticket = ++shown;
  main.replaceChildren();
  let content;
  try {
    content = await build({ arg, done: render });
  } catch (e) {
    // the page could not load what it shows: say so in the API's words, with a way to try again
    content = page('Something went wrong', null, h('p', { class: 'notice', 'data-kind': 'error', role: 'alert' }, e.message),
      h('button', { type: 'button', onclick: render }, 'Try again'));
  }
  if (ticket !== shown) return;
  main.replaceChildren(...[content].flat().filter(Boolean));
  document.title = `${main.querySelector('h1')?.textContent || 'Studio'} · Loqui Studio`;
  main.querySelector('h1')?.focus();
}

async function signOut() {
  try {
    await api('/api/v1/auth/logout', { method: 'DELETE' });
  } catch {
    // the session is forgotten here whatever the server says
  }
  forgetSession();
}

document.getElementById('signout').addEventListener('click', signOut);
window.addEventListener('hashchange', render);
window.addEventListener('loqui:signed-out', () => {
  location.hash = '#/signin';
  render();
});
render();
