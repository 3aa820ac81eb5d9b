// The Python target on tiny specs: the operation table, the resource classes
// and methods, the types, and the names Python cannot take, for nested
// resources, path parameters, keywords under their wire names, binary and
// empty answers, pagination, and each construct of the constructs fixture.
// packages/python/tests/test_constructs.py runs the constructs' package.
import { describe, expect, it } from 'vitest';
import { inputOf, pythonFiles } from '../src/index.mjs';
import { constructsSpec } from './fixtures/constructs.js';
import { thingsSpec } from './fixtures/things.js';

const SRC = 'packages/python/src/revox';
/** Each spec's files, generated once: Ruff formats every file, and starts up once per process. */
const generated = new Map<string, Map<string, string>>();
const files = (spec: any = thingsSpec()) => {
  const key = JSON.stringify(spec);
  if (!generated.has(key)) generated.set(key, pythonFiles(inputOf(spec)) as Map<string, string>);
  return generated.get(key)!;
};
const file = (name: string, spec: any = thingsSpec()) => {
  const content = files(spec).get(`${SRC}/${name}`);
  if (content === undefined) throw new Error(`no ${name} among ${[...files(spec).keys()].join(', ')}`);
  return content;
};
/** One method of a module, from its `def` to the next member. */
const method = (source: string, name: string, asyncio = false) => {
  const start = source.indexOf(`    ${asyncio ? 'async ' : ''}def ${name}(`);
  if (start < 0) throw new Error(`no method ${name}`);
  const rest = source.slice(start + 1);
  const end = rest.search(/\n {4}(@|def |async def )|\nclass /);
  return source.slice(start, end < 0 ? undefined : start + 1 + end);
};

