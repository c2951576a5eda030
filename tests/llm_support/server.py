"""A real OpenAI-compatible HTTP server on 127.0.0.1 for the LLM-fallback tests and the bench.

It speaks POST /v1/chat/completions for both request styles instructor sends: forced tool calls
(`tools` + `tool_choice`, answered in `message.tool_calls`) and structured outputs
(`response_format: json_schema`, answered in `message.content`). Each test scripts its replies per
table (the schema's name tells which table a request is about, since tables are asked concurrently);
an unscripted request gets the default responder (e.g. the gold-file oracle) or a 500.
Every request is kept, so tests count calls and read what was sent.
"""
from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from extractor.llm.usage import estimate_tokens


@dataclass
class Reply:
    """A completion. `payload`: dict or callable(request) -> dict; `raw`: the literal text instead."""

    payload: Any = None
    raw: str | None = None
    finish: str = "stop"
    delay: float = 0.0


@dataclass
class Status:
    code: int
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=lambda: {"error": {"message": "scripted error", "type": "server_error"}})
    delay: float = 0.0


def schema_of(request: dict) -> tuple[str, dict]:
    """(name, JSON schema) of the response model a request asks for."""
    if request.get("tools"):
        fn = request["tools"][0]["function"]
        return fn["name"], fn["parameters"]
    rf = request.get("response_format") or {}
    if rf.get("type") == "json_schema":
        return rf["json_schema"]["name"], rf["json_schema"]["schema"]
    return "", {}


def table_of(request: dict) -> str:
    name, _ = schema_of(request)
    for t in ("active_disclosure", "applications", "review_litigation"):
        if name.startswith(t):
            return t
    return name or "?"


def fill_schema(schema: dict, leaf: Callable[[str], Any], prefix: str = "") -> dict:
    """An answer for any object schema: every leaf (a nullable number) from `leaf(dotted path)`."""
    defs = schema.get("$defs", {})

    def walk(node: dict, path: str) -> Any:
        if "$ref" in node:
            node = defs[node["$ref"].split("/")[-1]]
        if node.get("type") == "object" or "properties" in node:
            return {k: walk(v, f"{path}.{k}" if path else k) for k, v in node["properties"].items()}
        if "anyOf" in node and any("$ref" in a or a.get("type") == "object" for a in node["anyOf"]):
            return walk(next(a for a in node["anyOf"] if "$ref" in a or a.get("type") == "object"), path)
        return leaf(path)

    return walk(schema, prefix)


def oracle(cells: dict[str, Any], override: dict[str, Any] | None = None) -> Callable[[dict], dict]:
    """A correct reader: answers every asked cell with the gold value (null where gold has none)."""
    override = override or {}

    def answer(request: dict) -> dict:
        _, schema = schema_of(request)
        table = table_of(request)
        return fill_schema(schema, lambda p: override.get(f"{table}.{p}", cells.get(f"{table}.{p}")))

    return answer


class ScriptedLLM:
    def __init__(self, default: Callable[[dict], Any] | None = None):
        self.requests: list[dict] = []
        self.script: dict[str, deque] = defaultdict(deque)
        self.default = default
        self._lock = threading.Lock()
        self.in_flight = self.max_in_flight = 0
        self._server: ThreadingHTTPServer | None = None

    # --------------------------------------------------------------- control
    def push(self, table: str, *actions: Reply | Status) -> None:
        self.script[table].extend(actions)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def calls_for(self, table: str) -> int:
        return sum(1 for r in self.requests if table_of(r) == table)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self, port: int = 0) -> "ScriptedLLM":
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # keep pytest output clean
                pass

            def do_POST(self):
                owner._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # --------------------------------------------------------------- serving
    def _next(self, request: dict):
        with self._lock:
            self.requests.append(request)
            queue = self.script.get(table_of(request))
            if queue:
                return queue.popleft()
        if self.default is not None:
            return Reply(payload=self.default)
        return Status(500, body={"error": {"message": "script exhausted"}})

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        body = h.rfile.read(int(h.headers.get("Content-Length") or 0))
        if h.path.rstrip("/") != "/v1/chat/completions":
            return self._send(h, 404, {"error": {"message": "not found"}})
        request = json.loads(body)
        action = self._next(request)
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(action.delay)
            if isinstance(action, Status):
                return self._send(h, action.code, action.body, action.headers)
            self._send(h, 200, self.completion(request, action))
        finally:
            with self._lock:
                self.in_flight -= 1

    def completion(self, request: dict, reply: Reply) -> dict:
        if reply.raw is not None:
            text = reply.raw
        else:
            payload = reply.payload(request) if callable(reply.payload) else reply.payload
            text = json.dumps(payload, ensure_ascii=False)
        if reply.finish == "length":
            text = text[: max(1, len(text) // 2)]  # what a cut answer looks like
        message: dict[str, Any] = {"role": "assistant", "content": None}
        name, _ = schema_of(request)
        if request.get("tools"):
            message["tool_calls"] = [{"id": "call_1", "type": "function",
                                      "function": {"name": name, "arguments": text}}]
        else:
            message["content"] = text
        sent = json.dumps([request.get("messages"), request.get("tools"), request.get("response_format")],
                          ensure_ascii=False)
        prompt, completion = estimate_tokens(sent), estimate_tokens(text)
        return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
                "model": request.get("model", "scripted"),
                "choices": [{"index": 0, "message": message, "finish_reason": reply.finish}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                          "total_tokens": prompt + completion}}

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, code: int, data: dict, headers: dict | None = None) -> None:
        blob = json.dumps(data, ensure_ascii=False).encode("utf-8")
        try:
            h.send_response(code)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(blob)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(blob)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)
