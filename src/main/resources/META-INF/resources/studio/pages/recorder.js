// Recording with the microphone: MediaRecorder with a level meter, the recording played back before it is used.
// With hearing on, the WebM/Opus chunks also go to the live-hearing WebSocket as they come, so the words the
// server hears show while the person speaks. The voices page keeps a recording as a sample of type "recorded";
// the avatar page speaks one.
import { api, freshToken } from '../api.js';
import { busy, field, h, notice } from '../ui.js';
import { decode, levelMeter, wavOf } from '../waveform.js';

const TYPE = 'audio/webm;codecs=opus';

function liveSocket(token, heard) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/api/v1/process/transcribe/live`
    + `?format=webm&language=en&access_token=${encodeURIComponent(token)}`);
  let settled = '';
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'ready') heard.show('Listening…');
    if (message.type === 'partial') heard.show(`${settled} ${message.text || ''}`.trim());
    if (message.type === 'words') {
      settled = `${settled} ${message.words.map((w) => w.word).join(' ')}`.trim();
      heard.show(settled);
    }
    if (message.type === 'final') heard.show(message.text ? `Heard: ${message.text}` : 'No words were heard.', 'ok');
  });
  socket.addEventListener('close', (event) => {
    if (event.code !== 1000 && event.code !== 1005) heard.show(event.reason || 'Live hearing stopped.', 'error');
  });
  return socket;
}

/** A socket that keeps nothing: recording without live hearing. */
const NO_SOCKET = { readyState: -1, send() {}, addEventListener() {} };

/**
 * A Start/Stop recording button with a level meter; after Stop, the recording plays in the page and
 * onRecorded(wav, seconds, preview) gets it as a mono WAV file (preview: where the player is, for more
 * controls). Options: hearing (show the words the server hears), label (the player's name), onStart.
 */
export function microphone({ hearing = false, label = 'Your recording', onRecorded = () => {}, onStart = () => {} } = {}) {
  const out = notice();
  const heard = h('p', { class: 'heard', 'aria-live': 'polite' });
  heard.show = (text, kind) => { heard.textContent = text; heard.dataset.kind = kind || ''; };
  const toggle = h('button', { type: 'button', 'aria-pressed': 'false', class: 'record' }, 'Start recording');
  const clock = h('span', { class: 'clock', 'aria-hidden': 'true' });
  const meterHolder = h('div', { class: 'meter' });
  const preview = h('div', { class: 'preview' });
  let session = null;

  async function start() {
    if (!window.MediaRecorder || !navigator.mediaDevices) {
      throw new Error('This browser cannot record audio; upload a file instead.');
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      throw new Error(e.name === 'NotAllowedError'
        ? 'The browser was not allowed to use the microphone. Allow it in the address bar and try again.'
        : `No microphone could be opened (${e.message}).`);
    }
    const socket = hearing ? liveSocket(await freshToken(), heard) : NO_SOCKET;
    const media = new MediaRecorder(stream, MediaRecorder.isTypeSupported(TYPE) ? { mimeType: TYPE } : {});
    const chunks = [];
    const pending = [];
    socket.addEventListener('open', () => { pending.splice(0).forEach((c) => socket.send(c)); });
    media.addEventListener('dataavailable', (event) => {
      if (!event.data.size) return;
      chunks.push(event.data);
      if (!hearing) return;
      if (socket.readyState === WebSocket.OPEN) socket.send(event.data);
      else pending.push(event.data);
    });
    const meter = levelMeter(stream);
    meterHolder.replaceChildren(h('span', { class: 'hint' }, 'Level '), meter, clock);
    const began = Date.now();
    const timer = setInterval(() => { clock.textContent = ` ${((Date.now() - began) / 1000).toFixed(0)} s`; }, 250);
    media.start(250);
    onStart();
    preview.replaceChildren();
    session = { stream, socket, media, chunks, meter, timer };
  }

  function stop() {
    const { stream, socket, media, chunks, meter, timer } = session;
    session = null;
    clearInterval(timer);
    media.addEventListener('stop', () => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'end' }));
      stream.getTracks().forEach((t) => t.stop());
      meter.stop();
      meterHolder.replaceChildren();
      offer(new Blob(chunks, { type: media.mimeType || 'audio/webm' }));
    }, { once: true });
    media.stop();
  }

  async function offer(blob) {
    try {
      const decoded = await decode(blob);
      const wav = wavOf(decoded);
      preview.replaceChildren(h('audio', { controls: true, src: URL.createObjectURL(wav), 'aria-label': label,
        'data-duration': decoded.duration.toFixed(3) }));
      onRecorded(wav, decoded.duration, preview);
    } catch (e) {
      out.show(`The recording could not be read (${e.message}). Record again, or upload a file.`, 'error');
    }
  }

  toggle.addEventListener('click', () => busy(toggle, out, async () => {
    out.clear();
    if (session) {
      stop();
      toggle.textContent = 'Record again';
      toggle.setAttribute('aria-pressed', 'false');
    } else {
      await start();
      toggle.textContent = 'Stop recording';
      toggle.setAttribute('aria-pressed', 'true');
    }
  }));
  return h('div', { class: 'stack microphone' }, toggle, meterHolder,
    hearing ? h('div', { class: 'heard-box' }, h('span', { class: 'hint' }, 'Words the server hears'), heard) : null,
    preview, out);
}

/** The voices page's recorder: a recording kept as a sample (and so a voice). */
export function recorder(onSample) {
  const out = notice();
  const name = h('input', { name: 'sample_name', autocomplete: 'off', value: 'My recording' });
  const mic = microphone({
    hearing: true,
    onStart: () => out.clear(),
    onRecorded: (wav, duration, preview) => {
      const use = h('button', { type: 'button' }, 'Keep as sample');
      use.addEventListener('click', () => busy(use, out, async () => {
        out.show('Uploading and measuring the recording…');
        const body = new FormData();
        body.append('sample_name', name.value || 'My recording');
        body.append('upload_type', 'recorded');
        body.append('file', wav, 'recording.wav');
        const sample = await api('/api/samples/upload', { method: 'POST', body });
        out.show(`Sample “${sample.sample_name}” is ready, and so is its voice.`, 'ok');
        preview.replaceChildren();
        onSample(sample);
      }));
      preview.append(use);
    },
  });
  return h('div', { class: 'stack' },
    h('p', { class: 'hint' }, 'Read a few sentences aloud for at least ten seconds in a quiet room.'),
    field('Sample name', name), mic, out);
}
