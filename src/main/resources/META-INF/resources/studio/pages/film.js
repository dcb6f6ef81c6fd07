// Film: a script and its options, priced as they change, rendered with progress, shared by an expiring link.
import { api, followEvents, isFinal } from '../api.js';
import { busy, Cancelled, facts, field, h, notice, page, progress, section, select } from '../ui.js';

const money = (v) => `$${Number(v).toFixed(2)}`;

function options(profiles) {
  return {
    num_images: h('input', { name: 'num_images', type: 'number', min: 1, max: 500, value: 4 }),
    video_duration: h('input', { name: 'video_duration', type: 'number', min: 1, max: 3600, step: 1, value: 8 }),
    fps: select('fps', [['24', '24'], ['25', '25'], ['30', '30']], '24'),
    quality: select('quality', [['low', 'Low (640×360)'], ['medium', 'Medium (1280×720)'], ['high', 'High (1920×1080)']], 'low'),
    include_voice: h('input', { name: 'include_voice', type: 'checkbox', checked: true }),
    include_music: h('input', { name: 'include_music', type: 'checkbox', checked: true }),
    voice: select('voice', [['default', 'Stock narrator'], ...profiles.map((p) => [p.id, p.name])], 'default'),
    mood: select('mood', ['inspiring', 'calm', 'happy', 'dark', 'mysterious'].map((m) => [m, m]), 'inspiring'),
  };
}

function config(o) {
  return { num_images: Number(o.num_images.value), video_duration: Number(o.video_duration.value),
    fps: Number(o.fps.value), quality: o.quality.value, include_voice: o.include_voice.checked,
    include_music: o.include_music.checked, voice: o.voice.value, mood: o.mood.value };
}

function estimateView(estimate) {
  const words = { image_generation: 'Pictures', video_generation: 'Video', voice_synthesis: 'Narration',
    music_synthesis: 'Music', ffmpeg_processing: 'Encoding' };
  return [h('p', { class: 'price' }, h('span', {}, 'Estimated cost '), h('strong', {}, money(estimate.estimated_cost))),
    facts(Object.entries(estimate.breakdown).map(([k, v]) => [words[k] || k, money(v)]))];
}

export async function filmPage() {
  const { profiles } = await api('/api/v1/voices/profiles');
  const out = notice();
  const bar = progress('Rendering the film');
  const cost = h('div', { class: 'estimate', 'aria-live': 'polite' });
  const result = h('div', { class: 'result-holder' });
  const title = h('input', { name: 'title', required: true, value: 'My first film', autocomplete: 'off' });
  const script = h('textarea', { name: 'script', rows: 4, required: true },
    'A beautiful sunrise over mountains\nBirds flying in the sky\nA peaceful lake');
  const o = options(profiles);
  let pricing = 0;
  const estimate = async () => {
    const ticket = ++pricing;
    const unfinished = [o.num_images, o.video_duration].find((el) => el.value === '' || !el.checkValidity());
    if (unfinished) {
      cost.replaceChildren(h('p', { class: 'hint' }, `Enter ${unfinished === o.num_images
        ? 'a number of pictures from 1 to 500' : 'a length from 1 to 3600 seconds'} to see the cost.`));
      return;
    }
    try {
      const body = await api('/api/v1/jobs/estimate-cost', { method: 'POST', json: config(o) });
      if (ticket === pricing) cost.replaceChildren(...estimateView(body));
    } catch (e) {
      if (ticket === pricing) cost.replaceChildren(h('p', { class: 'notice', 'data-kind': 'error' }, e.message));
    }
  };
  Object.values(o).forEach((el) => { el.addEventListener('input', estimate); el.addEventListener('change', estimate); });
  const button = h('button', { type: 'submit' }, 'Render film');
  const form = h('form', { class: 'stack', 'aria-label': 'Make a film' },
    field('Title', title), field('Script', script, 'One scene a line'),
    h('div', { class: 'row' }, field('Pictures', o.num_images), field('Length (seconds)', o.video_duration),
      field('Frames a second', o.fps), field('Quality', o.quality)),
    h('div', { class: 'row' }, field('Narrator', o.voice), field('Mood', o.mood),
      h('div', { class: 'check' }, o.include_voice, h('label', { for: (o.include_voice.id = 'film-voice') }, 'Narration')),
      h('div', { class: 'check' }, o.include_music, h('label', { for: (o.include_music.id = 'film-music') }, 'Music'))),
    cost, button, bar, out);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, out, async () => {
      result.replaceChildren();
      const project = await api('/api/v1/projects/', { method: 'POST', json: { name: title.value } });
      let job = await api('/api/v1/jobs/', { method: 'POST', json: { project_id: project.id, script: script.value, config: config(o) } });
      bar.update(job);
      const filmId = job.id;
      bar.cancelWith(() => api(`/api/v1/jobs/${filmId}/cancel`, { method: 'POST' }));
      if (!isFinal(job.status)) job = await followEvents(`/api/v1/jobs/${job.id}/events`, bar.update) || job;
      if (job.status === 'cancelled') throw new Cancelled('Cancelled: no film was rendered.');
      if (job.status !== 'completed') throw new Error(job.moderation_reason || job.error || `The film ${job.status}.`);
      const link = await api('/api/v1/jobs/signed-url', { method: 'POST', json: { job_id: job.id } });
      result.replaceChildren(
        // #t=1: the still before play is the first scene, not the fade in from black
        h('video', { controls: true, preload: 'auto', src: `${link.url}#t=1`, class: 'video', 'aria-label': `Film ${title.value}` }),
        facts([['Length', `${job.result.duration.toFixed(1)} s`], ['Cost', money(job.actual_cost)],
          ['Share link expires', new Date(link.expires_at).toLocaleString()]]),
        h('p', {}, h('a', { href: link.url, class: 'share' }, 'Share link'), ' (works without signing in until it expires)'));
      out.show('Your film is ready.', 'ok');
    });
  });
  estimate();
  return page('Film', 'Write a script and the studio paints, narrates, scores and edits it into a short film.',
    section('New film', form, result));
}
