// Voices: upload or record a sample, see how usable it is, and the voices made from it.
import { api, blobOf } from '../api.js';
import { announce, busy, facts, field, h, notice, page, percent, section, seconds, select, when } from '../ui.js';
import { decode, waveform } from '../waveform.js';
import { microphone, recorder } from './recorder.js';

function qualityFacts(sample) {
  const q = sample.quality || {};
  return facts([
    ['Length', seconds(sample.duration_seconds)],
    ['Speech', seconds(q.speech_seconds)],
    ['Signal to noise', q.snr_db === undefined ? undefined : `${q.snr_db.toFixed(1)} dB`],
    ['Background noise', q.noise_floor_dbfs === undefined ? undefined : `${q.noise_floor_dbfs.toFixed(1)} dBFS`],
    ['Clipping', q.clipping_ratio === undefined ? undefined : percent(q.clipping_ratio)],
    ['Voice', [sample.gender, sample.median_pitch_hz ? `${sample.median_pitch_hz} Hz` : null].filter(Boolean).join(', ') || undefined],
  ]);
}

function warnings(sample) {
  const list = (sample.quality && sample.quality.warnings) || [];
  if (!list.length) return h('p', { class: 'good' }, 'Good sample: nothing makes a clone of it worse.');
  return h('ul', { class: 'warnings', 'aria-label': 'Why this sample is weaker' }, list.map((w) => h('li', {}, w)));
}

async function drawWave(holder, sample) {
  try {
    const blob = await blobOf(sample.download_url);
    const url = URL.createObjectURL(blob);
    holder.replaceChildren(waveform(await decode(blob), sample.sample_name),
      h('audio', { controls: true, src: url, preload: 'metadata', 'aria-label': `Play ${sample.sample_name}` }));
  } catch (e) {
    holder.replaceChildren(h('p', { class: 'hint' }, `No waveform: ${e.message}`));
  }
}

function sampleCard(sample, refresh) {
  const out = notice();
  const wave = h('div', { class: 'wave-holder' }, h('p', { class: 'hint' }, 'Drawing the waveform…'));
  const remove = h('button', { type: 'button', class: 'danger' }, 'Delete sample');
  remove.addEventListener('click', () => busy(remove, out, async () => {
    if (!confirm(`Delete the sample “${sample.sample_name}”?`)) return;
    await api(`/api/samples/${sample.sample_id}`, { method: 'DELETE' });
    announce(`Sample ${sample.sample_name} deleted`);
    refresh();
  }));
  const card = h('article', { class: 'item sample', 'data-sample-id': sample.sample_id },
    h('h3', {}, sample.sample_name),
    h('p', { class: 'meta' }, `${sample.upload_type === 'recorded' ? 'Recorded' : 'Uploaded'} ${when(sample.uploaded_at)}`),
    wave, qualityFacts(sample), warnings(sample),
    h('div', { class: 'actions' },
      sample.voice_id ? h('a', { class: 'button', href: `#/speak/${sample.voice_id}` }, 'Speak in this voice') : null,
      remove),
    out);
  drawWave(wave, sample);
  return card;
}

function uploadForm(onSample) {
  const out = notice();
  const name = h('input', { name: 'sample_name', required: true, autocomplete: 'off' });
  const file = h('input', { name: 'file', type: 'file', accept: 'audio/*,video/*', required: true });
  const button = h('button', { type: 'submit' }, 'Upload sample');
  const form = h('form', { class: 'stack', 'aria-label': 'Upload a sample' },
    field('Sample name', name), field('Recording', file, 'WAV, MP3, OGG, FLAC, M4A or WebM; at least 3 s of speech'),
    button, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      out.show('Uploading and measuring the recording…');
      const body = new FormData();
      body.append('sample_name', name.value || file.files[0].name);
      body.append('upload_type', 'uploaded');
      body.append('file', file.files[0]);
      const sample = await api('/api/samples/upload', { method: 'POST', body });
      out.show(`Sample “${sample.sample_name}” is ready, and so is its voice.`, 'ok');
      form.reset();
      onSample(sample);
    });
  });
  return form;
}

function profileForm(languages, onVoice) {
  const out = notice();
  const name = h('input', { name: 'name', required: true, autocomplete: 'off' });
  const language = select('language', languages.map((l) => [l, l]), 'en');
  const description = h('input', { name: 'description', autocomplete: 'off' });
  const file = h('input', { name: 'file', type: 'file', accept: 'audio/*,video/*', required: true });
  const button = h('button', { type: 'submit' }, 'Make voice');
  const form = h('form', { class: 'stack', 'aria-label': 'Make a voice profile' },
    field('Voice name', name), field('Language', language), field('Description', description, 'Optional'),
    field('Recording of the speaker', file), button, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      out.show('Uploading and analysing the speaker…');
      const body = new FormData();
      body.append('file', file.files[0]);
      const uploaded = await api('/api/v1/files/upload', { method: 'POST', body });
      const voice = await api('/api/v1/voices/create-profile', { method: 'POST', json: {
        name: name.value, audio_sample_id: uploaded.file_id, language: language.value,
        description: description.value || undefined } });
      out.show(`Voice “${voice.name}” is ready.`, 'ok');
      form.reset();
      onVoice();
    });
  });
  return form;
}

/** A voice's report gives its samples as a count (a list is counted too). */
function sampleCount(report) {
  return Array.isArray(report.samples) ? report.samples.length : Number(report.samples) || 0;
}

