// Prints the Ruby operation table the generator writes for the codegen's
// constructs fixture (packages/codegen/test/fixtures/constructs.ts), so that
// the gem's runtime is tested on the rows it will get when the API adopts
// those constructs: run with `node --import tsx`.
import { inputOf, rubyFiles } from '@revoxai/codegen';
// @ts-expect-error: tsx loads the fixture's TypeScript; the type check has no such import mode
import { constructsSpec } from '../../../codegen/test/fixtures/constructs.ts';

const table = rubyFiles(inputOf(constructsSpec())).get('packages/ruby/lib/revox/generated/operations.rb') ?? '';
const found = /OPERATIONS = (\{[\s\S]*\}\.freeze)/.exec(table);
if (!found) throw new Error('the Ruby target wrote no OPERATIONS table for the constructs fixture');
process.stdout.write(found[1]);
