"""One client shared by threads, and by a forked child that must not write on
its parent's sockets."""

from __future__ import annotations

import json
import os
import threading
import unittest
import warnings
from typing import List

from revox import APIError

from .support.helpers import client_for
from .support.server import Received, Reply, TestServer


def echo_id(request: Received) -> Reply:
    if request.path.endswith("/fail"):
        return Reply(404, {}, b"")
    identifier = request.path.rsplit("/", 1)[1]
    return Reply(200, {"content-type": "application/json"}, json.dumps({"assistant": {"id": identifier}}).encode())


class ThreadsTest(unittest.TestCase):
    def test_threads_share_one_client(self) -> None:
        with TestServer(echo_id) as server:
            client = client_for(server, max_retries=0)
            errors: List[BaseException] = []
            mismatches: List[str] = []

            def work(worker: int) -> None:
                try:
                    for index in range(25):
                        identifier = f"asst_{worker}_{index}"
                        if index % 10 == 9:
                            try:
                                client.assistants.retrieve("fail")
                            except APIError:
                                pass
                        answer = client.assistants.update(identifier)
                        if answer.assistant.id != identifier:
                            mismatches.append(identifier)
                except BaseException as error:  # noqa: BLE001 - reported below
                    errors.append(error)

            threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            client.close()
            self.assertEqual(errors, [])
            self.assertEqual(mismatches, [])
            self.assertEqual(len(server.requests), 8 * 25 + 8 * 2)
            self.assertLessEqual(server.connections, 8 * 3)  # kept alive: a few per thread at most

    @unittest.skipUnless(hasattr(os, "fork"), "needs os.fork")
    def test_a_forked_child_opens_its_own_connection(self) -> None:
        with TestServer(echo_id) as server:
            client = client_for(server, max_retries=0)
            client.assistants.update("parent_1")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork of a threaded process
                pid = os.fork()
            if pid == 0:  # the child
                code = 1
                try:
                    code = 0 if client.assistants.update("child").assistant.id == "child" else 2
                finally:
                    os._exit(code)
            _, status = os.waitpid(pid, 0)
            self.assertEqual(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8, 0)
            client.assistants.update("parent_2")
            client.close()
            by_id = {r.path.rsplit("/", 1)[1]: r.connection for r in server.requests}
            self.assertEqual(by_id["parent_1"], by_id["parent_2"])
            self.assertNotEqual(by_id["child"], by_id["parent_1"])


if __name__ == "__main__":
    unittest.main()
