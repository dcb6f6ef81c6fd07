// Speak: any text in any voice (the person's own or a stock one), heard back and checked by ear.
import { api, blobOf, followJob } from '../api.js';
import { pitchContour } from '../pitch.js';
import { decode, waveform } from '../waveform.js';
import { busy, Cancelled, facts, field, h, notice, page, percent, progress, section, seconds, select } from '../ui.js';

function voiceSelect(profiles, chosen) {
  const own = profiles.filter((p) => p.origin !== 'stock');
  const stock = profiles.filter((p) => p.origin === 'stock');
  // with nothing chosen: the person's first voice, else a stock voice in the browser's language (English otherwise)
  const wanted = (navigator.language || 'en').slice(0, 2);
  const fallback = own[0] || stock.find((p) => p.language === wanted) || stock.find((p) => p.language === 'en') || stock[0];
  chosen = chosen || (fallback && fallback.id);
  const option = (p) => h('option', { value: p.id, selected: p.id === chosen, 'data-language': p.language },
    `${p.name} (${[p.language, p.gender].filter(Boolean).join(', ')})`);
  return h('select', { name: 'voice', required: true },
    own.length ? h('optgroup', { label: 'Your voices' }, own.map(option)) : null,
    h('optgroup', { label: 'Stock voices' }, stock.map(option)));
}

function resultView(result, url, format) {
  const audio = h('audio', { controls: true, src: url, preload: 'auto', 'aria-label': 'The spoken text' });
  return h('div', { class: 'result' },
    audio,
    facts([
      ['Length', seconds(result.duration)],
      ['Heard by the output check', result.heard_text ? `“${result.heard_text}”` : undefined],
      ['Word error rate', result.word_error_rate === undefined ? undefined : percent(result.word_error_rate)],
      ['Likeness to the voice', result.similarity === undefined ? undefined : percent(result.similarity)],
      ['Engine', result.engine],
    ]),
    h('a', { class: 'button', href: url, download: `${result.filename || `speech.${format}`}` }, `Download ${format.toUpperCase()}`));
}

async function finished(jobId, onProgress) {
  const end = await followJob(jobId, onProgress);
  if (end.status === 'cancelled') throw new Cancelled('Cancelled: nothing was spoken.');
  if (end.status !== 'completed') throw new Error(end.error || `The job ${end.status}.`);
  return end;
}

/** One of the person's voices: a generation, kept in the library. */
async function speakOwn(order, onProgress) {
  const created = await api('/api/generation/create', { method: 'POST', json: { voice_profile_id: order.voice,
    sample_id: order.sample, model_name: order.name, script_text: order.text, language: order.language, format: order.format } });
  onProgress({ status: created.status, progress: created.progress });
  order.cancelWith(() => api(`/api/v1/process/cancel/${created.job_id}`, { method: 'POST' }));
  await finished(created.job_id, onProgress);
  const g = await api(`/api/generation/${created.audio_id}`);
  return { generation: g.audio_id, sample: g.sample_id, download: g.download_url, duration: g.duration_seconds, heard_text: g.heard_text,
    word_error_rate: g.word_error_rate, similarity: g.similarity, filename: `speech-${g.audio_id}.${order.format}` };
}

/** A stock voice: clone-voice speaks it into a file of the person's. */
async function speakStock(order, onProgress) {
  const job = await api('/api/v1/process/clone-voice', { method: 'POST', json: { voice_profile_id: order.voice,
    target_language: order.language, text_content: order.text, format: order.format } });
  onProgress(job);
  order.cancelWith(() => api(`/api/v1/process/cancel/${job.job_id}`, { method: 'POST' }));
  const { result } = await finished(job.job_id, onProgress);
  return { ...result, download: result.result_url };
}

/** The clone's pitch against its sample's, when the voice came from a sample. */
async function contourOf(spoken) {
  const clone = await api(`/api/library/pitch/generated/${spoken.generation}`);
  const tracks = [];
  if (spoken.sample) tracks.push({ ...(await api(`/api/library/pitch/sample/${spoken.sample}`)), label: 'Sample' });
  tracks.push({ ...clone, label: 'Clone' });
  return pitchContour(tracks);
}

export async function speakPage({ arg }) {
  const [{ profiles }, languages, { samples }] = await Promise.all([api('/api/v1/voices/profiles'),
    api('/api/v1/languages'), api('/api/samples/?skip=0&limit=100')]);
  // a voice made from a sample speaks as that sample's generation, so its pitch is drawn against the sample's
  const sampleOf = new Map(samples.filter((s) => s.voice_id).map((s) => [s.voice_id, s.sample_id]));
  const out = notice();
  const bar = progress('Speaking');
  const result = h('div', { class: 'result-holder' });
  const text = h('textarea', { name: 'text', rows: 4, required: true, maxlength: 5000 },
    'Good morning everyone, and welcome to the studio.');
  const voice = voiceSelect(profiles, arg);
  const language = select('language', Object.keys(languages.synthesis).map((l) => [l, l]), 'en');
  const format = select('format', [['wav', 'WAV'], ['mp3', 'MP3'], ['ogg', 'OGG']], 'wav');
  const pickLanguage = () => {
    const lang = voice.selectedOptions[0]?.dataset.language;
    if (lang && [...language.options].some((o) => o.value === lang)) language.value = lang;
  };
  voice.addEventListener('change', pickLanguage);
  pickLanguage();
  const button = h('button', { type: 'submit' }, 'Speak');
  const form = h('form', { class: 'stack', 'aria-label': 'Speak text' },
    field('Text', text), h('div', { class: 'row' }, field('Voice', voice), field('Language', language),
      field('Format', format)), button, bar, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      out.clear();
      result.replaceChildren();
      const own = profiles.some((p) => p.id === voice.value && p.origin !== 'stock');
      const spoken = await (own ? speakOwn : speakStock)({ voice: voice.value, name: profiles.find((p) => p.id === voice.value).name,
        sample: sampleOf.get(voice.value), text: text.value, language: language.value, format: format.value,
        cancelWith: bar.cancelWith }, bar.update);
      const blob = await blobOf(spoken.download);
      const url = URL.createObjectURL(blob);
      result.replaceChildren(resultView(spoken, url, format.value), waveform(await decode(blob), 'the spoken text'));
      if (spoken.generation) result.append(await contourOf(spoken));
      out.show('Spoken. Press play to listen.', 'ok');
    });
  });
  return page('Speak', 'Type anything and hear it in one of your voices or a stock voice.',
    section('Text to speech', form, result));
}
