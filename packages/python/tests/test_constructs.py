"""The constructs the API is likely to adopt next (packages/codegen's constructs
fixture), sent by a package generated for them: an array query (form,
exploded), a header parameter, a nested path with two ids, a oneOf body, a
204, a multipart upload with a file, a deprecated operation. The real spec
has none of them yet; when it does, the package already sends them right.

The generator writes the fixture's ``_generated/``, ``resources/`` and
``types/`` into a temporary copy of this package's runtime, imported as
``revox_constructs``; pyright checks it too."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from typing import Any, ClassVar

from .support.helpers import PACKAGE, TEST_KEY
from .support.server import Reply, TestServer, json_reply
from .test_typing import pyright_binary

NAME = "revox_constructs"


def generate(folder: str) -> None:
    """A copy of the runtime in ``folder/revox_constructs``, with the fixture's generated files."""
    target = os.path.join(folder, NAME)
    generated = ("_generated", "resources", "types")
    shutil.copytree(
        os.path.join(PACKAGE, "src", "revox"),
        target,
        ignore=lambda where, names: [n for n in names if n == "__pycache__" or (os.path.basename(where) == "revox" and n in generated)],
    )
    script = os.path.join(PACKAGE, "tests", "support", "constructs.mjs")
    subprocess.run(["node", "--import", "tsx", script, target], check=True, cwd=PACKAGE, capture_output=True)


def no_content(_request: Any) -> Reply:
    return Reply(204, {}, b"")


