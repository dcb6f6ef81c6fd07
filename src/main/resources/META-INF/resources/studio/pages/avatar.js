// Avatar: a portrait and a voice (recorded here with the microphone, an uploaded recording, or text spoken in
// one of the person's voices) become a talking-head video.
import { api, objectUrl } from '../api.js';
import { busy, Cancelled, field, h, notice, page, progress, section, seconds, select, uid } from '../ui.js';
import { microphone } from './recorder.js';

async function upload(kind, file, name) {
  const body = new FormData();
  if (name) body.append('file', file, name);
  else body.append('file', file);
  return (await api(`/api/v1/upload/${kind}`, { method: 'POST', body })).filename;
}

async function untilDone(jobId, onStatus) {
  for (;;) {
    const status = await api(`/api/v1/status/${jobId}`);
    onStatus(status);
    if (status.status === 'completed' || status.status === 'failed') return status;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Radio buttons that show the part of the form of the chosen way, and hide the others. */
function ways(name, legend, options, chosen) {
  const parts = {};
  const radios = options.map(([value, label, part]) => {
    parts[value] = part;
    const radio = h('input', { type: 'radio', name, value, id: uid('way'), checked: value === chosen });
    radio.addEventListener('change', () => show(value));
    return h('div', { class: 'check' }, radio, h('label', { for: radio.id }, label));
  });
  function show(value) {
    Object.entries(parts).forEach(([v, part]) => { part.hidden = v !== value; });
  }
  show(chosen);
  const group = h('fieldset', { class: 'ways' }, h('legend', {}, legend), h('div', { class: 'row' }, radios),
    ...options.map(([, , part]) => part));
  group.chosen = () => group.querySelector(`input[name=${name}]:checked`).value;
  return group;
}

export async function avatarPage() {
  const { profiles } = await api('/api/v1/voices/profiles');
  const out = notice();
  const bar = progress('Making the avatar');
  const result = h('div', { class: 'result-holder' });
  const image = h('input', { name: 'image', type: 'file', accept: 'image/png,image/jpeg,image/webp', required: true });
  let recording = null;
  const mic = microphone({
    label: 'Your recording for the avatar',
    onStart: () => { recording = null; },
    onRecorded: (wav, duration) => { recording = { wav, duration }; out.show(`Recorded ${seconds(duration)}: press Make avatar.`, 'ok'); },
  });
  const audio = h('input', { name: 'audio', type: 'file', accept: 'audio/*' });
  const text = h('textarea', { name: 'text', rows: 3 }, '');
  // an avatar speaks text only in the person's own voices (the API refuses stock ones)
  const own = profiles.filter((p) => p.origin !== 'stock');
  const voice = select('voice', own.length ? own.map((p) => [p.id, p.name]) : [['', 'No voice yet: make one on the Voices page']], '');
  const resolution = select('resolution', [['256', '256 px'], ['512', '512 px'], ['1024', '1024 px']], '512');
  const says = ways('source', 'What the avatar says', [
    ['record', 'Record it now', h('div', { class: 'stack' },
      h('p', { class: 'hint' }, 'Speak into the microphone; the avatar says what you record.'), mic)],
    ['upload', 'Upload a recording', field('A recording', audio, 'WAV, MP3, OGG, FLAC, M4A or WebM')],
    ['text', 'Type text', h('div', {}, field('Text to speak', text), field('Voice for the text', voice))],
  ], 'upload');
  const button = h('button', { type: 'submit' }, 'Make avatar');
  const form = h('form', { class: 'stack', 'aria-label': 'Make an avatar' },
    field('Portrait photo', image, 'PNG, JPEG or WebP with one face looking at the camera'),
    says, field('Size', resolution), button, bar, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      result.replaceChildren();
      const way = says.chosen();
      if (way === 'record' && !recording) throw new Error('Record what the avatar says first: press Start recording, speak, then Stop.');
      if (way === 'upload' && !audio.files.length) throw new Error('Choose a recording to upload, or record one now.');
      if (way === 'text' && !(text.value.trim() && voice.value)) {
        throw new Error(voice.value ? 'Type the text the avatar says.' : 'Make a voice on the Voices page first, or record or upload what the avatar says.');
      }
      out.show('Uploading…');
      const request = { image_filename: await upload('image', image.files[0]), output_resolution: Number(resolution.value) };
      if (way === 'record') request.audio_filename = await upload('audio', recording.wav, 'recording.wav');
      else if (way === 'upload') request.audio_filename = await upload('audio', audio.files[0]);
      else Object.assign(request, { text: text.value, voice_profile_id: voice.value });
      out.show('Rendering…');
      const job = await api('/api/v1/generate/async', { method: 'POST', json: request });
      bar.update(job);
      bar.cancelWith(() => api(`/api/v1/cancel/${job.job_id}`, { method: 'POST' }));
      const end = await untilDone(job.job_id, bar.update);
      const error = end.result && end.result.error_message;
      if (end.status !== 'completed' && error === 'Cancelled') {
        bar.update({ status: 'cancelled', progress: end.progress });
        throw new Cancelled('Cancelled: no video was made.');
      }
      if (end.status !== 'completed') throw new Error(error || 'The render failed.');
      const url = await objectUrl(`/api/v1/download/${end.result.video_filename}`);
      result.replaceChildren(h('video', { controls: true, preload: 'auto', src: url, class: 'video portrait', 'aria-label': 'Avatar video' }),
        h('a', { class: 'button', href: url, download: end.result.video_filename }, 'Download video'));
      out.show(`Avatar ready: ${seconds(end.result.duration)}, ${end.result.frames_generated} frames.`, 'ok');
    });
  });
  return page('Avatar', 'A photo that speaks: the lips move with the voice, and the eyes blink.', section('New avatar', form, result));
}
