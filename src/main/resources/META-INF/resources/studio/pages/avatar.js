// Avatar: a portrait and a voice (a recording, or text spoken in one of the person's voices) become a
// talking-head video.
import { api, objectUrl } from '../api.js';
import { busy, field, h, notice, page, progress, section, seconds, select } from '../ui.js';

async function upload(kind, file) {
  const body = new FormData();
  body.append('file', file);
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

export async function avatarPage() {
  const { profiles } = await api('/api/v1/voices/profiles');
  const out = notice();
  const bar = progress('Making the avatar');
  const result = h('div', { class: 'result-holder' });
  const image = h('input', { name: 'image', type: 'file', accept: 'image/png,image/jpeg,image/webp', required: true });
  const audio = h('input', { name: 'audio', type: 'file', accept: 'audio/*' });
  const text = h('textarea', { name: 'text', rows: 3 }, '');
  // an avatar speaks text only in the person's own voices (the API refuses stock ones)
  const own = profiles.filter((p) => p.origin !== 'stock');
  const voice = select('voice', own.length ? own.map((p) => [p.id, p.name]) : [['', 'No voice yet: make one on the Voices page']], '');
  const resolution = select('resolution', [['256', '256 px'], ['512', '512 px'], ['1024', '1024 px']], '512');
  const button = h('button', { type: 'submit' }, 'Make avatar');
  const form = h('form', { class: 'stack', 'aria-label': 'Make an avatar' },
    field('Portrait photo', image, 'PNG, JPEG or WebP with one face looking at the camera'),
    h('fieldset', {}, h('legend', {}, 'What the avatar says'),
      field('A recording', audio, 'Or leave empty and type text below'),
      field('Text to speak', text), field('Voice for the text', voice)),
    field('Size', resolution), button, bar, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      result.replaceChildren();
      if (!audio.files.length && !(text.value.trim() && voice.value)) {
        throw new Error('Choose a recording, or type the text to speak in one of your voices.');
      }
      out.show('Uploading…');
      const request = { image_filename: await upload('image', image.files[0]), output_resolution: Number(resolution.value) };
      if (audio.files.length) request.audio_filename = await upload('audio', audio.files[0]);
      else Object.assign(request, { text: text.value, voice_profile_id: voice.value });
      out.show('Rendering…');
      const job = await api('/api/v1/generate/async', { method: 'POST', json: request });
      const end = await untilDone(job.job_id, bar.update);
      if (end.status !== 'completed') throw new Error((end.result && end.result.error_message) || 'The render failed.');
      const url = await objectUrl(`/api/v1/download/${end.result.video_filename}`);
      result.replaceChildren(h('video', { controls: true, src: url, class: 'video portrait', 'aria-label': 'Avatar video' }),
        h('a', { class: 'button', href: url, download: end.result.video_filename }, 'Download video'));
      out.show(`Avatar ready: ${seconds(end.result.duration)}, ${end.result.frames_generated} frames.`, 'ok');
    });
  });
  return page('Avatar', 'A photo that speaks: lips and head move with the voice.', section('New avatar', form, result));
}
