"""The hub service: FastAPI, served by uvicorn (``station-hub serve``), OpenAPI at /docs.

- ``GET /health``: no auth; the hub's town, epoch and versions.
- ``POST /v1/enrol``: one-time code → station secret.
- ``POST /v1/exchange``: push a page of outbox ops and pull a page of hub changes in one
  round trip. Bearer secret of the station named in the body, checked before the body
  is read (guard.py).

Request bodies may be gzip (``Content-Encoding: gzip``); they are inflated in a stream and
their size is limited before and after decompression. Replies are gzip when the client accepts it. Every refusal is
a 4xx with ``{"error": code, "reason": words}`` and changes nothing (each request is one
transaction). All database work runs on one worker thread that owns the hub's SQLite
connection, quick jobs before full pages (``HubWorker``); decoding pages and packing
replies run beside the event loop. The town window may open the same file at the same time.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import queue
import sqlite3
import threading
from contextlib import asynccontextmanager
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from station_app.errors import DomainError
from station_app.logs import log
from station_app.record_fields import entity_rules
from station_app.settings import TOWN_NAME
from station_app.store.schema import SCHEMA_VERSION

from ..packing import decode_page
from ..codings import reply_level, zstd_available, zstd_bytes
from ..bodies import dumps
from ..protocol import (ACCEPTED_PROTOCOLS, ACCEPTED_SCHEMAS, PROTOCOL_VERSION, EnrolReply, EnrolRequest, ExchangeReply,
                        ExchangeRequest, ProtocolError, PULL_LIMIT, PullRequest, check_versions, records_in)
from ..keys import code_key, hub_proof, is_loopback
from .apply import exchange
from .idle import ContactNotes, idle_reply, quiet
from .guard import AttemptLimiter, EnrolRoute, StationRoute, address_key, off_the_loop
from .stations import authenticate, enrol_by_proof, enrol_salt, complete_enrolment
from .store import hub_epoch, open_hub
from .tls import cert_fingerprint, plain_http_allowed
from .trust import check_page

# PBKDF2 of a protocol-1 enrolment code: neither on the event loop nor on the database thread.
KDF = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-kdf")
# Failed enrolments allowed in 15 minutes: per station (an agent may mistype a few times)
# and per client address (one machine trying many stations).
STATION_FAILURES, ADDRESS_FAILURES, FAILURE_WINDOW_S = 5, 30, 15 * 60

# Every answer the hub gives besides 200, for the OpenAPI document.
COMMON = {400: {"description": "versions, gzip"}, 413: {"description": "body too large"},
          408: {"description": "body not sent in time"}, 422: {"description": "malformed request"},
          503: {"description": "database busy or too many connections; Retry-After"}}


# Opening a store may migrate it: the writer and the reader never do it at once.
OPENING = threading.Lock()


class HubWorker:
    """Runs database work on one thread that owns the hub store, quick jobs first, and
    reads beside it on a second connection.

    SQLite takes one writer at a time, and an exchange is one write transaction, so a
    second writer would only wait for the lock. What keeps an idle station's sync short
    while 27 others push full pages: jobs wait in a priority queue, and a quick one (an
    exchange pushing little) goes before every page still waiting; the look-up of a
    secret, and an exchange that only asks for news while the writer is busy
    (``idle.py``), are answered by the reader (WAL: readers never wait for the writer)."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.jobs: queue.PriorityQueue = queue.PriorityQueue()
        self.order = itertools.count()
        self.store = None
        self.reader_store = None
        self.waiting = 0  # jobs queued or running on the writer
        self.counting = threading.Lock()
        self.reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-read")
        self.thread = threading.Thread(target=self._serve, name="hub-db", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            _priority, _order, job = self.jobs.get()
            if job is None:
                return
            future, fn, args = job
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(self._call(fn, *args))
                    except BaseException as err:  # noqa: BLE001 - handed to the request that asked
                        future.set_exception(err)
            finally:
                with self.counting:
                    self.waiting -= 1

    def _call(self, fn: Callable, *args: Any) -> Any:
        if self.store is None:
            with OPENING:
                self.store = open_hub(self.data_dir)
        return fn(self.store, *args)

    def _read(self, fn: Callable, *args: Any) -> Any:
        if self.reader_store is None:
            with OPENING:
                self.reader_store = open_hub(self.data_dir)
        return fn(self.reader_store, *args)

    @property
    def busy(self) -> bool:
        return self.waiting > 0

    def submit(self, fn: Callable, *args: Any, heavy: bool = False) -> Future:
        future: Future = Future()
        with self.counting:
            self.waiting += 1
        self.jobs.put((1 if heavy else 0, next(self.order), (future, fn, args)))
        return future

    async def run(self, fn: Callable, *args: Any, heavy: bool = False) -> Any:
        return await asyncio.wrap_future(self.submit(fn, *args, heavy=heavy))

    async def read(self, fn: Callable, *args: Any) -> Any:
        """``fn(store, *args)`` on the reader's connection: for reads only."""
        return await asyncio.get_running_loop().run_in_executor(self.reader, self._read, fn, *args)

    def shutdown(self) -> None:
        if self.reader_store is not None:
            self.reader.submit(self.reader_store.close).result()
        self.reader.shutdown(wait=True)
        if self.store is not None:
            self.submit(lambda store: store.close()).result()
        self.jobs.put((2, next(self.order), None))
        self.thread.join()


# An exchange pushing more ops than this waits behind the quick ones.
QUICK_OPS = 50


# Told with every reply: the hub takes zstd request bodies (RFC 7694), so a station that
# reads it sends its next pages zstd'd; older stations never look and keep sending gzip.
TAKES = {"Accept-Encoding": "zstd, gzip"} if zstd_available() else {}


def on_a_quick_link(pull: PullRequest | None) -> bool:
    """A recovery page asked column by column and larger than the first: a station grows
    its pages only after a full one came back in under half a second."""
    return pull is not None and pull.columns and pull.limit > PULL_LIMIT


def _reply(request: Request, content: dict, status: int = 200, quick: bool = False) -> Response:
    """``content`` packed as the station takes it. ``quick``: a recovery page asked column
    by column and larger than the first, which a station asks only over a quick link;
    there zstd 3 packs it smaller than zstd 9 packed rows, in a fifth of the time
    (sync/RECOVERY.md).
    A station on a slow link asks ``Save-Data: on`` (codings.reply_level)."""
    body = dumps(content)
    accepted = request.headers.get("accept-encoding", "")
    if len(body) <= 150:  # smaller: compression saves nothing
        return Response(body, status, media_type="application/json", headers=TAKES)
    if "zstd" in accepted and TAKES:
        level = reply_level(len(body), quick, request.headers.get("save-data", "").strip().lower() == "on")
        return Response(zstd_bytes(body, level), status, media_type="application/json",
                        headers={"Content-Encoding": "zstd", **TAKES})
    if "gzip" in accepted:
        return Response(gzip.compress(body, 6, mtime=0), status, media_type="application/json",
                        headers={"Content-Encoding": "gzip", **TAKES})
    return Response(body, status, media_type="application/json", headers=TAKES)


def _first_error(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "请求格式不对"
    err = errors[0]
    where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
    return f"{where}: {err.get('msg', '格式不对')}" if where else str(err.get("msg", "格式不对"))


def create_app(data_dir: Path, body_timeout_s: float = 60.0) -> FastAPI:
    worker = HubWorker(data_dir)
    contacts = ContactNotes()
    entity_rules()  # loaded now, not by the first station's page

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await asyncio.get_running_loop().run_in_executor(None, worker.shutdown)

    app = FastAPI(title="村便民服务站 · 镇中心集线器 (town hub)", version=str(PROTOCOL_VERSION),
                  description="Sync service for the village stations. See sync/PROTOCOL.md.", lifespan=lifespan)
    app.state.worker = worker
    app.state.body_timeout_s = body_timeout_s
    app.state.station_limiter = AttemptLimiter(STATION_FAILURES, FAILURE_WINDOW_S)
    app.state.address_limiter = AttemptLimiter(ADDRESS_FAILURES, FAILURE_WINDOW_S)
    app.state.cert_sha256 = cert_fingerprint(data_dir) or ""
    enrol_router = APIRouter(route_class=EnrolRoute)
    station_router = APIRouter(route_class=StationRoute)
    bearer = HTTPBearer(auto_error=False, description="the station's secret, received at enrolment")

    @app.exception_handler(ProtocolError)
    async def protocol_error(request: Request, exc: ProtocolError):
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(DomainError)
    async def domain_error(request: Request, exc: DomainError):
        return JSONResponse({"error": exc.code, "reason": exc.message, "field": exc.field}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": "bad_request", "reason": _first_error(exc)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        body = exc.detail if isinstance(exc.detail, dict) else {"error": "http", "reason": str(exc.detail)}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(sqlite3.OperationalError)
    async def busy(request: Request, exc: sqlite3.OperationalError):
        # The town window held the database too long: the station retries later.
        return JSONResponse({"error": "busy", "reason": f"镇中心数据库忙，请稍后再试（{exc}）"},
                            status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.error("unexpected error answering %s", request.url.path, exc_info=exc)
        return JSONResponse({"error": "internal", "reason": "镇中心出了意外的错误，已记录在日志里，请稍后再试"},
                            status_code=500)

    @app.get("/health", summary="Is the hub up?", responses={503: COMMON[503]})
    async def health() -> dict:
        def read(store):
            return {"status": "ok", "town": TOWN_NAME.get(store), "epoch": hub_epoch(store),
                    "plain_http_allowed": plain_http_allowed(store)}

        return {**await worker.run(read), "protocol_versions": sorted(ACCEPTED_PROTOCOLS),
                "schema_versions": sorted(ACCEPTED_SCHEMAS), "cert_sha256": app.state.cert_sha256 or None}

    @enrol_router.post("/v1/enrol", response_model=EnrolReply, summary="Trade a one-time code for the station secret",
                       responses={**COMMON, 403: {"description": "wrong or used code (one answer for every case), "
                                                                 "or plain HTTP the town has not allowed"},
                                  429: {"description": "too many wrong codes; Retry-After"}})
    async def enrol_station(body: EnrolRequest, request: Request):
        check_versions(body.protocol_version, body.schema_version)
        station = body.station.upper()
        app.state.station_limiter.check(station)
        https = request.url.scheme == "https"
        if not https and not is_loopback(request.client.host if request.client else None):
            if not await worker.run(plain_http_allowed):
                raise ProtocolError(403, "plain_http_refused", "镇中心只接受加密连接（https）登记；请用 https 地址")
        seen = app.state.cert_sha256 if https else ""
        try:
            if body.proof:
                made = await worker.run(enrol_by_proof, station, body.proof, seen)
            elif body.code:
                salt = await worker.run(enrol_salt, station)
                computed = await asyncio.get_running_loop().run_in_executor(KDF, code_key, body.code, salt)
                made = await worker.run(complete_enrolment, station, lambda key: _same(computed, key))
            else:
                raise ProtocolError(422, "bad_request", "请给出登记码的证明（proof）或登记码（code）")
        except ProtocolError as err:
            if err.status == 403:
                app.state.station_limiter.failed(station)
                app.state.address_limiter.failed(address_key(request))
            raise
        key = made.pop("key")
        log.info("enrolled station %s", station)
        reply = {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, **made,
                 "hub_proof": hub_proof(key, station, seen, made["secret"])}
        return _reply(request, reply)

    @station_router.post("/v1/exchange", response_model=ExchangeReply,
                         summary="Push a page of ops, pull a page of changes",
                         responses={**COMMON, 401: {"description": "no secret"},
                                    403: {"description": "wrong secret, revoked, or another station's body"},
                                    409: {"description": "gap: resend from last_applied + 1"}})
    async def exchange_page(body: ExchangeRequest, request: Request,
                            creds: HTTPAuthorizationCredentials | None = Depends(bearer)):
        if body.station != request.state.station:
            raise ProtocolError(403, "wrong_station", f"这个密钥属于服务站 {request.state.station}，不能替 {body.station} 同步")
        check_versions(body.protocol_version, body.schema_version)
        if body.push is not None:
            check_versions(body.protocol_version, body.push.schema_version)
        secret = creds.credentials if creds else None
        # Decoding a page is CPU work: off the event loop, which keeps serving the others.
        ops = len(body.push.ops) if body.push is not None else 0
        message = await off_the_loop(ops * 300, _canonical, body)

        def work(store):
            authenticate(store, body.station, secret)
            reply = exchange(store, body.station, message)
            log.info("exchange %s: %s%s", body.station, reply["push"] or "no push",
                     " (lacks records)" if reply["lacks_records"] else "")
            return reply

        reply = None
        if worker.busy and quiet(message):  # only news, while the writer works for others
            reply = await worker.read(idle_reply, body.station, secret, message)
            if reply is not None:
                if contacts.add(body.station, message):
                    worker.submit(contacts.write).add_done_callback(_logged)
        if reply is None:
            reply = await worker.run(work, heavy=ops > QUICK_OPS)
        return await off_the_loop(records_in(reply["pull"]) * 500, _reply, request, reply, 200,
                                  on_a_quick_link(body.pull))

    app.include_router(enrol_router)
    app.include_router(station_router)
    return app


def _logged(done: Future) -> None:
    if done.exception() is not None:
        log.warning("could not note a station's contact: %s", done.exception())


def _canonical(body: ExchangeRequest) -> dict:
    """The request as ``exchange`` takes it: a compact page decoded and checked. The page
    is read from the validated model as it stands (dumping a thousand ops only to read
    them once costs more than decoding them)."""
    message = body.model_dump(exclude={"push"})
    message["push"] = None
    if body.push is not None:
        page = body.push
        message["push"] = decode_page({"from_seq": page.from_seq, "to_seq": page.to_seq,
                                       "schema_version": page.schema_version, "node": page.node,
                                       "shapes": page.shapes, "op_ids": page.op_ids.model_dump(),
                                       "record_ids": page.record_ids.model_dump(), "ops": page.ops})
        check_page(message["push"])
    return message


def _same(computed: str, key: str) -> bool:
    import hmac

    return hmac.compare_digest(computed, key)
