// Library: every sample and generated audio, to play (and seek: the file is held whole in the page), download,
// rename and delete.
import { api, objectUrl } from '../api.js';
import { announce, busy, field, h, notice, page, section, seconds, when } from '../ui.js';

/** A Rename button that opens a one-field form in place; saving answers the item under its new name. */
function renamer(item, out, onRenamed) {
  const open = h('button', { type: 'button' }, 'Rename', h('span', { class: 'visually-hidden' }, ` ${item.name}`));
  const name = h('input', { name: 'name', value: item.name, required: true, maxlength: 200, autocomplete: 'off' });
  const save = h('button', { type: 'submit' }, 'Save name');
  const close = h('button', { type: 'button', class: 'quiet' }, 'Keep the old name');
  const form = h('form', { class: 'rename row', hidden: true, 'aria-label': `Rename ${item.name}` },
    field('New name', name), save, close);
  const toggle = (editing) => {
    form.hidden = !editing;
    open.hidden = editing;
    if (editing) name.focus();
    else open.focus();
  };
  open.addEventListener('click', () => toggle(true));
  close.addEventListener('click', () => toggle(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(save, out, async () => {
      const renamed = await api(`/api/library/${item.item_type}/${item.id}`, { method: 'PATCH', json: { name: name.value } });
      announce(`Renamed to ${renamed.name}`);
      onRenamed(renamed);
    });
  });
  return { open, form };
}

function itemRow(item, refresh) {
  const out = notice();
  const player = h('div', { class: 'player' });
  const play = h('button', { type: 'button' }, 'Play', h('span', { class: 'visually-hidden' }, ` ${item.name}`));
  play.addEventListener('click', () => busy(play, out, async () => {
    const url = await objectUrl(item.download_url);
    const audio = h('audio', { controls: true, src: url, autoplay: true, 'aria-label': item.name });
    player.replaceChildren(audio,
      h('a', { href: url, download: item.name }, 'Download', h('span', { class: 'visually-hidden' }, ` ${item.name}`)));
    play.hidden = true;
  }));
  const remove = h('button', { type: 'button', class: 'danger' }, 'Delete',
    h('span', { class: 'visually-hidden' }, ` ${item.name}`));
  remove.addEventListener('click', () => busy(remove, out, async () => {
    if (!confirm(`Delete “${item.name}”?`)) return;
    await api(`/api/library/${item.item_type}/${item.id}`, { method: 'DELETE' });
    announce(`${item.name} deleted`);
    refresh();
  }));
  const rename = renamer(item, out, refresh);
  return h('li', { class: 'item', 'data-item': `${item.item_type}-${item.id}` },
    h('div', {}, h('strong', { class: 'name' }, item.name), ' ',
      h('span', { class: 'meta' }, [item.item_type === 'sample' ? 'Sample' : 'Generated', seconds(item.duration_seconds),
        item.status, when(item.created_at)].filter(Boolean).join(' · '))),
    h('div', { class: 'actions' }, item.download_url ? play : null, rename.open, remove), rename.form, player, out);
}

export async function libraryPage() {
  const list = h('ul', { class: 'library' });
  const out = notice();
  const counts = h('p', { class: 'meta' });
  const refresh = async () => {
    try {
      const body = await api('/api/library/all?skip=0&limit=100');
      counts.textContent = `${body.samples_count} samples, ${body.generated_count} generated`;
      list.replaceChildren(...(body.items.length ? body.items.map((i) => itemRow(i, refresh))
        : [h('li', { class: 'hint' }, 'Nothing here yet: upload a sample on the Voices page.')]));
    } catch (e) {
      out.error(e);
    }
  };
  await refresh();
  return page('Library', 'Your samples and everything spoken from them.', section('All items', counts, out, list));
}
