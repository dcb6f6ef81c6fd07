// Dub a video: upload it, choose the language, watch the job, play the dubbed video with its subtitles.
import { api, followJob, objectUrl } from '../api.js';
import { busy, Cancelled, field, h, notice, page, progress, section, seconds, select } from '../ui.js';

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

function phraseTable(phrases) {
  return h('table', { class: 'phrases' },
    h('caption', {}, 'Phrases'),
    h('thead', {}, h('tr', {}, ['Time', 'Original', 'Translation'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, phrases.map((p) => h('tr', {},
      h('td', {}, `${seconds(p.dubbed_start)} – ${seconds(p.dubbed_end)}`), h('td', {}, p.text), h('td', {}, p.translation)))));
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
  const button = h('button', { type: 'submit' }, 'Dub video');
  const form = h('form', { class: 'stack', 'aria-label': 'Dub a video' },
    field('Video', file, 'MP4, MOV, WebM or MKV with English speech'),
    h('div', { class: 'row' }, field('Dub into', target), field('Voice', voice)), button, bar, out);
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
        source_language: 'en', target_language: target.value, voice_profile_id: voice.value || undefined } });
      bar.update(job);
      bar.cancelWith(() => api(`/api/v1/process/cancel/${job.job_id}`, { method: 'POST' }));
      const end = await followJob(job.job_id, bar.update);
      if (end.status === 'cancelled') throw new Cancelled('Cancelled: the video was not dubbed.');
      if (end.status !== 'completed') throw new Error(end.error || `The job ${end.status}.`);
      const url = await objectUrl(end.result.result_url);
      const phrases = end.result.phrases || [];
      result.replaceChildren(
        h('video', { controls: true, preload: 'auto', src: url, class: 'video', 'aria-label': 'Dubbed video' },
          h('track', { kind: 'subtitles', srclang: target.value, label: target.value, src: subtitles(phrases), default: true })),
        h('a', { class: 'button', href: url, download: 'dubbed.mp4' }, 'Download video'),
        phraseTable(phrases));
      out.show(`Dubbed into ${target.value}: ${phrases.length} phrases.`, 'ok');
    });
  });
  return page('Dub a video', 'The speech of a video, translated and spoken in the speaker’s own voice.',
    section('New dub', form, result));
}
