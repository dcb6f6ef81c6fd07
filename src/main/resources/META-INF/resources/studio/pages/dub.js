// Dub a video: upload it, choose the language, watch the job, play the dubbed video with its subtitles.
import { api, followJob, objectUrl } from '../api.js';
import { announce, busy, Cancelled, field, h, notice, page, progress, section, seconds, select } from '../ui.js';

function vttTime(s) {
  const ms = Math.round(s * 1000);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Subtitles of the translation, timed where the dubbed phrases are spoken. */
function subtitles(phrases) {
  const cues = phrases.map((p, i) => `${i + 1}\n${vttTime(p.dubbed_start)} --> ${vttTime(p.dubbed_end)}\n${p.translation}\n`);
  return URL.createObjectURL(new Blob([`WEBVTT\n\n${cues.join('\n')}`], { type: 'text/vtt' }));
}

/** The phrases, each translation fixable: "Fix" opens a field, "Re-render" makes a dub-edit job. */
function phraseTable(phrases, onFix) {
  const row = (p, i) => {
    const index = p.index === undefined ? i : p.index;
    const cell = h('td', { class: 'translation', 'data-label': 'Translation' }, p.translation);
    const fix = h('button', { type: 'button', class: 'quiet small' }, 'Fix',
      h('span', { class: 'visually-hidden' }, ` phrase ${index + 1}`));
    fix.addEventListener('click', () => {
      const text = h('input', { name: 'translation', value: p.translation, autocomplete: 'off' });
      const render = h('button', { type: 'submit' }, 'Re-render');
      const cancel = h('button', { type: 'button', class: 'quiet' }, 'Cancel');
      const form = h('form', { class: 'fix-phrase', 'aria-label': `Fix phrase ${index + 1}` },
        field(`Translation of phrase ${index + 1}`, text), h('div', { class: 'actions' }, render, cancel));
      cancel.addEventListener('click', () => { cell.replaceChildren(p.translation); fix.hidden = false; fix.focus(); });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!text.value.trim()) return;
        onFix(index, text.value.trim(), render);
      });
      cell.replaceChildren(form);
      fix.hidden = true;
      text.focus();
    });
    return h('tr', { 'data-index': index },
      h('td', { 'data-label': 'Time' }, `${seconds(p.dubbed_start)} – ${seconds(p.dubbed_end)}`),
      h('td', { 'data-label': 'Original' }, p.text), cell, h('td', { class: 'change' }, fix));
  };
  return h('table', { class: 'phrases' },
    h('caption', {}, 'Phrases'),
    h('thead', {}, h('tr', {}, ['Time', 'Original', 'Translation', 'Change'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, phrases.map(row)));
}

function targets(languages) {
  const spoken = new Set(Object.keys(languages.synthesis));
  return [...new Set(languages.translation.filter((pair) => pair.startsWith('en-'))
    .map((pair) => pair.slice(3)).filter((l) => spoken.has(l)))];
}

export async function dubPage() {
  const [languages, { profiles }] = await Promise.all([api('/api/v1/languages'), api('/api/v1/voices/profiles')]);
  const out = notice();
  const bar = progress('Dubbing');
  const result = h('div', { class: 'result-holder' });
  const file = h('input', { name: 'file', type: 'file', accept: 'video/*', required: true });
  const langs = targets(languages);
  const target = select('target_language', langs.map((l) => [l, l]), langs.includes('es') ? 'es' : langs[0]);
  const voice = select('voice', [['', 'The speaker’s own voice'],
    ...profiles.filter((p) => p.origin !== 'stock').map((p) => [p.id, p.name])], '');
  const lipSync = h('input', { name: 'lip_sync', type: 'checkbox', id: 'dub-lip-sync' });
  const captions = h('input', { name: 'burn_captions', type: 'checkbox', id: 'dub-captions' });
  const slowPicture = h('input', { name: 'slow_picture', type: 'checkbox', id: 'dub-slow-picture' });
  let language = 'es';
  const button = h('button', { type: 'submit' }, 'Dub video');
  const form = h('form', { class: 'stack', 'aria-label': 'Dub a video' },
    field('Video', file, 'MP4, MOV, WebM or MKV with English speech'),
    h('div', { class: 'row' }, field('Dub into', target), field('Voice', voice),
      h('div', { class: 'check' }, lipSync, h('label', { for: lipSync.id }, 'Lip-sync the face')),
      h('div', { class: 'check' }, captions, h('label', { for: captions.id }, 'Burn in captions')),
      h('div', { class: 'check' }, slowPicture,
        h('label', { for: slowPicture.id }, 'Slow the picture where a phrase would be hurried'))), button, bar, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      result.replaceChildren();
      out.show('Uploading the video…');
      const body = new FormData();
      body.append('file', file.files[0]);
      const video = await api('/api/v1/files/upload', { method: 'POST', body });
      out.show('Dubbing…');
      const job = await api('/api/v1/process/dub', { method: 'POST', json: { video_file_id: video.file_id,
        source_language: 'en', target_language: target.value, voice_profile_id: voice.value || undefined,
        lip_sync: lipSync.checked || undefined, burn_captions: captions.checked || undefined,
        slow_picture: slowPicture.checked || undefined } });
      bar.update(job);
      bar.cancelWith(() => api(`/api/v1/process/cancel/${job.job_id}`, { method: 'POST' }));
      const end = await followJob(job.job_id, bar.update);
      if (end.status === 'cancelled') throw new Cancelled('Cancelled: the video was not dubbed.');
      if (end.status !== 'completed') throw new Error(end.error || `The job ${end.status}.`);
      language = target.value;
      await show(job.job_id, end);
      const count = (end.result.phrases || []).length;
      out.show(`Dubbed into ${target.value}: ${count} ${count === 1 ? 'phrase' : 'phrases'}.`, 'ok');
    });
  });
  /** Play a finished dub (or dub-edit) with its subtitles and its phrase list, each phrase fixable. */
  async function show(jobId, end) {
    const url = await objectUrl(end.result.result_url);
    let phrases = end.result.phrases || [];
    try {
      phrases = (await api(`/api/v1/process/dub/${jobId}/phrases`)).phrases || phrases;
    } catch {
      // the result's own phrases are shown
    }
    const fixOut = notice();
    const fixBar = progress('Re-rendering');
    const onFix = (index, translation, render) => busy(render, fixOut, async () => {
      fixOut.show(`Re-rendering phrase ${index + 1}…`);
      const edit = await api(`/api/v1/process/dub/${jobId}/phrases/${index}`, { method: 'PATCH', json: { translation } });
      fixBar.update(edit);
      fixBar.cancelWith(() => api(`/api/v1/process/cancel/${edit.job_id}`, { method: 'POST' }));
      const done = await followJob(edit.job_id, fixBar.update);
      if (done.status === 'cancelled') throw new Cancelled('Cancelled: the dub was left as it was.');
      if (done.status !== 'completed') throw new Error(done.error || `The job ${done.status}.`);
      const shown = await show(edit.job_id, done);
      shown.show(`Phrase ${index + 1} re-rendered: “${translation}”.`, 'ok');
      announce(`Phrase ${index + 1} re-rendered`);
    });
    result.replaceChildren(
      h('video', { controls: true, preload: 'auto', src: url, class: 'video', 'aria-label': 'Dubbed video',
        'data-job-id': jobId },
        h('track', { kind: 'subtitles', srclang: language, label: language, src: subtitles(phrases), default: true })),
      h('a', { class: 'button', href: url, download: 'dubbed.mp4' }, 'Download video'),
      phraseTable(phrases, onFix), fixBar, fixOut);
    return fixOut;
  }
  return page('Dub a video', 'The speech of a video, translated and spoken in the speaker’s own voice.',
    section('New dub', form, result));
}
