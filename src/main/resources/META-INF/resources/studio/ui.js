// Small DOM helpers shared by the pages.

let ids = 0;
const FINAL = new Set(['completed', 'failed', 'cancelled', 'moderation_failed']);

/** An element: h('button', {type: 'button', onclick}, 'Save'). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled control: the label names the control, an optional hint describes it. */
export function field(label, control, hint) {
  control.id = control.id || uid('f');
  const parts = [h('label', { for: control.id }, label), control];
  if (hint) {
    const hintEl = h('small', { id: uid('hint'), class: 'hint' }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
    parts.push(hintEl);
  }
  return h('div', { class: 'field' }, parts);
}

export function select(name, options, value) {
  return h('select', { name }, options.map(([v, text]) =>
    h('option', { value: v, selected: v === value }, text)));
}

/** A line that says what happened: role=status for news, role=alert for errors. */
export function notice() {
  const el = h('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  el.show = (text, kind = 'info') => {
    el.textContent = text;
    el.dataset.kind = kind;
  };
  el.error = (e) => el.show(e && e.message ? e.message : String(e), 'error');
  el.clear = () => el.show('');
  return el;
}

/** A job's progress: a labelled bar, a line of text, and a Cancel button while a cancel is offered. */
export function progress(label) {
  const bar = h('progress', { max: 100, value: 0, 'aria-label': label });
  const text = h('span', { class: 'progress-text' }, '');
  const stop = h('button', { type: 'button', class: 'quiet cancel', hidden: true }, 'Cancel',
    h('span', { class: 'visually-hidden' }, ` ${label.toLowerCase()}`));
  const el = h('div', { class: 'progress', hidden: true }, bar, text, stop);
  let cancel = null;
  stop.addEventListener('click', async () => {
    stop.disabled = true;
    try {
      await cancel();
      text.textContent = 'Cancelling…';
    } catch (e) {
      text.textContent = e.message;
      stop.disabled = false;
    }
  });
  /** Offers a Cancel button that calls action until the job ends. */
  el.cancelWith = (action) => {
    cancel = action;
    stop.hidden = false;
    stop.disabled = false;
  };
  el.update = (job) => {
    el.hidden = false;
    bar.value = job.progress || 0;
    const words = { queued: 'Waiting in the queue', pending: 'Waiting', processing: 'Working',
      moderating: 'Checking the script', completed: 'Done', failed: 'Failed', cancelled: 'Cancelled',
      moderation_failed: 'Refused by the script check' };
    const what = words[job.status] || job.status;
    const news = job.message && job.message.toLowerCase() !== String(job.status).toLowerCase() ? ` · ${job.message}` : '';
    text.textContent = `${what} · ${Math.round(job.progress || 0)}%${news}`;
    if (FINAL.has(job.status)) stop.hidden = true;
  };
  return el;
}

/** What a job page throws when the person cancelled the job: news they asked for, not an error. */
export class Cancelled extends Error {}

/** Runs an action from a button: disables it meanwhile, shows the API's message on failure. */
export async function busy(button, out, action) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (e) {
    if (e instanceof Cancelled) out.show(e.message);
    else out.error(e);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export function announce(text) {
  document.getElementById('announce').textContent = text;
}

export function seconds(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(1)} s`;
}

export function percent(value) {
  return value === null || value === undefined ? '–' : `${(Number(value) * 100).toFixed(0)}%`;
}

export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** A definition list of measured facts. */
export function facts(rows) {
  return h('dl', { class: 'facts' }, rows.filter(([, v]) => v !== undefined && v !== null)
    .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
}

/** A page: its heading (focused when the page opens, for screen readers and keyboards) and sections. */
export function page(title, intro, ...sections) {
  return [h('h1', { tabindex: '-1' }, title), intro ? h('p', { class: 'intro' }, intro) : null, ...sections];
}

export function section(title, ...children) {
  const id = uid('s');
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
