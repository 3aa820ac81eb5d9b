// Python: the package `revox`, as its README shows it (`from revox import
// Revox`, `client = Revox()`, keywords by the plan's identifiers, then print
// the answer's JSON).
import { pythonName } from '../targets/python.mjs';
import { AUDIO_FILE } from './facts.mjs';
import { py, SourceCode } from './literals.mjs';

export default {
  file: 'python.py',
  lang: 'Python',
  label: 'Python',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, pathParams, params, audio, empty, apiKeyEnv }) {
    const positional = operation.pathParams.map((p) => py(String(pathParams[p.wire])));
    // Keywords are the plan's identifiers (`voice_id=`); a file part is made from its example text, with a name.
    const byWire = new Map(operation.params.map((p) => [p.wire, p]));
    const named = Object.entries(params).map(([wire, value]) => {
      const p = byWire.get(wire);
      const literal = p?.file ? new SourceCode(`("${wire}.txt", ${py(String(value))}.encode())`) : value;
      return `${p ? pythonName(p.ident) : wire}=${py(literal, 1)}`;
    });
    const args = [...positional, ...named];
    const call = `client.${[...operation.resource, operation.method].join('.')}(${args.length ? `\n    ${args.join(',\n    ')},\n` : ''})`;
    const use = audio
      ? `audio = ${call}\naudio.write_to_file("${AUDIO_FILE}")\nprint(f"saved {len(audio.content)} bytes of {audio.content_type} to ${AUDIO_FILE}")`
      : empty
        ? `${call}\nprint("done")`
        : `result = ${call}\nprint(result.to_json())`;
    return `from revox import Revox

# Reads the API key from ${apiKeyEnv}.
client = Revox()

${use}
`;
  },
  /**
   * Run against the package's source, as an installed package would be imported.
   * @param {string} file @param {import('./index.mjs').Tools} tools @returns {[string, string[], Record<string, string>]}
   */
  command: (file, tools) => ['python3', ['-B', file], { PYTHONPATH: tools.pythonPath }],
};
