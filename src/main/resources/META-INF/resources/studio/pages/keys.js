// API keys: long-lived keys for scripts and integrations (OpenAI-compatible clients, Home Assistant, n8n).
import { api } from '../api.js';
import { announce, busy, field, h, notice, page, section, when } from '../ui.js';

function keyRow(key, refresh) {
  const out = notice();
  const revoke = h('button', { type: 'button', class: 'danger' }, 'Revoke',
    h('span', { class: 'visually-hidden' }, ` ${key.name || key.prefix}`));
  revoke.addEventListener('click', () => busy(revoke, out, async () => {
    if (!confirm(`Revoke “${key.name || key.prefix}”? Anything using it stops working at once.`)) return;
    await api(`/api/v1/auth/api-keys/${key.id}`, { method: 'DELETE' });
    announce(`${key.name || key.prefix} revoked`);
    refresh();
  }));
  return h('li', { class: 'item', 'data-key': key.id },
    h('div', {}, h('strong', {}, key.name || 'Unnamed key'), ' ',
      h('code', {}, `${key.prefix}…`), ' ',
      h('span', { class: 'meta' }, [`made ${when(key.created_at)}`,
        key.last_used_at ? `last used ${when(key.last_used_at)}` : 'never used'].join(' · '))),
    h('div', { class: 'actions' }, revoke), out);
}

function newKeyForm(onMade) {
  const out = notice();
  const name = h('input', { name: 'name', autocomplete: 'off', maxlength: 100 });
  const shown = h('div', { class: 'new-key', hidden: true });
  const button = h('button', { type: 'submit' }, 'Make key');
  const form = h('form', { class: 'stack', 'aria-label': 'Make an API key' },
    field('What it is for', name, 'Optional, e.g. “home assistant”'), button, out, shown);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      const made = await api('/api/v1/auth/api-keys', { method: 'POST', json: { name: name.value || undefined } });
      const value = h('input', { readonly: true, value: made.key, 'aria-label': 'Your new API key', class: 'key-value' });
      shown.replaceChildren(h('p', {}, 'Copy the key now: it is shown only this once.'), value);
      shown.hidden = false;
      value.focus();
      value.select();
      out.show(`Key “${made.name || made.prefix}” made.`, 'ok');
      form.querySelector('input[name=name]').value = '';
      onMade();
    });
  });
  return form;
}

export async function keysPage() {
  const list = h('ul', { class: 'library' });
  const out = notice();
  const refresh = async () => {
    try {
      const keys = await api('/api/v1/auth/api-keys');
      const items = keys.api_keys || [];
      list.replaceChildren(...(items.length ? items.map((k) => keyRow(k, refresh))
        : [h('li', { class: 'hint' }, 'No keys yet.')]));
    } catch (e) {
      out.error(e);
    }
  };
  await refresh();
  return page('API keys', 'Keys for scripts and other programs: send one as “Authorization: Bearer …” or “X-API-Key”, '
      + 'also to the OpenAI-compatible /v1/audio endpoints.',
    section('Make a key', newKeyForm(refresh)), section('Your keys', out, list));
}
