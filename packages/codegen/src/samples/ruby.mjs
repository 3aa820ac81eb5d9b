// Ruby: the gem `revox`, as the seed page shows it
// (`revox.assistants.update("id")`, then `puts`).
import { AUDIO_FILE } from './facts.mjs';
import { rb, rubyString, SourceCode } from './literals.mjs';

export default {
  file: 'ruby.rb',
  lang: 'Ruby',
  label: 'Ruby',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, pathParams, params, audio, empty, apiKeyEnv }) {
    const positional = operation.pathParams.map((p) => rubyString(String(pathParams[p.wire])));
    // Keywords are the plan's identifiers (`voice_id:`); a file part is made from its example text.
    const byWire = new Map(operation.params.map((p) => [p.wire, p]));
    const named = Object.entries(params).map(([wire, value]) => {
      const p = byWire.get(wire);
      return `${p?.ident ?? wire}: ${rb(p?.file ? new SourceCode(`StringIO.new(${rubyString(String(value))})`) : value, 1)}`;
    });
    const args = [...positional, ...named];
    const call = `revox.${[...operation.resource, operation.method].join('.')}${args.length ? `(\n  ${args.join(',\n  ')}\n)` : ''}`;
    const use = audio
      ? `audio = ${call}\nFile.binwrite("${AUDIO_FILE}", audio.bytes)\nputs("saved #{audio.bytes.bytesize} bytes of #{audio.content_type} to ${AUDIO_FILE}")`
      : empty
        ? `${call}\nputs("done")`
        : `result = ${call}\nputs(result)`;
    const requires = Object.keys(params).some((wire) => byWire.get(wire)?.file) ? 'require "revox"\nrequire "stringio"' : 'require "revox"';
    return `${requires}

# Reads the API key from ${apiKeyEnv}.
revox = Revox::Client.new

${use}
`;
  },
  /** @param {string} file @param {import('./index.mjs').Tools} tools @returns {[string, string[]]} */
  command: (file, tools) => ['ruby', ['-I', tools.rubyLib, file]],
};
