"""Every operation of the table, against a local server answering the spec's
examples: method, encoded path, query and body under their wire names, and
the answer. And the generated table itself against the spec's model (an
independent reading: the model, not the plan the generator reads)."""

from __future__ import annotations

import base64
import json
import re
import unittest
from typing import Any, Callable, Dict, Optional
from urllib.parse import quote

from revox import BinaryResponse, Revox
from revox._generated.operations import OPERATIONS
from revox._operation import Operation

from .support.helpers import client_for, spec_operations
from .support.server import Received, Reply, TestServer


def method_of(client: Any, operation: Operation) -> Callable[..., Any]:
    target = client
    for name in operation.sdk.split("."):
        target = getattr(target, name)
    return target


def operation_at(method: str, path: str) -> Optional[Operation]:
    for operation in OPERATIONS.values():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", operation.path) + "$"
        if operation.http_method == method and re.match(pattern, path):
            return operation
    return None


def examples_handler(request: Received) -> Reply:
    """Answers each operation with the spec's first success example; 404 for anything else."""
    operation = operation_at(request.method, request.path)
    if operation is None:
        return Reply(404, {}, b"")
    success = next(o for o in spec_operations() if o["id"] == operation.id)["success"]
    if success["empty"]:
        return Reply(success["status"], {}, b"")
    body = json.dumps(success["value"]).encode() if success["json"] else base64.b64decode(success["base64"])
    return Reply(success["status"], {"content-type": success["mediaType"]}, body)


def keywords(operation: Operation, example: Dict[str, Any]) -> Dict[str, Any]:
    """The example's query and body, by Python keyword; a file part's example text as its bytes."""
    params = {param.wire: param for param in operation.query}
    if operation.body is not None:
        params.update({param.wire: param for param in operation.body.fields})
    values: Dict[str, Any] = {**example.get("query", {}), **(example.get("body") or {})}
    return {params[wire].name: value.encode() if params[wire].file else value for wire, value in values.items()}


def assert_body_sent(test: unittest.TestCase, operation: Operation, request: Received, example: Dict[str, Any]) -> None:
    """The example's body, as the operation's media type sends it: JSON, or a form of text and file parts."""
    if operation.body is None:
        test.assertEqual(request.body, b"")
        test.assertNotIn("content-type", request.headers)
    elif operation.body.encoding == "json":
        test.assertEqual(request.headers["content-type"], "application/json")
        test.assertEqual(request.json(), example.get("body") or {})
    else:
        test.assertRegex(request.headers["content-type"], r"^multipart/form-data; boundary=")
        sent = {part.get_param("name", header="content-disposition"): part.get_payload(decode=True) for part in request.form()}
        body: Dict[str, Any] = example.get("body") or {}
        test.assertEqual(sent, {wire: str(value).encode() for wire, value in body.items()})


def assert_answer(test: unittest.TestCase, success: Dict[str, Any], answer: Any) -> None:
    """The method's result is the spec's example answer: a model, the bytes, or None for an empty answer."""
    if success["empty"]:
        test.assertIsNone(answer)
    elif success["json"]:
        test.assertEqual(answer.to_dict(), success["value"])
    else:
        test.assertIsInstance(answer, BinaryResponse)
        test.assertEqual(answer.content, base64.b64decode(success["base64"]))
        test.assertEqual(answer.content_type, success["mediaType"])


