"""A local HTTP server standing in for the town's SMS gateway (the JSON provider shape of
``sync/town/sms_gateway.py``), on 127.0.0.1 in a thread: it keeps every request it saw and
answers with what ``answer(body) -> (status, reply)`` says (``reply``: JSON-able, or
bytes sent as they are)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

KEY = "test-key-0123456789abcdef"


def accept(body: dict) -> tuple[int, object]:
    return 200, {"ok": True, "id": f"gw-{body['ref'][-6:]}"}


class FakeGateway:
    def __init__(self, answer: Callable[[dict], tuple[int, object]] = accept, delay: float = 0.0):
        self.answer = answer
        self.delay = delay
        self.seen: list[dict] = []
        self.headers: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.seen.append(body)
                fake.headers.append(dict(self.headers))
                if fake.delay:
                    time.sleep(fake.delay)
                if self.headers.get("X-Api-Key") != KEY:
                    status, reply = 401, {"ok": False, "error": "bad key"}
                else:
                    status, reply = fake.answer(body)
                data = reply if isinstance(reply, bytes) else json.dumps(reply, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/send"

    def __enter__(self) -> "FakeGateway":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
