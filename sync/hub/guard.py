"""What stands between the network and the hub's database: trust before cost.

- ``StationRoute``: the bearer secret is checked (one indexed look-up on the database
  thread) before a byte of the body is read; a stranger costs the hub next to nothing.
- ``GzipRequest``: the body is read against a deadline and inflated piece by piece with
  a cap; its JSON is parsed off the event loop and checked (valid Unicode, 64-bit
  integers) so bad text or numbers are a 422, never a 500.
- ``SlowClientProtocol``: a connection that does not finish its request line and
  headers in ``HEADER_TIMEOUT_S`` is closed, so idle or slow clients cannot hold the
  hub's connections open.
- ``AttemptLimiter``: failed enrolment attempts per station and per client address; past
  the limit a 429 with ``Retry-After``.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.responses import Response
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..codings import inflate_zstd
from ..bodies import Inflater, loads_checked
from ..protocol import MAX_BODY_BYTES, MAX_RAW_BYTES, ProtocolError

HEADER_TIMEOUT_S = 10.0
BODY_TIMEOUT_S = 60.0
# Parsing is the costly step (memory and CPU): two at a time, off the event loop. A
# small body (an idle sync) is parsed at once on the loop: queued behind full pages it
# would wait for all of them.
PARSERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hub-json")
SMALL_BODY = 16 * 1024


async def off_the_loop(size: int, fn: Callable, *args):
    """``fn(*args)``: on a parser thread when ``size`` bytes make it worth the trip."""
    if size <= SMALL_BODY:
        return fn(*args)
    return await asyncio.get_running_loop().run_in_executor(PARSERS, fn, *args)


class BodyError(HTTPException):
    """A request refused before or while its body is read: raised as an HTTPException so
    FastAPI passes it through unchanged."""

    def __init__(self, err: ProtocolError, headers: dict | None = None):
        super().__init__(err.status, detail=err.body(), headers=headers)


class GzipRequest(Request):
    max_body = MAX_BODY_BYTES
    max_raw = MAX_RAW_BYTES

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            declared = self.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body:
                raise BodyError(_too_large(self.max_body))
            timeout = getattr(self.app.state, "body_timeout_s", BODY_TIMEOUT_S)
            try:
                self._body = await asyncio.wait_for(self._read(), timeout)
            except ProtocolError as err:
                raise BodyError(err) from None
            except asyncio.TimeoutError:
                raise BodyError(ProtocolError(408, "too_slow", f"请求在 {timeout:.0f} 秒内没有传完")) from None
        return self._body

    async def _read(self) -> bytes:
        coding = self.headers.get("content-encoding", "")
        if "zstd" in coding:
            return await self._read_zstd()
        inflater = Inflater(self.max_raw) if "gzip" in coding else None
        out, size = bytearray(), 0
        async for chunk in self.stream():
            size += len(chunk)
            if size > self.max_body:
                raise _too_large(self.max_body)
            if inflater is None:
                out += chunk
            else:
                for piece in inflater.feed(chunk):
                    out += piece
        if inflater is not None:
            inflater.finish()
        return bytes(out)

    async def _read_zstd(self) -> bytes:
        """A zstd body is read whole (at most ``max_body``) and inflated once its frame
        says how large it will be."""
        packed = bytearray()
        async for chunk in self.stream():
            packed += chunk
            if len(packed) > self.max_body:
                raise _too_large(self.max_body)
        return await off_the_loop(len(packed) * 4, inflate_zstd, bytes(packed), self.max_raw)

    async def json(self):
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = await off_the_loop(len(body), loads_checked, body)
            except ProtocolError as err:
                raise BodyError(err) from None
        return self._json


class SmallGzipRequest(GzipRequest):
    """An enrolment: a few hundred bytes; anything bigger is not one."""

    max_body = 16 * 1024
    max_raw = 64 * 1024


def _too_large(limit: int) -> ProtocolError:
    return ProtocolError(413, "too_large", f"请求超过 {limit // 1024} KB")


class GzipRoute(APIRoute):
    request_class: type[GzipRequest] = GzipRequest

    def get_route_handler(self) -> Callable:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            ours = self.request_class(request.scope, request.receive)
            await self.before_body(ours)
            return await original(ours)

        return handler

    async def before_body(self, request: GzipRequest) -> None:
        """Checks that must pass before the body is read."""


class EnrolRoute(GzipRoute):
    request_class = SmallGzipRequest

    async def before_body(self, request: GzipRequest) -> None:
        request.app.state.address_limiter.check(address_key(request))


class StationRoute(GzipRoute):
    """A station's exchange: its secret is checked before its body is read; the station
    it belongs to is ``request.state.station``."""

    async def before_body(self, request: GzipRequest) -> None:
        from .stations import station_of_secret

        scheme, _, secret = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise BodyError(ProtocolError(401, "no_credentials", "请求没有带服务站密钥"),
                            headers={"WWW-Authenticate": "Bearer"})
        try:
            request.state.station = await request.app.state.worker.read(station_of_secret, secret.strip())
        except ProtocolError as err:
            raise BodyError(err) from None


def address_key(request: Request) -> str:
    return "addr:" + (request.client.host if request.client else "?")


class AttemptLimiter:
    """At most ``limit`` failed attempts per key in ``window_s``; kept in memory (a restart
    forgets, which costs an attacker a restart of the town's PC to gain a window)."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000):
        self.limit, self.window, self.clock, self.max_keys = limit, window_s, clock, max_keys
        self.failures: dict[str, deque] = {}

    def check(self, *keys: str) -> None:
        now = self.clock()
        for key in keys:
            seen = self._recent(key, now)
            if len(seen) >= self.limit:
                wait = max(1, int(seen[0] + self.window - now) + 1)
                raise BodyError(ProtocolError(429, "too_many_attempts",
                                              f"登记尝试太多，请 {wait // 60 + 1} 分钟后再试", retry_after=wait),
                                headers={"Retry-After": str(wait)})

    def failed(self, *keys: str) -> None:
        now = self.clock()
        if len(self.failures) >= self.max_keys:
            for key in [k for k, v in self.failures.items() if not v or v[-1] + self.window <= now]:
                del self.failures[key]
        for key in keys:
            if key in self.failures or len(self.failures) < self.max_keys:
                self.failures.setdefault(key, deque()).append(now)

    def _recent(self, key: str, now: float) -> deque:
        seen = self.failures.get(key, deque())
        while seen and seen[0] + self.window <= now:
            seen.popleft()
        return seen


class SlowClientProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline for the request line and headers
    (uvicorn waits for them forever on a new connection)."""

    _deadline: asyncio.TimerHandle | None = None
    header_timeout_s = HEADER_TIMEOUT_S

    @classmethod
    def with_timeout(cls, seconds: float) -> type["SlowClientProtocol"]:
        return type(cls.__name__, (cls,), {"header_timeout_s": seconds})

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._deadline is not None and self.cycle is not self._waiting_for:
            self._disarm()  # a request has started: the body has its own deadline

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._waiting_for = self.cycle
        self._deadline = self.loop.call_later(self.header_timeout_s, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        idle = self.cycle is None or self.cycle.response_complete
        if idle and not self.transport.is_closing():
            self.transport.close()