class ConstructsTest(unittest.TestCase):
    folder: ClassVar[tempfile.TemporaryDirectory[str]]
    package: ClassVar[Any]

    @classmethod
    def setUpClass(cls) -> None:
        cls.folder = tempfile.TemporaryDirectory(prefix="revox-python-constructs-")
        generate(cls.folder.name)
        sys.path.insert(0, cls.folder.name)
        cls.package = importlib.import_module(NAME)

    @classmethod
    def tearDownClass(cls) -> None:
        sys.path.remove(cls.folder.name)
        for module in [m for m in sys.modules if m == NAME or m.startswith(f"{NAME}.")]:
            del sys.modules[module]
        cls.folder.cleanup()

    def setUp(self) -> None:
        self.server = TestServer(json_reply(200, {"id": "x"}))
        self.client = self.package.Revox(
            api_key=TEST_KEY, base_url=self.server.url, initial_retry_delay=0.001, max_retry_delay=0.002, log_level="off"
        )

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_an_array_query_is_sent_form_exploded(self) -> None:
        self.server.script(json_reply(200, {"calls": [{"id": "c1"}]}))
        page = self.client.call.list(page=0, page_size=2, statuses=["queued", "completed"])
        self.assertEqual(self.server.requests[-1].target, "/calls?page=0&page_size=2&statuses=queued&statuses=completed")
        self.assertEqual([call.id for call in page.calls], ["c1"])
        self.assertIsInstance(page, self.package.types.SyncCallListPage)
        self.assertFalse(page.has_next_page())  # one item where two were asked for: the last page

    def test_a_header_parameter_is_a_keyword_sent_under_its_wire_name(self) -> None:
        answer = self.client.voices.retrieve("v1", x_revox_region="eu")
        request = self.server.requests[-1]
        self.assertEqual((request.method, request.target), ("GET", "/voices/v1"))
        self.assertEqual(request.headers["x-revox-region"], "eu")
        self.assertEqual(answer.id, "x")
        with self.assertRaises(TypeError):
            self.client.voices.retrieve("v1")  # a required keyword left out: Python's own error, nothing sent
        self.assertEqual(len(self.server.requests), 1)
        with self.assertRaisesRegex(self.package.InvalidRequestError, "x_revox_region"):
            self.client.voices.retrieve("v1", x_revox_region="e\nu")

    def test_a_nested_path_takes_both_ids_each_as_one_segment(self) -> None:
        self.client.assistants.faq_items.update("asst_1", "faq 1/é", answer="Yes.", voice_id="v1")
        request = self.server.requests[-1]
        self.assertEqual((request.method, request.target), ("PATCH", "/assistants/asst_1/faq_items/faq%201%2F%C3%A9"))
        self.assertEqual(request.json(), {"answer": "Yes.", "voiceId": "v1"})
        self.assertEqual(list(inspect.signature(self.client.assistants.faq_items.update).parameters)[:2], ["assistant_id", "item_id"])

    def test_a_one_of_body_sends_the_variant_given_and_is_sent_once(self) -> None:
        self.client.tools.create(type="transfer", phone_number="+33612345678")
        self.assertEqual(self.server.requests[-1].json(), {"type": "transfer", "phone_number": "+33612345678"})
        with self.assertRaises(TypeError):
            self.client.tools.create(url="https://hooks.test/a")  # `type` is required in every variant
        # Not idempotent: a 500 may come after the server acted, so it is not sent again.
        self.server.script(json_reply(500, {"message": "Boom."}))
        before = len(self.server.requests)
        with self.assertRaises(self.package.InternalServerError):
            self.client.tools.create(type="webhook", url="https://hooks.test/a")
        self.assertEqual(len(self.server.requests), before + 1)

    def test_a_204_answers_none(self) -> None:
        self.server.script(no_content)
        self.assertIsNone(self.client.assistants.faq_items.delete("asst_1", "faq_1"))
        request = self.server.requests[-1]
        self.assertEqual((request.method, request.target, request.body), ("DELETE", "/assistants/asst_1/faq_items/faq_1", b""))

    def test_a_multipart_upload_sends_the_file_and_the_text_fields(self) -> None:
        self.server.script(no_content)
        result = self.client.assistants.knowledge.upload(
            "asst_1", file=("hours.txt", b"Opening hours: 9 to 5.", "text/plain"), title="Hours"
        )
        self.assertIsNone(result)
        request = self.server.requests[-1]
        self.assertEqual((request.method, request.target), ("POST", "/assistants/asst_1/knowledge"))
        self.assertRegex(request.headers["content-type"], r"^multipart/form-data; boundary=")
        parts = request.form()
        self.assertEqual(
            [(p.get_param("name", header="content-disposition"), p.get_filename()) for p in parts], [("file", "hours.txt"), ("title", None)]
        )
        self.assertEqual(parts[0].get_content_type(), "text/plain")
        self.assertEqual(parts[0].get_payload(decode=True), b"Opening hours: 9 to 5.")
        self.assertEqual(parts[1].get_payload(decode=True), b"Hours")
        with self.assertRaises(TypeError):
            self.client.assistants.knowledge.upload("asst_1", title="Hours")  # the file is required

    def test_a_deprecated_operation_warns_and_says_so(self) -> None:
        method = self.client.assistants.retrieve_legacy
        self.assertIn(".. deprecated::", method.__doc__)
        with self.assertWarnsRegex(DeprecationWarning, r"client\.assistants\.retrieve_legacy is deprecated") as caught:
            self.assertEqual(method("asst_1").id, "x")
        self.assertEqual(caught.filename, __file__)  # stacklevel=2: the caller's line
        self.assertEqual(self.server.requests[-1].target, "/assistants/asst_1/legacy")

    def test_the_asyncio_client_sends_them_alike(self) -> None:
        async def run() -> None:
            async with self.package.AsyncRevox(api_key=TEST_KEY, base_url=self.server.url, log_level="off") as client:
                self.server.script(json_reply(200, {"calls": []}))
                page = await client.call.list(page=0, page_size=2, statuses=["queued"])
                self.assertEqual(page.calls, [])
                self.server.script(no_content)
                self.assertIsNone(await client.assistants.knowledge.upload("asst_1", file=b"9 to 5"))
                with self.assertWarns(DeprecationWarning):
                    self.server.script(json_reply(200, {"id": "asst_1"}))
                    await client.assistants.retrieve_legacy("asst_1")

        asyncio.run(run())
        targets = [r.target for r in self.server.requests]
        self.assertEqual(
            targets, ["/calls?page=0&page_size=2&statuses=queued", "/assistants/asst_1/knowledge", "/assistants/asst_1/legacy"]
        )
        self.assertIn(b'name="file"; filename="file"', self.server.requests[1].body)

    def test_the_generated_package_type_checks_strictly(self) -> None:
        folder = self.folder.name
        with open(os.path.join(folder, "pyrightconfig.json"), "w") as file:
            json.dump({"include": [NAME], "pythonVersion": "3.9", "typeCheckingMode": "strict", "reportMissingModuleSource": "none"}, file)
        try:
            result = subprocess.run(
                [pyright_binary(), "-p", os.path.join(folder, "pyrightconfig.json")], capture_output=True, text=True, check=False
            )
        finally:
            os.remove(os.path.join(folder, "pyrightconfig.json"))
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertRegex(result.stdout, re.compile(r"^0 errors", re.MULTILINE))


if __name__ == "__main__":
    unittest.main()
