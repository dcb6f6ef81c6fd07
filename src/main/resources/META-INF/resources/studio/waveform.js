// Pictures of sound: a waveform drawn from the decoded audio, and a live level meter.
import { h } from './ui.js';

let context = null;

function audioContext() {
  context = context || new AudioContext();
  return context;
}

export async function decode(blob) {
  return audioContext().decodeAudioData(await blob.arrayBuffer());
}

/** A canvas with the min and max of the first channel drawn for each pixel column. */
export function waveform(buffer, label) {
  const canvas = h('canvas', { class: 'wave', width: 800, height: 120, role: 'img',
    'aria-label': `Waveform of ${label}, ${buffer.duration.toFixed(1)} seconds` });
  const g = canvas.getContext('2d');
  const samples = buffer.getChannelData(0);
  const step = Math.max(1, Math.floor(samples.length / canvas.width));
  const mid = canvas.height / 2;
  g.fillStyle = '#f4f6fb';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#1d4ed8';
  for (let x = 0; x < canvas.width; x++) {
    let min = 1;
    let max = -1;
    const from = x * step;
    for (let i = from; i < from + step && i < samples.length; i++) {
      if (samples[i] < min) min = samples[i];
      if (samples[i] > max) max = samples[i];
    }
    if (max < min) break;
    g.fillRect(x, mid - max * mid, 1, Math.max(1, (max - min) * mid));
  }
  canvas.dataset.duration = buffer.duration.toFixed(3);
  return canvas;
}

/** A level meter following a microphone stream; stop() releases it. */
export function levelMeter(stream) {
  const meter = h('meter', { min: 0, max: 1, low: 0.05, high: 0.8, optimum: 0.3, value: 0,
    'aria-label': 'Microphone level' });
  const ctx = audioContext();
  const source = ctx.createMediaStreamSource(stream);
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const data = new Float32Array(analyser.fftSize);
  let running = true;
  const tick = () => {
    if (!running) return;
    analyser.getFloatTimeDomainData(data);
    let sum = 0;
    for (const v of data) sum += v * v;
    meter.value = Math.min(1, Math.sqrt(sum / data.length) * 4);
    requestAnimationFrame(tick);
  };
  tick();
  meter.stop = () => {
    running = false;
    source.disconnect();
  };
  return meter;
}

/** Decoded audio as a mono 16-bit WAV file (MediaRecorder's WebM carries no duration, which uploads need). */
export function wavOf(buffer) {
  const samples = buffer.length;
  const data = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (at, s) => [...s].forEach((c, i) => data.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF'); data.setUint32(4, 36 + samples * 2, true); text(8, 'WAVE'); text(12, 'fmt ');
  data.setUint32(16, 16, true); data.setUint16(20, 1, true); data.setUint16(22, 1, true);
  data.setUint32(24, buffer.sampleRate, true); data.setUint32(28, buffer.sampleRate * 2, true);
  data.setUint16(32, 2, true); data.setUint16(34, 16, true); text(36, 'data'); data.setUint32(40, samples * 2, true);
  const channels = [...Array(buffer.numberOfChannels).keys()].map((c) => buffer.getChannelData(c));
  for (let i = 0; i < samples; i++) {
    const mixed = channels.reduce((sum, ch) => sum + ch[i], 0) / channels.length;
    data.setInt16(44 + i * 2, Math.max(-1, Math.min(1, mixed)) * 0x7fff, true);
  }
  return new Blob([data], { type: 'audio/wav' });
}
