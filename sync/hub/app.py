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
connection; the town window may open the same file at the same time.
"""

from __future__ import annotations

import asyncio
import gzip
import sqlite3
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from station_app.errors import DomainError
from station_app.logs import log
from station_app.settings import TOWN_NAME
from station_app.store.schema import SCHEMA_VERSION

from ..packing import decode_page
from ..protocol import (ACCEPTED_PROTOCOLS, ACCEPTED_SCHEMAS, PROTOCOL_VERSION, EnrolReply, EnrolRequest,
                        ExchangeReply, ExchangeRequest, ProtocolError, check_versions, code_key, dumps, hub_proof,
                        is_loopback)
from .apply import exchange
from .guard import AttemptLimiter, EnrolRoute, StationRoute, address_key
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


class HubWorker:
    """Runs database work on one thread that owns the hub store."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-db")
        self.store = None

    def _call(self, fn: Callable, *args: Any) -> Any:
        if self.store is None:
            self.store = open_hub(self.data_dir)
        return fn(self.store, *args)

    async def run(self, fn: Callable, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.pool, self._call, fn, *args)


def _reply(request: Request, content: dict, status: int = 200) -> Response:
    body = dumps(content)
    if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 150:  # smaller: gzip saves nothing
        return Response(gzip.compress(body, 6, mtime=0), status, media_type="application/json",
                        headers={"Content-Encoding": "gzip"})
    return Response(body, status, media_type="application/json")


def _first_error(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "请求格式不对"
    err = errors[0]
    where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
    return f"{where}: {err.get('msg', '格式不对')}" if where else str(err.get("msg", "格式不对"))


def create_app(data_dir: Path, body_timeout_s: float = 60.0) -> FastAPI:
    worker = HubWorker(data_dir)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await worker.run(lambda store: store.close())
        worker.pool.shutdown(wait=True)

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
        message = body.model_dump()
        if message["push"] is not None:
            message["push"] = decode_page(message["push"])
            check_page(message["push"])

        def work(store):
            authenticate(store, body.station, secret)
            reply = exchange(store, body.station, message)
            log.info("exchange %s: %s%s", body.station, reply["push"] or "no push",
                     " (lacks records)" if reply["lacks_records"] else "")
            return reply

        return _reply(request, await worker.run(work))

    app.include_router(enrol_router)
    app.include_router(station_router)
    return app


def _same(computed: str, key: str) -> bool:
    import hmac

    return hmac.compare_digest(computed, key)