class OperationTableTest(unittest.TestCase):
    def test_the_table_says_what_the_spec_says(self) -> None:
        spec = spec_operations()
        self.assertEqual([o["id"] for o in spec], list(OPERATIONS))
        for expected in spec:
            with self.subTest(expected["id"]):
                operation = OPERATIONS[expected["id"]]
                self.assertEqual(operation.id, expected["id"])
                self.assertEqual(operation.sdk, expected["sdk"])
                self.assertEqual(operation.http_method, expected["method"])
                self.assertEqual(operation.path, expected["path"])
                self.assertEqual(list(operation.path_params), expected["pathParams"])
                self.assertEqual([(p.wire, p.required) for p in operation.query], [(q["name"], q["required"]) for q in expected["query"]])
                self.assertEqual([p.wire for p in operation.headers], expected["headers"])
                if expected["body"] is None:
                    self.assertIsNone(operation.body)
                else:
                    assert operation.body is not None
                    self.assertEqual([p.wire for p in operation.body.fields], expected["body"]["fields"])
                    self.assertEqual(operation.body.required, expected["body"]["required"])
                    self.assertEqual(
                        operation.body.encoding, "multipart" if expected["body"]["mediaType"] == "multipart/form-data" else "json"
                    )
                self.assertEqual(operation.idempotent, expected["idempotent"])
                self.assertEqual(operation.accept, expected["accept"])
                self.assertEqual(operation.media_type, expected["success"]["mediaType"])
                success = expected["success"]
                self.assertEqual(operation.answer, "empty" if success["empty"] else "json" if success["json"] else "binary")
                self.assertEqual(operation.deprecated, expected["deprecated"])
                pagination = expected["pagination"]
                if pagination is None:
                    self.assertIsNone(operation.pagination)
                else:
                    assert operation.pagination is not None
                    self.assertEqual(
                        (operation.pagination.page, operation.pagination.size, operation.pagination.items),
                        (pagination["page"], pagination["size"], pagination["items"]),
                    )

    def test_python_names_are_the_wire_names_in_snake_case(self) -> None:
        for operation in OPERATIONS.values():
            params = [*operation.query, *operation.headers, *(operation.body.fields if operation.body else ())]
            for param in params:
                snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"[^A-Za-z0-9]+", "_", param.wire)).lower().strip("_")
                self.assertEqual(param.name, snake, f"{operation.id} {param.wire}")

    def test_every_operation_has_a_method_on_both_clients(self) -> None:
        import inspect

        from revox import AsyncRevox

        sync = Revox(api_key="sk_test", base_url="http://127.0.0.1:9")
        asynchronous = AsyncRevox(api_key="sk_test", base_url="http://127.0.0.1:9")
        for operation in OPERATIONS.values():
            sync_method = method_of(sync, operation)
            async_method = method_of(asynchronous, operation)
            sync_parameters = list(inspect.signature(sync_method).parameters)
            self.assertEqual(sync_parameters, list(inspect.signature(async_method).parameters), operation.sdk)
            self.assertEqual(sync_parameters[: len(operation.path_params)], list(operation.path_params))
            names = [p.name for p in [*operation.query, *operation.headers, *(operation.body.fields if operation.body else ())]]
            self.assertEqual(sorted(sync_parameters[len(operation.path_params) : -4]), sorted(names), operation.sdk)
            self.assertEqual(sync_parameters[-4:], ["extra_headers", "extra_query", "extra_body", "timeout"])


class EveryOperationTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer(examples_handler)
        self.client = client_for(self.server, max_retries=0)

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_each_operation_sends_its_request_and_returns_its_example(self) -> None:
        for spec in spec_operations():
            operation = OPERATIONS[spec["id"]]
            with self.subTest(operation.sdk):
                example = spec["example"]
                args = [example["pathParams"][name] for name in operation.path_params]
                answer = method_of(self.client, operation)(*args, **keywords(operation, example))
                request = self.server.requests[-1]
                expected_path = operation.path
                for name in operation.path_params:
                    expected_path = expected_path.replace("{" + name + "}", quote(example["pathParams"][name], safe=""))
                self.assertEqual(request.method, operation.http_method)
                self.assertEqual(request.path, expected_path)
                self.assertEqual(request.query, [(key, str(value)) for key, value in example.get("query", {}).items()])
                self.assertEqual(request.headers["accept"], operation.accept)
                self.assertEqual(request.headers["authorization"], f"Bearer {self.client.api_key}")
                self.assertEqual(request.headers["x-revox-attempt"], "1")
                self.assertRegex(request.headers["x-revox-client"], r"^revox-python/0\.2\.0 python/\d+\.\d+\.\d+")
                self.assertEqual(request.headers["user-agent"], request.headers["x-revox-client"])
                self.assertEqual(request.headers.get("accept-encoding"), "gzip, deflate")
                assert_body_sent(self, operation, request, example)
                assert_answer(self, spec["success"], answer)

    def test_path_parameters_are_one_encoded_segment(self) -> None:
        ids = {
            "a b": "a%20b",
            "a/b": "a%2Fb",
            "a?b#c": "a%3Fb%23c",
            "100%": "100%25",
            "café": "caf%C3%A9",
            "..a": "..a",
            "~x-y_z.": "~x-y_z.",
            "日本": "%E6%97%A5%E6%9C%AC",
        }
        for raw, encoded in ids.items():
            with self.subTest(raw):
                self.client.assistants.retrieve(raw)
                self.assertEqual(self.server.requests[-1].target, f"/assistants/{encoded}")

    def test_update_with_no_keyword_sends_an_empty_object(self) -> None:
        self.client.assistants.update("asst_1")
        self.client.users.me.update()
        self.assertEqual([r.body for r in self.server.requests[-2:]], [b"{}", b"{}"])

    def test_none_is_sent_as_null_and_nested_values_as_given(self) -> None:
        self.client.assistants.update(
            "asst_1",
            voicemail_message=None,
            voice={"id": "v1", "provider": "cartesia", "speed": 1.1},
            call_retry_config={"max_retry_attempts": 2, "calling_windows": []},
        )
        self.assertEqual(
            self.server.requests[-1].json(),
            {
                "voicemail_message": None,
                "voice": {"id": "v1", "provider": "cartesia", "speed": 1.1},
                "call_retry_config": {"max_retry_attempts": 2, "calling_windows": []},
            },
        )

    def test_keywords_are_sent_under_their_wire_names(self) -> None:
        self.client.voices.preview(provider="cartesia", voice_id="694f9389", text="Bonjour")
        self.assertEqual(self.server.requests[-1].json(), {"provider": "cartesia", "voiceId": "694f9389", "text": "Bonjour"})

    def test_query_values_are_encoded(self) -> None:
        self.client.voices.retrieve("v 1", provider="cartesia", extra_query={"q": "a b&c=d/é", "flag": True, "many": ["x", "y"]})
        request = self.server.requests[-1]
        self.assertEqual(request.target, "/voices/v%201?provider=cartesia&q=a%20b%26c%3Dd%2F%C3%A9&flag=true&many=x&many=y")

    def test_extra_body_is_merged_as_given_and_extra_headers_override(self) -> None:
        self.client.assistants.update(
            "asst_1",
            name="Front desk",
            extra_body={"future_setting": {"nested_Key": 1}, "name": "Overridden"},
            extra_headers={"X-Trace-Id": "t1", "Accept": "application/json; q=1", "User-Agent": None},
        )
        request = self.server.requests[-1]
        self.assertEqual(request.json(), {"name": "Overridden", "future_setting": {"nested_Key": 1}})
        self.assertEqual(request.headers["x-trace-id"], "t1")
        self.assertEqual(request.headers["accept"], "application/json; q=1")
        self.assertNotIn("user-agent", request.headers)
        self.assertIn("x-revox-client", request.headers)

    def test_the_authorization_header_can_be_replaced_or_removed_per_call(self) -> None:
        self.client.voices.list(extra_headers={"Authorization": "Bearer sk_other"})
        self.client.voices.list(extra_headers={"authorization": None})
        first, second = self.server.requests[-2:]
        self.assertEqual(first.headers["authorization"], "Bearer sk_other")
        self.assertNotIn("authorization", second.headers)

    def test_default_headers_and_query_apply_to_every_request(self) -> None:
        client = client_for(self.server, default_headers={"X-Team": "support"}, default_query={"region": "eu"})
        try:
            client.voices.list()
            client.voices.list(extra_query={"region": "us"}, extra_headers={"x-team": "sales"})
        finally:
            client.close()
        first, second = self.server.requests[-2:]
        self.assertEqual((first.target, first.headers["x-team"]), ("/voices?region=eu", "support"))
        self.assertEqual((second.target, second.headers["x-team"]), ("/voices?region=us", "sales"))

    def test_a_base_url_path_prefixes_every_request(self) -> None:
        self.server.script(lambda _: Reply(200, {"content-type": "application/json"}, b"{}"))
        client = Revox(api_key="sk_test", base_url=self.server.url + "/api/v1/", log_level="off")
        try:
            client.voices.list()
        finally:
            client.close()
        self.assertEqual(self.server.requests[-1].path, "/api/v1/voices")

    def test_keep_alive_reuses_one_connection(self) -> None:
        for _ in range(5):
            self.client.voices.list()
        self.assertEqual({r.connection for r in self.server.requests}, {1})

    def test_an_empty_answer_operation_returns_none(self) -> None:
        from dataclasses import replace

        from revox._request_options import RequestOptions

        self.server.script(lambda _: Reply(204, {}, b""))
        operation = replace(OPERATIONS["deleteAssistant"], answer="empty")
        result = self.client._request(operation, cast_to=None, path=("asst_1",), options=RequestOptions())  # pyright: ignore[reportPrivateUsage]
        self.assertIsNone(result)


