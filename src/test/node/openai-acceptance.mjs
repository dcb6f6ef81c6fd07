// The official OpenAI client against Loqui Studio, as an integration would use it: a personal API key, a voice
// cloned through the API, speech in that voice, and the speech transcribed back. Prints one JSON line of what
// it measured for OpenAiClientAcceptanceTest to judge; exits non-zero when a step fails.
//   LOQUI_URL=http://localhost:8080 LOQUI_VOICE_FILE=../shared/testdata/voices/librivox-austen-0870.wav \
//     node openai-acceptance.mjs
import fs from 'node:fs';
import { File as NodeFile } from 'node:buffer';

// Node 18 (Debian's) has File only in node:buffer; the client's uploads need it as a global.
globalThis.File ??= NodeFile;
const { default: OpenAI, toFile } = await import('openai');

const base = process.env.LOQUI_URL;
const voiceFile = process.env.LOQUI_VOICE_FILE;
const said = process.env.LOQUI_SENTENCE ?? 'The garden behind the old house was full of roses.';

async function call(path, init, expected) {
  const response = await fetch(base + path, init);
  if (response.status !== expected) {
    throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

const json = (body, headers = {}) => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});

const name = `node${Date.now()}`;
const account = await call('/api/auth/register',
  json({ username: name, email: `${name}@example.com`, password: 'secret123' }), 201);
const session = { authorization: `Bearer ${account.access_token}` };
const apiKey = await call('/api/v1/auth/api-keys', json({ name: 'openai client' }, session), 201);

const upload = new FormData();
upload.append('file', new Blob([fs.readFileSync(voiceFile)], { type: 'audio/wav' }), 'reader.wav');
const file = await call('/api/v1/files/upload',
  { method: 'POST', headers: { 'x-api-key': apiKey.key }, body: upload }, 201);
const voice = await call('/api/v1/voices/create-profile',
  json({ name: 'Node Reader', audio_sample_id: file.file_id, language: 'en' }, { 'x-api-key': apiKey.key }), 201);

const client = new OpenAI({ apiKey: apiKey.key, baseURL: `${base}/v1`, maxRetries: 0, timeout: 300_000 });
const models = await client.models.list();
const speech = await client.audio.speech.create({ model: 'tts-1', voice: voice.id, input: said, response_format: 'mp3' });
const audio = Buffer.from(await speech.arrayBuffer());
const transcript = await client.audio.transcriptions.create({
  file: await toFile(audio, 'speech.mp3', { type: 'audio/mpeg' }),
  model: 'whisper-1',
  response_format: 'verbose_json',
  timestamp_granularities: ['word'],
});

await call(`/api/v1/auth/api-keys/${apiKey.id}`, { method: 'DELETE', headers: session }, 204);
let revokedStatus = 200;
try {
  await client.models.list();
} catch (error) {
  revokedStatus = error.status ?? -1;
}

console.log(JSON.stringify({
  said,
  heard: transcript.text,
  words: transcript.words?.length ?? 0,
  duration: transcript.duration,
  audio_bytes: audio.length,
  audio_head: audio.subarray(0, 3).toString('latin1'),
  models: models.data.map((m) => m.id),
  revoked_status: revokedStatus,
}));
