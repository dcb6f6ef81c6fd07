// Record a sample with the microphone. MediaRecorder's WebM/Opus chunks go to the live-hearing WebSocket as
// they come, so the words the server hears show while the person speaks; the whole recording is then
// uploaded as a sample of type "recorded".
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

export function recorder(onSample) {
  const out = notice();
  const heard = h('p', { class: 'heard', 'aria-live': 'polite' });
  heard.show = (text, kind) => { heard.textContent = text; heard.dataset.kind = kind || ''; };
  const name = h('input', { name: 'sample_name', autocomplete: 'off', value: 'My recording' });
  const toggle = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Start recording');
  const meterHolder = h('div', { class: 'meter' });
  const preview = h('div', { class: 'preview' });
  let session = null;

  async function start() {
    if (!window.MediaRecorder || !navigator.mediaDevices) {
      throw new Error('This browser cannot record audio; upload a file instead.');
    }
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const token = await freshToken();
    const socket = liveSocket(token, heard);
    const media = new MediaRecorder(stream, MediaRecorder.isTypeSupported(TYPE) ? { mimeType: TYPE } : {});
    const chunks = [];
    const pending = [];
    socket.addEventListener('open', () => { pending.splice(0).forEach((c) => socket.send(c)); });
    media.addEventListener('dataavailable', (event) => {
      if (!event.data.size) return;
      chunks.push(event.data);
      if (socket.readyState === WebSocket.OPEN) socket.send(event.data);
      else pending.push(event.data);
    });
    const meter = levelMeter(stream);
    meterHolder.replaceChildren(h('span', { class: 'hint' }, 'Level '), meter);
    media.start(250);
    session = { stream, socket, media, chunks, meter };
  }

  function stop() {
    const { stream, socket, media, chunks, meter } = session;
    session = null;
    media.addEventListener('stop', () => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'end' }));
      stream.getTracks().forEach((t) => t.stop());
      meter.stop();
      offer(new Blob(chunks, { type: media.mimeType || 'audio/webm' }));
    }, { once: true });
    media.stop();
  }

  function offer(blob) {
    const use = h('button', { type: 'button' }, 'Keep as sample');
    use.addEventListener('click', () => busy(use, out, async () => {
      out.show('Uploading and measuring the recording…');
      const body = new FormData();
      body.append('sample_name', name.value || 'My recording');
      body.append('upload_type', 'recorded');
      body.append('file', wavOf(await decode(blob)), 'recording.wav');
      const sample = await api('/api/samples/upload', { method: 'POST', body });
      out.show(`Sample “${sample.sample_name}” is ready, and so is its voice.`, 'ok');
      preview.replaceChildren();
      onSample(sample);
    }));
    preview.replaceChildren(h('audio', { controls: true, src: URL.createObjectURL(blob), 'aria-label': 'Your recording' }), use);
  }

  toggle.addEventListener('click', () => busy(toggle, out, async () => {
    out.clear();
    if (session) {
      stop();
      toggle.textContent = 'Start recording';
      toggle.setAttribute('aria-pressed', 'false');
    } else {
      await start();
      toggle.textContent = 'Stop recording';
      toggle.setAttribute('aria-pressed', 'true');
    }
  }));
  return h('div', { class: 'stack' },
    h('p', { class: 'hint' }, 'Read a few sentences aloud for at least ten seconds in a quiet room.'),
    field('Sample name', name), toggle, meterHolder,
    h('div', { class: 'heard-box' }, h('span', { class: 'hint' }, 'Words the server hears'), heard), preview, out);
}
