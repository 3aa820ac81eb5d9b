// The sample templates on the constructs fixture: each language shows each
// construct as its SDK or its HTTP tool takes it (header parameters as
// headers, arrays exploded, forms with a file made from the example, nothing
// to print for a 204), and every Python and Ruby sample at least parses.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inputOf } from '../src/index.mjs';
import { samplesFiles } from '../src/targets/samples.mjs';
import { constructsSpec } from './fixtures/constructs.js';

const files = samplesFiles(inputOf(constructsSpec()));
const sample = (id: string, file: string) => files.get(`packages/docs/samples/generated/${id}/${file}`)!;

describe('samples of each construct', () => {
  it('an array query is exploded; a header parameter is a header', () => {
    expect(sample('listCalls', 'curl.sh')).toContain(
      "'https://constructs.test/api/calls?page=0&page_size=2&statuses=queued&statuses=completed'",
    );
    expect(sample('retrieveVoice', 'curl.sh')).toContain("-H 'X-Revox-Region: eu'");
    expect(sample('retrieveVoice', 'typescript.ts')).toContain("client.voices.retrieve('v1', {\n  'X-Revox-Region': 'eu',\n})");
    expect(sample('retrieveVoice', 'ruby.rb')).toContain('x_revox_region: "eu"');
    expect(sample('retrieveVoice', 'python.py')).toContain('x_revox_region="eu",');
    expect(sample('listCalls', 'python.py')).toContain('statuses=[\n        "queued",\n        "completed",\n    ],');
    expect(sample('retrieveVoice', 'fetch.mjs')).toContain("'X-Revox-Region': 'eu',");
  });

  it("keywords are the plan's identifiers in Ruby and Python, wire names elsewhere; nested resources in each language's case", () => {
    expect(sample('updateFaqItem', 'ruby.rb')).toContain(
      'revox.assistants.faq_items.update(\n  "asst_1",\n  "faq 1/é",\n  answer: "Yes.",\n  voice_id: "v1"\n)',
    );
    expect(sample('updateFaqItem', 'typescript.ts')).toContain(
      "client.assistants.faqItems.update('asst_1', 'faq 1/é', {\n  answer: 'Yes.',\n  voiceId: 'v1',\n})",
    );
    expect(sample('updateFaqItem', 'python.py')).toContain(
      'from revox import Revox\n\n# Reads the API key from REVOX_API_KEY.\nclient = Revox()\n\nresult = client.assistants.faq_items.update(\n    "asst_1",\n    "faq 1/é",\n    answer="Yes.",\n    voice_id="v1",\n)\nprint(result.to_json())',
    );
    expect(sample('updateFaqItem', 'curl.sh')).toContain("'https://constructs.test/api/assistants/asst_1/faq_items/faq%201%2F%C3%A9'");
  });

  it('a form sends its file made from the example, and a 204 prints that it is done', () => {
    expect(sample('uploadKnowledge', 'curl.sh')).toMatch(/^printf '%s' 'Opening hours: 9 to 5\.' > file\.txt\n/);
    expect(sample('uploadKnowledge', 'curl.sh')).toContain("-F 'file=@file.txt;type=text/plain'");
    expect(sample('uploadKnowledge', 'typescript.ts')).toContain(
      "file: new File(['Opening hours: 9 to 5.'], 'file.txt', { type: 'text/plain' }),",
    );
    expect(sample('uploadKnowledge', 'fetch.mjs')).toContain(
      "form.append('file', new Blob(['Opening hours: 9 to 5.'], { type: 'text/plain' }), 'file.txt');",
    );
    expect(sample('uploadKnowledge', 'ruby.rb')).toContain('file: StringIO.new("Opening hours: 9 to 5.")');
    expect(sample('deleteFaqItem', 'typescript.ts')).toContain("console.log('done');");
    expect(sample('deleteFaqItem', 'ruby.rb')).toContain('puts("done")');
    expect(sample('uploadKnowledge', 'python.py')).toContain(
      'client.assistants.knowledge.upload(\n    "asst_1",\n    file=("file.txt", "Opening hours: 9 to 5.".encode()),\n    title="Hours",\n)',
    );
    expect(sample('deleteFaqItem', 'python.py')).toContain(
      'client.assistants.faq_items.delete(\n    "asst_1",\n    "faq 1/é",\n)\nprint("done")',
    );
  });

  it('every Python and Ruby sample parses', () => {
    // One interpreter per language for all the samples: spawning two per sample took over a minute on a busy machine.
    const sources = (ending: string) => JSON.stringify([...files].filter(([path]) => path.endsWith(ending)));
    const python = 'import ast, json, sys\nfor path, source in json.load(sys.stdin): ast.parse(source, path)\nprint("parsed")';
    expect(execFileSync('python3', ['-c', python], { input: sources('.py'), encoding: 'utf8' }).trim()).toBe('parsed');
    // As `ruby -wc` does: compile each sample with warnings on, and collect the warnings.
    const ruby = [
      'require "json"',
      '$VERBOSE = true',
      'warnings = []',
      'Warning.singleton_class.define_method(:warn) { |message, **| warnings << message }',
      'JSON.parse($stdin.read).each { |path, source| RubyVM::InstructionSequence.compile(source, path) }',
      'puts warnings.empty? ? "Syntax OK" : warnings.join',
    ].join('\n');
    expect(execFileSync('ruby', ['-e', ruby], { input: sources('.rb'), encoding: 'utf8' }).trim()).toBe('Syntax OK');
    expect(sources('.py')).toContain('python.py');
    expect(sources('.rb')).toContain('ruby.rb');
  }, 60_000); // two interpreters, on a machine busy with every other test
});
