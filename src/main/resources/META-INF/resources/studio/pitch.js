// A pitch contour: the F0 tracks of a sample and of what was spoken from it, drawn on one canvas over one time
// axis, with lines at round frequencies. The scale follows most of the voiced frames (a stray octave error
// is drawn at the edge instead of squashing both lines).
import { h } from './ui.js';

const COLOURS = ['#1d4ed8', '#b45309'];
const WIDTH = 800;
const HEIGHT = 200;
const LEFT = 44;

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

function gridStep(span) {
  return [10, 20, 25, 50, 100, 200].find((s) => span / s <= 5) || 500;
}

/** contours: [{label, hop_seconds, f0_hz, median_hz}]; 0 in f0_hz is unvoiced and left as a gap. */
export function pitchContour(contours) {
  const voiced = contours.flatMap((c) => c.f0_hz.filter((f) => f > 0)).sort((a, b) => a - b);
  const low = Math.max(40, (voiced.length ? quantile(voiced, 0.02) : 80) * 0.85);
  const high = Math.max(low + 40, (voiced.length ? quantile(voiced, 0.98) : 300) * 1.15);
  const longest = Math.max(...contours.map((c) => c.f0_hz.length * c.hop_seconds));
  const summary = contours.map((c) => `${c.label}: median ${c.median_hz.toFixed(0)} Hz`).join('; ');
  const canvas = h('canvas', { class: 'pitch', width: WIDTH, height: HEIGHT, role: 'img',
    'aria-label': `Pitch contour from ${Math.round(low)} to ${Math.round(high)} Hz. ${summary}` });
  const g = canvas.getContext('2d');
  g.fillStyle = '#f4f6fb';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  const y = (hz) => HEIGHT - ((Math.min(high, Math.max(low, hz)) - low) / (high - low)) * HEIGHT;
  const x = (t) => LEFT + (t / longest) * (WIDTH - LEFT - 8);
  const step = gridStep(high - low);
  g.font = '12px system-ui, sans-serif';
  g.textBaseline = 'middle';
  for (let hz = Math.ceil(low / step) * step; hz < high; hz += step) {
    g.fillStyle = '#d1d5db';
    g.fillRect(LEFT, Math.round(y(hz)), WIDTH - LEFT, 1);
    g.fillStyle = '#374151';
    g.fillText(`${hz}`, 4, y(hz));
  }
  contours.forEach((c, i) => {
    g.strokeStyle = COLOURS[i % COLOURS.length];
    g.lineWidth = 2.5;
    g.lineJoin = 'round';
    g.beginPath();
    let drawing = false;
    c.f0_hz.forEach((hz, frame) => {
      if (hz <= 0) {
        drawing = false;
        return;
      }
      const px = x(frame * c.hop_seconds);
      if (drawing) g.lineTo(px, y(hz));
      else g.moveTo(px, y(hz));
      drawing = true;
    });
    g.stroke();
  });
  canvas.dataset.points = String(contours.map((c) => c.f0_hz.filter((f) => f > 0).length).join(','));
  const legend = h('ul', { class: 'legend' }, contours.map((c, i) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${COLOURS[i % COLOURS.length]}` }), ` ${c.label}: median ${c.median_hz.toFixed(0)} Hz`)));
  return h('figure', { class: 'contour' }, canvas,
    h('figcaption', {}, `Pitch in Hz over ${longest.toFixed(1)} s: ${contours.map((c) => c.label.toLowerCase()).join(' against ')}`), legend);
}