class SyntheticOperationsTest(unittest.TestCase):
    """What the runtime does for operation shapes the spec has none of yet:
    header parameters, array queries, multipart bodies."""

    def setUp(self) -> None:
        self.server = TestServer(lambda _: Reply(200, {"content-type": "application/json"}, b'{"ok": true}'))
        self.client = client_for(self.server, max_retries=0)

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def send(self, operation: Operation, params: Dict[str, Any], path: tuple[object, ...] = ()) -> Any:
        from revox._request_options import RequestOptions

        return self.client._request(operation, cast_to=None, path=path, params=params, options=RequestOptions())  # pyright: ignore[reportPrivateUsage]

    def operation(self, **changes: Any) -> Operation:
        from dataclasses import replace

        return replace(OPERATIONS["listVoices"], **changes)

    def test_header_parameters_and_array_queries(self) -> None:
        from revox._operation import Param

        operation = self.operation(
            headers=(Param(wire="X-Revox-Region", name="x_revox_region", required=True),),
            query=(Param(wire="statuses", name="statuses", required=False, array=True),),
        )
        self.assertEqual(self.send(operation, {"x_revox_region": "eu", "statuses": ["queued", "ringing"]}), {"ok": True})
        request = self.server.requests[-1]
        self.assertEqual(request.headers["x-revox-region"], "eu")
        self.assertEqual(request.query, [("statuses", "queued"), ("statuses", "ringing")])
        from revox import InvalidRequestError

        with self.assertRaisesRegex(InvalidRequestError, "`x_revox_region`"):
            self.send(operation, {})
        with self.assertRaisesRegex(InvalidRequestError, "`statuses`: expected a list"):
            self.send(operation, {"x_revox_region": "eu", "statuses": "queued"})
        self.assertEqual(len(self.server.requests), 1)

    def test_multipart_bodies_carry_files_and_fields(self) -> None:
        import io

        from revox._operation import Body, Param

        operation = self.operation(
            http_method="POST",
            body=Body(
                encoding="multipart",
                required=True,
                fields=(
                    Param(wire="file", name="file", required=True, file=True),
                    Param(wire="purposeName", name="purpose_name", required=False),
                ),
            ),
        )
        upload = io.BytesIO(b"\x00\x01audio\xff")
        upload.name = "/tmp/voice.mp3"
        self.send(operation, {"file": upload, "purpose_name": 'a "quoted" name'})
        request = self.server.requests[-1]
        content_type = request.headers["content-type"]
        self.assertTrue(content_type.startswith("multipart/form-data; boundary="))
        boundary = content_type.split("boundary=")[1].encode()
        parts = request.body.split(b"--" + boundary)
        self.assertEqual(len(parts), 4)  # preamble, two parts, the closing "--\r\n"
        self.assertIn(b'name="file"; filename="voice.mp3"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01audio\xff\r\n', parts[1])
        self.assertIn(b'name="purposeName"\r\n\r\na "quoted" name\r\n', parts[2])
        self.assertEqual(parts[3], b"--\r\n")
        self.send(operation, {"file": ("clip.wav", b"RIFF", "audio/wav")})
        self.assertIn(b'filename="clip.wav"\r\nContent-Type: audio/wav\r\n\r\nRIFF', self.server.requests[-1].body)


if __name__ == "__main__":
    unittest.main()
