// Ruby: the gem `revox`, as the seed page shows it
// (`revox.assistants.update("id")`, then `puts`).
import { AUDIO_FILE } from './facts.mjs';
import { rb, rubyKey, rubyString } from './literals.mjs';

export default {
  file: 'ruby.rb',
  lang: 'Ruby',
  label: 'Ruby',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, pathParams, query, body, audio, apiKeyEnv }) {
    const positional = operation.pathParams.map(({ name }) => rubyString(String(pathParams[name])));
    const named = Object.entries({ ...query, .../** @type {object} */ (body ?? {}) }).map(
      ([key, value]) => `${rubyKey(key)} ${rb(value, 1)}`,
    );
    const args = [...positional, ...named];
    const call = `revox.${operation.sdk.name}${args.length ? `(\n  ${args.join(',\n  ')}\n)` : ''}`;
    const use = audio
      ? `audio = ${call}\nFile.binwrite("${AUDIO_FILE}", audio.bytes)\nputs("saved #{audio.bytes.bytesize} bytes of #{audio.content_type} to ${AUDIO_FILE}")`
      : `result = ${call}\nputs(result)`;
    return `require "revox"

# Reads the API key from ${apiKeyEnv}.
revox = Revox::Client.new

${use}
`;
  },
  /** @param {string} file @param {import('./index.mjs').Tools} tools @returns {[string, string[]]} */
  command: (file, tools) => ['ruby', ['-I', tools.rubyLib, file]],
};
