// A pitch contour: the F0 tracks of a sample and of what was spoken from it, drawn on one canvas.
import { h } from './ui.js';

const COLOURS = ['#1d4ed8', '#b45309'];

/** contours: [{label, hop_seconds, f0_hz, median_hz}]; 0 in f0_hz is unvoiced and left as a gap. */
export function pitchContour(contours) {
  const voiced = contours.flatMap((c) => c.f0_hz.filter((f) => f > 0));
  const low = Math.max(40, Math.min(...voiced) * 0.9);
  const high = Math.max(low + 50, Math.max(...voiced) * 1.1);
  const longest = Math.max(...contours.map((c) => c.f0_hz.length * c.hop_seconds));
  const summary = contours.map((c) => `${c.label}: median ${c.median_hz.toFixed(0)} Hz`).join('; ');
  const canvas = h('canvas', { class: 'pitch', width: 800, height: 160, role: 'img',
    'aria-label': `Pitch contour. ${summary}` });
  const g = canvas.getContext('2d');
  g.fillStyle = '#f4f6fb';
  g.fillRect(0, 0, canvas.width, canvas.height);
  const y = (hz) => canvas.height - ((hz - low) / (high - low)) * canvas.height;
  contours.forEach((c, i) => {
    g.fillStyle = COLOURS[i % COLOURS.length];
    c.f0_hz.forEach((hz, frame) => {
      if (hz > 0) g.fillRect((frame * c.hop_seconds / longest) * canvas.width, y(hz) - 1, 2, 2);
    });
  });
  canvas.dataset.points = String(contours.map((c) => c.f0_hz.filter((f) => f > 0).length).join(','));
  const legend = h('ul', { class: 'legend' }, contours.map((c, i) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${COLOURS[i % COLOURS.length]}` }), ` ${c.label}: median ${c.median_hz.toFixed(0)} Hz`)));
  return h('figure', { class: 'contour' }, canvas,
    h('figcaption', {}, `Pitch from ${Math.round(low)} to ${Math.round(high)} Hz over ${longest.toFixed(1)} s`), legend);
}
