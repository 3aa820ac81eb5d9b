// Values as source code in each sample language, indented, keys unquoted where they can be.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const pad = (/** @type {number} */ depth, unit = '  ') => unit.repeat(depth);

/** An expression a template writes into a sample as it is (a file made from its example text), not as a literal. */
export class SourceCode {
  /** @param {string} source */
  constructor(source) {
    this.source = source;
  }
}

/** A JavaScript literal. @param {unknown} value @param {number} [depth] @returns {string} */
export function js(value, depth = 0) {
  if (value instanceof SourceCode) return value.source;
  if (Array.isArray(value))
    return value.length ? `[\n${value.map((v) => `${pad(depth + 1)}${js(v, depth + 1)},`).join('\n')}\n${pad(depth)}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${pad(depth + 1)}${IDENTIFIER.test(k) ? k : `'${k}'`}: ${js(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${pad(depth)}}` : '{}';
  }
  return typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'` : String(value);
}

/** A Python literal (dicts, lists, str, numbers, True/False/None). @param {unknown} value @param {number} [depth] @returns {string} */
export function py(value, depth = 0) {
  if (value instanceof SourceCode) return value.source;
  if (Array.isArray(value))
    return value.length
      ? `[\n${value.map((v) => `${pad(depth + 1, '    ')}${py(v, depth + 1)},`).join('\n')}\n${pad(depth, '    ')}]`
      : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${pad(depth + 1, '    ')}${JSON.stringify(k)}: ${py(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${pad(depth, '    ')}}` : '{}';
  }
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** A Ruby literal: hashes with symbol keys (`name: "x"`), arrays, strings, numbers, true/false/nil. @param {unknown} value @param {number} [depth] @returns {string} */
export function rb(value, depth = 0) {
  if (value instanceof SourceCode) return value.source;
  if (Array.isArray(value))
    return value.length ? `[\n${value.map((v) => `${pad(depth + 1)}${rb(v, depth + 1)},`).join('\n')}\n${pad(depth)}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${pad(depth + 1)}${rubyKey(k)} ${rb(v, depth + 1)},`);
    return entries.length ? `{\n${entries.join('\n')}\n${pad(depth)}}` : '{}';
  }
  if (value === null) return 'nil';
  return typeof value === 'string' ? rubyString(value) : String(value);
}

/** `name:`, or `"odd-key":` where the key is no identifier. @param {string} key */
function rubyKey(key) {
  return /^[a-z_]\w*$/i.test(key) ? `${key}:` : `${JSON.stringify(key)}:`;
}

/** A double-quoted Ruby string, with `#{` escaped so nothing is interpolated. @param {string} value */
export function rubyString(value) {
  return JSON.stringify(value).replaceAll('#{', '\\#{');
}
