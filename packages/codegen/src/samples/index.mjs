// The languages of the reference's code samples, in the order of its tabs.
// Each is one module: its label, its template and how the samples test runs it.
import curl from './curl.mjs';
import fetch from './fetch.mjs';
import python from './python.mjs';
import ruby from './ruby.mjs';
import typescript from './typescript.mjs';

/**
 * What a language's command may need from the machine that runs the samples:
 * Node, tsx's loader, the gem's lib (`ruby -I`), the Python package's source
 * (PYTHONPATH). A command is the program, its arguments and, where it needs
 * them, environment variables of its own.
 * @typedef {{ node: string, tsxLoader: string, rubyLib: string, pythonPath: string }} Tools
 */

export const LANGUAGES = [typescript, curl, fetch, python, ruby];