function voiceRow(voice, refresh) {
  const out = notice();
  const remove = h('button', { type: 'button', class: 'danger small' }, 'Delete',
    h('span', { class: 'visually-hidden' }, ` the voice ${voice.name}`));
  remove.addEventListener('click', () => busy(remove, out, async () => {
    if (!confirm(`Delete the voice “${voice.name}”? The sample it was made from goes too; audio already spoken in it stays yours.`)) return;
    await api(`/api/v1/voices/profiles/${voice.id}`, { method: 'DELETE' });
    announce(`Voice ${voice.name} deleted`);
    refresh();
  }));
  const report = h('p', { class: 'meta voice-report', 'aria-live': 'polite' });
  const showReport = (r) => {
    const count = sampleCount(r);
    report.textContent = [`${count} sample${count === 1 ? '' : 's'}`,
      r.speech_seconds === undefined ? null : `${seconds(r.speech_seconds)} of speech`,
      r.timbre ? `timbre: ${r.timbre}` : null].filter(Boolean).join(' · ');
  };
  api(`/api/v1/voices/profiles/${voice.id}`).then(showReport).catch(() => {});
  return h('li', { class: 'voice', 'data-voice-id': voice.id },
    h('strong', {}, voice.name), ' ',
    h('span', { class: 'meta' }, [voice.origin, voice.language, voice.gender,
      voice.median_pitch_hz ? `${voice.median_pitch_hz} Hz` : null].filter(Boolean).join(' · ')), ' ',
    h('span', { class: 'actions' },
      h('a', { href: `#/speak/${voice.id}` }, h('span', {}, 'Speak'), h('span', { class: 'visually-hidden' }, ` in ${voice.name}`)),
      remove),
    report, addSample(voice, showReport),
    out);
}

/** Give a voice a further recording of its speaker: an uploaded file or one recorded here. */
function addSample(voice, onReport) {
  const out = notice();
  const file = h('input', { name: 'sample_file', type: 'file', accept: 'audio/*,video/*' });
  const button = h('button', { type: 'submit' }, 'Add sample');
  const send = async (blob, filename) => {
    out.show('Uploading; the voice relearns from all its samples…');
    const body = new FormData();
    body.append('file', blob, filename);
    const uploaded = await api('/api/v1/files/upload', { method: 'POST', body });
    const report = await api(`/api/v1/voices/profiles/${voice.id}/samples`, { method: 'POST',
      json: { file_id: uploaded.file_id } });
    onReport(report);
    out.show(`Added: “${voice.name}” now learns from ${sampleCount(report)} samples,`
      + ` ${seconds(report.speech_seconds)} of speech.`, 'ok');
    announce(`Sample added to ${voice.name}`);
  };
  const mic = microphone({
    label: `Recording for ${voice.name}`,
    onStart: () => out.clear(),
    onRecorded: (wav, duration, preview) => {
      const use = h('button', { type: 'button' }, 'Add this recording');
      use.addEventListener('click', () => busy(use, out, async () => {
        await send(wav, 'recording.wav');
        preview.replaceChildren();
      }));
      preview.append(use);
    },
  });
  const form = h('form', { class: 'stack add-sample', 'aria-label': `Add a sample to ${voice.name}` },
    field('Recording of the same speaker', file, 'Up to 8 samples, each at most 5 minutes, one speaker'),
    button, h('p', { class: 'hint' }, 'Or record one:'), mic, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!file.files.length) {
      out.show('Choose a recording first.', 'error');
      return;
    }
    busy(button, out, async () => {
      await send(file.files[0], file.files[0].name);
      form.reset();
    });
  });
  const details = h('details', { class: 'add-sample' }, h('summary', {}, 'Add a sample',
    h('span', { class: 'visually-hidden' }, ` to ${voice.name}`)), form);
  return details;
}

export async function voicesPage() {
  const samplesList = h('div', { class: 'list', 'aria-live': 'polite' });
  const voicesList = h('ul', { class: 'voices' });
  const listOut = notice();
  const refresh = async () => {
    try {
      const [{ samples }, { profiles }] = await Promise.all([api('/api/samples/?skip=0&limit=100'),
        api('/api/v1/voices/profiles')]);
      samplesList.replaceChildren(...(samples.length ? samples.map((s) => sampleCard(s, refresh))
        : [h('p', { class: 'hint' }, 'No samples yet: upload or record one above.')]));
      const own = profiles.filter((p) => p.origin !== 'stock');
      voicesList.replaceChildren(...(own.length ? own.map((v) => voiceRow(v, refresh))
        : [h('li', { class: 'hint' }, 'No voices yet: each sample makes one.')]));
    } catch (e) {
      listOut.error(e);
    }
  };
  let languages = ['en'];
  try {
    languages = Object.keys((await api('/api/v1/languages')).synthesis);
  } catch {
    // English stays available
  }
  refresh();
  return page('Voices', 'A sample of someone speaking becomes a voice you can use everywhere in the studio.',
    h('div', { class: 'two' },
      section('Upload a sample', uploadForm(refresh)),
      section('Record a sample', recorder(refresh))),
    section('Your samples', listOut, samplesList),
    h('div', { class: 'two' },
      section('Your voices', voicesList),
      section('Make a voice profile', profileForm(languages, refresh))));
}