describe('the Python target', () => {
  it('writes the table, resources, types, errors, policy and version, each under the banner, formatted', () => {
    const all = files();
    expect([...all.keys()].sort()).toEqual(
      [
        '_generated/__init__.py',
        '_generated/errors.py',
        '_generated/operations.py',
        '_generated/policy.py',
        '_generated/version.py',
        'resources/__init__.py',
        'resources/shelves.py',
        'resources/things.py',
        'types/__init__.py',
        'types/shared.py',
        'types/shelves.py',
        'types/things.py',
      ].map((name) => `${SRC}/${name}`),
    );
    for (const [path, content] of all) {
      expect(content, path).toMatch(/^# GENERATED FILE\. DO NOT EDIT\.\n/);
      expect(content, path).not.toMatch(/ +\n/); // Ruff leaves no trailing spaces
    }
    const policy = file('_generated/policy.py');
    expect(policy).toContain('BASE_URL = "https://things.test"');
    expect(policy).toContain('TIMEOUT = 60.0');
    expect(policy).toContain('JITTER = 0.25');
    expect(policy).toContain('MAX_RESPONSE_BYTES = 33554432\nMAX_BINARY_RESPONSE_BYTES = 67108864');
    expect(policy).toContain('HEADER_ATTEMPT = "x-revox-attempt"');
    expect(policy).toContain('SECRET_HEADER = re.compile("auth|key|token|secret|cookie|session", re.IGNORECASE)');
    expect(policy).toContain('LOG_LEVELS = ("off", "error", "warn", "info", "debug")');
    expect(file('_generated/errors.py')).toContain('class NotFoundError(APIStatusError):\n    """The server answered 404."""');
    expect(file('_generated/errors.py')).toContain('SERVER_ERROR: Type[APIStatusError] = InternalServerError');
    expect(file('_generated/version.py')).toMatch(/^__version__ = "\d+\.\d+\.\d+"$/m);
  }, 60_000); // the first generation starts Ruff's WebAssembly build, slow on a machine busy with every other test

  it('gives each operation its row: each keyword with its wire name and place', () => {
    const table = file('_generated/operations.py');
    expect(table).toContain('path_params=("shelf", "id"),');
    expect(table).toContain('integer_path_params=("shelf",),');
    expect(table).toContain('Param(wire="page", name="page", required=True),');
    expect(table).toContain('Param(wire="x-extra", name="x_extra", required=False),');
    expect(table).toContain('pagination=Pagination(page="page", size="size", items="things"),');
    expect(table).toContain('accept="audio/ogg, audio/*;q=0.9, application/json;q=0.5",');
    expect(table).toMatch(/"updateThing": Operation\((?:(?!Operation\()[\s\S])*body=Body\(\n\s+encoding="json",\n\s+required=False,/);
  });

  it('takes path parameters positionally, then keyword-only arguments, required first, then the request options', () => {
    const things = file('resources/things.py');
    const shelves = file('resources/shelves.py');
    // Two resources named `things`: the nested one takes its whole path.
    expect(shelves).toMatch(/class Shelves\(SyncAPIResource\):[\s\S]*def things\(self\) -> ShelvesThings:/);
    expect(shelves).toContain('class ShelvesThings(SyncAPIResource):');
    const update = method(shelves, 'update');
    expect(update).toContain(
      '        shelf: int,\n        id: str,\n        *,\n        kind: Literal["round", "square-ish"],\n        label: Union[Optional[str], NotGiven] = NOT_GIVEN,',
    );
    expect(update).toContain('mode: Union[Union[Literal["warm"], str], NotGiven] = NOT_GIVEN,');
    expect(update).toContain('x_extra: Union[bool, NotGiven] = NOT_GIVEN,');
    expect(update).toMatch(
      /# Options of this request only\.\n {8}extra_headers: Optional\[Headers\] = None,\n {8}extra_query: Optional\[Query\] = None,\n {8}extra_body: Optional\[Body\] = None,\n {8}timeout: Union\[float, NotGiven\] = NOT_GIVEN,\n {4}\) -> ThingUpdateResponse:/,
    );
    expect(update).toContain('path=(shelf, id),');
    expect(update).toContain('params={"kind": kind, "label": label, "tags": tags, "mode": mode, "x_extra": x_extra},');
    // A page or page-size parameter counts: an int, though the schema says number.
    expect(method(things, 'list')).toContain('page: int,\n        size: Union[int, NotGiven] = NOT_GIVEN,');
    expect(method(things, 'list')).toContain(') -> SyncThingListPage:');
    expect(method(things, 'list', false)).toContain('return self._request(');
    // The answer declares no `things` array: its items are whatever comes.
    expect(things).toMatch(
      /class AsyncThings\(AsyncAPIResource\):[\s\S]* {4}def list\([\s\S]*\) -> AsyncPaginator\[object, AsyncThingListPage\]:[\s\S]*return self\._request_page\(/,
    );
    expect(method(things, 'play')).toContain(') -> ThingPlayResponse:');
    expect(method(things, 'play')).toContain('cast_to=None,');
    expect(things).toContain('class ThingsWithRawResponse:');
    expect(things).toContain('self.list = to_raw_response_wrapper(things.list)');
  });

  it("types answers as models and keywords as TypedDicts, each in its resource's module", () => {
    const types = file('types/things.py');
    expect(types).toContain('class ThingListParams(TypedDict, total=False):');
    expect(types).toContain('    page: Required[int]\n    size: int\n');
    expect(types).toContain('class SyncThingListPage(SyncPage[object], Thing):');
    // Answered by two resources: shared.
    expect(file('types/shared.py')).toContain('class Thing(BaseModel):');
    expect(types).toContain('ThingPlayResponse = BinaryResponse');
    expect(types).toContain('if TYPE_CHECKING:\n    from typing_extensions import Required');
    const shelves = file('types/shelves.py');
    expect(shelves).toContain('class ThingUpdateParams(TypedDict, total=False):');
    expect(shelves).toContain(
      '    kind: Required[Literal["round", "square-ish"]]\n    label: Optional[str]\n    tags: List[str]\n    mode: Union[Literal["warm"], str]\n    x_extra: bool\n',
    );
    expect(file('types/__init__.py')).toMatch(/__all__ = \[[\s\S]*"SyncThingListPage",[\s\S]*\]/);
  });

  it('spells each construct in Python: snake_case names, header keywords, files, empty answers, deprecation', () => {
    const spec = constructsSpec();
    const table = file('_generated/operations.py', spec);
    const assistants = file('resources/assistants.py', spec);
    expect(table).toContain('Param(wire="statuses", name="statuses", required=False, array=True),');
    expect(table).toContain('headers=(Param(wire="X-Revox-Region", name="x_revox_region", required=True),),');
    expect(table).toContain('Param(wire="voiceId", name="voice_id", required=False),');
    expect(table).toContain('Param(wire="file", name="file", required=True, file=True),');
    expect(table).toContain('sdk="assistants.faq_items.update",');
    expect(table).toMatch(
      /"uploadKnowledge": Operation\((?:(?!Operation\()[\s\S])*encoding="multipart",(?:(?!Operation\()[\s\S])*answer="empty",/,
    );
    // An array query, in its method and its keywords' TypedDict.
    expect(method(file('resources/call.py', spec), 'list')).toContain(
      'statuses: Union[List[Literal["queued", "completed"]], NotGiven] = NOT_GIVEN,',
    );
    // A header parameter: a keyword of its own.
    expect(method(file('resources/voices.py', spec), 'retrieve')).toContain(
      '        id: str,\n        *,\n        x_revox_region: Literal["eu", "us"],',
    );
    // A nested path: a resource of a resource, both ids positional.
    expect(assistants).toContain('    def faq_items(self) -> FaqItems:');
    expect(method(assistants, 'update')).toContain(
      '        assistant_id: str,\n        item_id: str,\n        *,\n        answer: Union[str, NotGiven] = NOT_GIVEN,\n        voice_id: Union[str, NotGiven] = NOT_GIVEN,',
    );
    expect(assistants).toContain('self.update = to_raw_response_wrapper(faq_items.update)');
    expect(assistants).toMatch(/class AssistantsWithRawResponse:[\s\S]*def faq_items\(self\) -> FaqItemsWithRawResponse:/);
    // A oneOf body: each variant's fields, required where every variant requires them.
    expect(method(file('resources/tools.py', spec), 'create')).toContain(
      '        *,\n        type: Literal["webhook", "transfer"],\n        url: Union[str, NotGiven] = NOT_GIVEN,\n        phone_number: Union[str, NotGiven] = NOT_GIVEN,',
    );
    // A 204: None, nothing returned.
    expect(method(assistants, 'delete')).toContain(') -> None:');
    expect(method(assistants, 'delete')).toContain('        self._request(\n');
    // A multipart upload: a file keyword.
    expect(method(assistants, 'upload')).toContain(
      '        *,\n        file: FileTypes,\n        title: Union[str, NotGiven] = NOT_GIVEN,',
    );
    expect(file('types/assistants.py', spec)).toContain('    file: Required[FileTypes]\n');
    // A deprecated operation: it says so, and warns.
    const legacy = method(assistants, 'retrieve_legacy');
    expect(legacy).toContain('.. deprecated:: The API marks this operation as deprecated;');
    expect(legacy).toContain(
      'warnings.warn(\n            "client.assistants.retrieve_legacy is deprecated: the API marks the operation retrieveLegacyAssistant as deprecated.",\n            DeprecationWarning,\n            stacklevel=2,\n        )',
    );
    expect(assistants).toContain('import warnings\n');
  });

  it('gives a Python keyword a trailing underscore, and keeps names Python cannot write out of attributes', () => {
    const spec: any = thingsSpec();
    spec.components.schemas.ThingParams.properties.from = { type: 'string' };
    spec.components.schemas.Thing = {
      type: 'object',
      properties: {
        id: { type: 'string' },
        class: { type: 'string' },
        to_dict: { type: 'string' },
        shelf: { $ref: '#/components/schemas/ThingParams' },
      },
    };
    spec.paths['/things'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/PlayParams' };
    spec.components.schemas.PlayParams = { type: 'object', properties: { settings: { $ref: '#/components/schemas/ThingParams' } } };
    const shelves = file('resources/shelves.py', spec);
    expect(shelves).toContain('from_: Union[str, NotGiven] = NOT_GIVEN,');
    expect(shelves).toContain('"from_": from_');
    expect(file('_generated/operations.py', spec)).toContain('Param(wire="from", name="from_", required=False),');
    const things = file('types/things.py', spec);
    // A model: `class` and `to_dict` stay in to_dict(); a TypedDict keyed by wire name takes the functional form.
    const shared = file('types/shared.py', spec);
    expect(shared.replace(/\s+/g, ' ')).toContain(
      'read with ``to_dict()`` (Python cannot name them as attributes): ``class``, ``to_dict``.',
    );
    expect(shared).toContain('    id: Optional[str] = None\n    shelf: Optional[ThingParams] = None\n');
    expect(shared).not.toMatch(/^ {4}(class|to_dict): /m);
    expect(things).toMatch(
      /if TYPE_CHECKING:\n {4}ThingParam = TypedDict\(\n?\s*"ThingParam",\n?\s*\{[\s\S]*"x-extra": bool,[\s\S]*"from": str/,
    );
  });

  it('refuses a name Python cannot take, naming it', () => {
    const keyword: any = thingsSpec();
    keyword.paths['/things'].get['x-revox-sdk'] = 'things.import';
    expect(() => files(keyword)).toThrow('listThings: the method name "import" cannot be a Python name');
    const option: any = thingsSpec([{ name: 'timeout' }]);
    expect(() => files(option)).toThrow(
      'listThings: the query field timeout would be the keyword timeout=, which every method keeps for itself',
    );
    const clash: any = thingsSpec();
    clash.components.schemas.ThingParams.properties.shelf = { type: 'string' };
    expect(() => files(clash)).toThrow(
      'updateThing: the body field shelf and the path parameter of the same name would be one Python parameter, shelf',
    );
    const client: any = thingsSpec();
    client.paths['/things'].get['x-revox-sdk'] = 'close.list';
    expect(() => files(client)).toThrow("the resource close would hide the client's own close");
  });
});
