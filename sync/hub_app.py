"""The hub service: FastAPI, served by uvicorn (``station-hub serve``), OpenAPI at /docs.

- ``GET /health``: no auth; the hub's town, epoch and versions.
- ``POST /v1/enrol``: one-time code → station secret.
- ``POST /v1/exchange``: push a page of outbox ops and pull a page of hub changes in one
  round trip. Bearer secret of the station named in the body.

Request bodies may be gzip (``Content-Encoding: gzip``); their size is limited before
and after decompression. Replies are gzip when the client accepts it. Every refusal is
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
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from station_app.errors import DomainError
from station_app.logs import log
from station_app.store.schema import SCHEMA_VERSION

from .hub_apply import exchange
from .hub_stations import authenticate, enrol
from .hub_store import hub_epoch, open_hub
from .packing import decode_page
from .protocol import (ACCEPTED_PROTOCOLS, ACCEPTED_SCHEMAS, MAX_BODY_BYTES, MAX_RAW_BYTES, PROTOCOL_VERSION,
                       EnrolReply, EnrolRequest, ExchangeReply, ExchangeRequest, ProtocolError, check_versions,
                       dumps, gunzip_limited)


class BodyError(HTTPException):
    """A body refused while it is read (too large, bad gzip): raised as an HTTPException
    so FastAPI passes it through unchanged."""

    def __init__(self, err: ProtocolError):
        super().__init__(err.status, detail=err.body())


class GzipRequest(Request):
    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            declared = self.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                raise BodyError(ProtocolError(413, "too_large", f"请求超过 {MAX_BODY_BYTES // 1024 // 1024} MB"))
            chunks, size = [], 0
            async for chunk in self.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise BodyError(ProtocolError(413, "too_large", f"请求超过 {MAX_BODY_BYTES // 1024 // 1024} MB"))
                chunks.append(chunk)
            body = b"".join(chunks)
            if "gzip" in self.headers.get("content-encoding", ""):
                try:
                    body = gunzip_limited(body, MAX_RAW_BYTES)
                except ProtocolError as err:
                    raise BodyError(err) from None
            self._body = body
        return self._body


class GzipRoute(APIRoute):
    def get_route_handler(self) -> Callable:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            return await original(GzipRequest(request.scope, request.receive))

        return handler


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


def create_app(data_dir: Path) -> FastAPI:
    worker = HubWorker(data_dir)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await worker.run(lambda store: store.close())
        worker.pool.shutdown(wait=True)

    app = FastAPI(title="村便民服务站 · 镇中心集线器 (town hub)", version=str(PROTOCOL_VERSION),
                  description="Sync service for the village stations. See sync/PROTOCOL.md.", lifespan=lifespan)
    app.state.worker = worker
    router = APIRouter(route_class=GzipRoute)
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

    @app.get("/health", summary="Is the hub up?")
    async def health() -> dict:
        def read(store):
            return {"status": "ok", "town": store.get_meta("town_name"), "epoch": hub_epoch(store)}

        return {**await worker.run(read), "protocol_versions": sorted(ACCEPTED_PROTOCOLS),
                "schema_versions": sorted(ACCEPTED_SCHEMAS)}

    @router.post("/v1/enrol", response_model=EnrolReply, summary="Trade a one-time code for the station secret",
                 responses={403: {"description": "unknown station, wrong or used code"}})
    async def enrol_station(body: EnrolRequest, request: Request):
        check_versions(body.protocol_version, body.schema_version)
        made = await worker.run(enrol, body.station.upper(), body.code)
        log.info("enrolled station %s", made["station"])
        return _reply(request, {"protocol_version": PROTOCOL_VERSION, "schema_version": SCHEMA_VERSION, **made})

    @router.post("/v1/exchange", response_model=ExchangeReply, summary="Push a page of ops, pull a page of changes",
                 responses={401: {"description": "no secret"}, 403: {"description": "wrong secret or station"},
                            409: {"description": "gap: resend from last_applied + 1"},
                            413: {"description": "body too large"}})
    async def exchange_page(body: ExchangeRequest, request: Request,
                            creds: HTTPAuthorizationCredentials | None = Depends(bearer)):
        check_versions(body.protocol_version, body.schema_version)
        if body.push is not None:
            check_versions(body.protocol_version, body.push.schema_version)
        secret = creds.credentials if creds else None
        message = body.model_dump()
        if message["push"] is not None:
            message["push"] = decode_page(message["push"])

        def work(store):
            authenticate(store, body.station, secret)
            reply = exchange(store, body.station, message)
            log.info("exchange %s: %s%s", body.station, reply["push"] or "no push",
                     " (lacks records)" if reply["lacks_records"] else "")
            return reply

        return _reply(request, await worker.run(work))

    app.include_router(router)
    return app
