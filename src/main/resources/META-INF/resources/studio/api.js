// The studio's only way to the server: the public API on the same origin, with bearer tokens.
// A 401 trades the refresh token for a new pair once (refresh tokens work once, so one trade at a time)
// and retries; a failed trade ends the session.

const STORE = 'loqui.session';
let session = readSession();
let refreshing = null;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function readSession() {
  try {
    return JSON.parse(localStorage.getItem(STORE));
  } catch {
    return null;
  }
}

export function currentUser() {
  return session ? session.user : null;
}

export function accessToken() {
  return session ? session.access : null;
}

export function keepSession(auth) {
  session = { access: auth.access_token, refresh: auth.refresh_token, user: auth.user };
  localStorage.setItem(STORE, JSON.stringify(session));
}

export function forgetSession() {
  session = null;
  localStorage.removeItem(STORE);
  window.dispatchEvent(new Event('loqui:signed-out'));
}

/** The API's own words for what went wrong: message, plus the field a validation error names. */
export async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall through to the status line
  }
  let message = body && (body.message || body.detail || body.error);
  if (!message) {
    message = `The server answered ${response.status} ${response.statusText}`.trim();
  }
  const details = body && body.details;
  if (details && details.field && details.issue && !message.includes(details.issue)) {
    message += ` (${details.field}: ${details.issue})`;
  }
  if (response.status === 429 && body && body.retry_after) {
    message += ` Try again in ${body.retry_after} s.`;
  }
  return new ApiError(response.status, message);
}

async function refresh() {
  if (!refreshing) {
    const token = session && session.refresh;
    refreshing = (async () => {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: token }),
      });
      if (!response.ok) {
        forgetSession();
        throw new ApiError(401, 'Your session has ended. Please sign in again.');
      }
      keepSession(await response.json());
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function send(path, options) {
  const headers = { ...(options.headers || {}) };
  if (session && !options.anonymous) {
    headers.Authorization = `Bearer ${session.access}`;
  }
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  try {
    return await fetch(path, { method: options.method || 'GET', headers, body, signal: options.signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
}

/** Raw response of a call, refreshed once on 401; throws the API's message otherwise. */
export async function call(path, options = {}) {
  let response = await send(path, options);
  if (response.status === 401 && session && !options.anonymous) {
    await refresh();
    response = await send(path, options);
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  return response;
}

/** JSON (or nothing, for 204) of a call. */
export async function api(path, options = {}) {
  const response = await call(path, options);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** A protected file as a local object URL, so audio and video elements can play and seek it. */
export async function objectUrl(path) {
  return URL.createObjectURL(await blobOf(path));
}

export async function blobOf(path) {
  return (await call(path)).blob();
}

/** Makes sure the access token is fresh (before handing it to a WebSocket, which cannot refresh). */
export async function freshToken() {
  await api('/api/auth/me');
  return accessToken();
}

/**
 * Follows a server-sent event stream (read through fetch, since EventSource cannot send a bearer token);
 * calls onEvent with each parsed data object and answers the last one.
 */
export async function followEvents(path, onEvent, signal) {
  const response = await call(path, { headers: { Accept: 'text/event-stream' }, signal });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer = (buffer + value).replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer.slice(0, end).split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      buffer = buffer.slice(end + 2);
      if (data) {
        last = JSON.parse(data);
        onEvent(last);
      }
    }
  }
  return last;
}

const FINAL = new Set(['completed', 'failed', 'cancelled', 'moderation_failed']);

export function isFinal(status) {
  return FINAL.has(status);
}

/** Follows a processing job to its end by SSE, falling back to its status when the stream ends early. */
export async function followJob(jobId, onEvent) {
  let last = await followEvents(`/api/v1/process/events/${jobId}`, onEvent);
  if (!last || !isFinal(last.status)) {
    last = await api(`/api/v1/process/status/${jobId}`);
    onEvent(last);
  }
  return last;
}
