// Writes a first draft of every missing code sample (samples/<operationId>/
// in each language of lib/samples.mjs) from the spec: the operation's method
// and path, its parameter examples and its first request example. Existing
// files are never touched, so a sample that was polished by hand stays as it
// is. Run it after adding an operation (`npm run samples -w @revoxai/docs`),
// read what it wrote, and commit it; the samples test runs every file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadModel } from '@revoxai/spec';
import { LANGUAGES, samplesDir } from '../lib/samples.mjs';

const API_ROOT = 'https://www.getrevox.com/api';
const AUDIO_FILE = 'preview.mp3';


/**
 * @typedef {{ method: string, id?: string, query: Record<string, string>, body?: unknown, audio: boolean, url: string, sdkMethod: string }} Facts
 */

/**
 * Everything a sample needs to know of one operation.
 * @param {import('@revoxai/spec').Operation} operation
 * @returns {Facts}
 */
function describeOperation({ method, path, example, success, sdk }) {
  const id = /** @type {string | undefined} */ (Object.values(example.pathParams)[0]);
  const query = /** @type {Record<string, string>} */ (example.query);
  const search = Object.keys(query).length ? `?${new URLSearchParams(query)}` : '';
  const url = `${API_ROOT}${path.replace(/\{[^}]+\}/, id ?? '')}${search}`;
  return { method, id, query, body: example.body, audio: !success.json, url, sdkMethod: sdk.name };
}

// ---- value literals ---------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const pad = (/** @type {number} */ depth) => '  '.repeat(depth);

/** A JavaScript literal, keys unquoted where they can be. @param {unknown} value @param {number} [depth] @returns {string} */
function js(value, depth = 0) {
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${pad(depth + 1)}${js(v, depth + 1)},`).join('\n')}\n${pad(depth)}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${pad(depth + 1)}${IDENTIFIER.test(k) ? k : `'${k}'`}: ${js(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${pad(depth)}}` : '{}';
  }
  return typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'` : String(value);
}

/** A Python literal (standard library only: dicts, lists, str, numbers, True/False/None). @param {unknown} value @param {number} [depth] @returns {string} */
function py(value, depth = 0) {
  const indent = '    ';
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${indent.repeat(depth + 1)}${py(v, depth + 1)},`).join('\n')}\n${indent.repeat(depth)}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${indent.repeat(depth + 1)}${JSON.stringify(k)}: ${py(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${indent.repeat(depth)}}` : '{}';
  }
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** A Ruby literal (hashes with string keys, arrays, strings, numbers, true/false/nil). @param {unknown} value @param {number} [depth] @returns {string} */
function rb(value, depth = 0) {
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${pad(depth + 1)}${rb(v, depth + 1)},`).join('\n')}\n${pad(depth)}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${pad(depth + 1)}${JSON.stringify(k)} => ${rb(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${pad(depth)}}` : '{}';
  }
  if (value === null) return 'nil';
  return typeof value === 'string' ? JSON.stringify(value).replaceAll('#{', '\\#{') : String(value);
}

// ---- one template per language ----------------------------------------------

/** @type {Record<string, (facts: Facts) => string>} */
const TEMPLATES = {
  'typescript.ts': ({ id, query, body, audio, sdkMethod }) => {
    const args = [id && js(id), Object.keys(query).length ? js(query) : undefined, body === undefined ? undefined : js(body)].filter(Boolean);
    const call = `await client.${sdkMethod}(${args.join(', ')})`;
    return `${audio ? "import { writeFile } from 'node:fs/promises';\n" : ''}import Revox from '@revoxai/sdk';

// Reads the API key from REVOX_API_KEY.
const client = new Revox();

${
  audio
    ? `const audio = ${call};
await writeFile('${AUDIO_FILE}', Buffer.from(await audio.arrayBuffer()));
console.log(\`saved \${audio.size} bytes of \${audio.type} to ${AUDIO_FILE}\`);`
    : `const result = ${call};
console.log(JSON.stringify(result, null, 2));`
}
`;
  },

  'curl.sh': ({ method, body, audio, url }) => {
    const lines = [`curl -X ${method} '${url}'`, '-H "Authorization: Bearer $REVOX_API_KEY"'];
    if (body) lines.push('-H "Content-Type: application/json"');
    if (audio) lines.push('-H "Accept: audio/mpeg"', `--output ${AUDIO_FILE}`);
    if (body) lines.push(`-d '${JSON.stringify(body, null, 2).replaceAll("'", "'\\''").replaceAll('\n', '\n  ')}'`);
    return `${lines.join(' \\\n  ')}\n`;
  },

  'fetch.mjs': ({ method, body, audio, url }) => `${audio ? "import { writeFile } from 'node:fs/promises';\n\n" : ''}const response = await fetch('${url}', {
  method: '${method}',
  headers: {
    Authorization: \`Bearer \${process.env.REVOX_API_KEY}\`,${body ? "\n    'Content-Type': 'application/json'," : ''}${audio ? "\n    Accept: 'audio/mpeg'," : ''}
  },${body ? `\n  body: JSON.stringify(${js(body, 1)}),` : ''}
});
if (!response.ok) {
  throw new Error(\`Revox API \${response.status}: \${await response.text()}\`);
}

${
  audio
    ? `await writeFile('${AUDIO_FILE}', Buffer.from(await response.arrayBuffer()));
console.log(\`saved ${AUDIO_FILE}\`);`
    : `console.log(JSON.stringify(await response.json(), null, 2));`
}
`,

  'python.py': ({ method, body, audio, url }) => `import json
import os
import urllib.request

request = urllib.request.Request(
    "${url}",
    method="${method}",
    headers={
        "Authorization": f"Bearer {os.environ['REVOX_API_KEY']}",${body ? '\n        "Content-Type": "application/json",' : ''}${audio ? '\n        "Accept": "audio/mpeg",' : ''}
    },${body ? `\n    data=json.dumps(${py(body, 1)}).encode(),` : ''}
)
with urllib.request.urlopen(request) as response:
${
  audio
    ? `    with open("${AUDIO_FILE}", "wb") as audio:
        audio.write(response.read())
print("saved ${AUDIO_FILE}")`
    : `    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))`
}
`,

  'ruby.rb': ({ method, body, audio, url }) => `require "json"
require "net/http"

uri = URI("${url}")
request = Net::HTTP::${method[0] + method.slice(1).toLowerCase()}.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("REVOX_API_KEY")}"${body ? '\nrequest["Content-Type"] = "application/json"' : ''}${audio ? '\nrequest["Accept"] = "audio/mpeg"' : ''}${body ? `\nrequest.body = JSON.generate(${rb(body)})` : ''}

response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") do |http|
  http.request(request)
end
raise "Revox API #{response.code}: #{response.body}" unless response.is_a?(Net::HTTPSuccess)

${audio ? `File.binwrite("${AUDIO_FILE}", response.body)\nputs "saved ${AUDIO_FILE}"` : 'puts JSON.pretty_generate(JSON.parse(response.body))'}
`,
};

const written = [];
for (const operation of loadModel().operations) {
  const facts = describeOperation(operation);
  const dir = `${samplesDir}${operation.id}/`;
  mkdirSync(dir, { recursive: true });
  for (const { file } of LANGUAGES) {
    if (existsSync(`${dir}${file}`)) continue;
    writeFileSync(`${dir}${file}`, TEMPLATES[file](facts));
    written.push(`${operation.id}/${file}`);
  }
}
console.log(written.length ? `wrote ${written.length} sample drafts:\n  ${written.join('\n  ')}` : 'every operation has a sample in every language');
