// Library: every sample and generated audio, to play, download and delete.
import { api, objectUrl } from '../api.js';
import { announce, busy, h, notice, page, section, seconds, when } from '../ui.js';

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
  return h('li', { class: 'item', 'data-item': `${item.item_type}-${item.id}` },
    h('div', {}, h('strong', {}, item.name), ' ',
      h('span', { class: 'meta' }, [item.item_type === 'sample' ? 'Sample' : 'Generated', seconds(item.duration_seconds),
        item.status, when(item.created_at)].filter(Boolean).join(' · '))),
    h('div', { class: 'actions' }, item.download_url ? play : null, remove), player, out);
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
