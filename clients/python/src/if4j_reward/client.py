"""The HTTP client of the if4j reward server: connection reuse, chunking, retries. Standard library only.

The server (``if4j serve``) is found at ``IF4J_REWARD_URL`` (several URLs, comma-separated: batches are
spread over them), default ``http://127.0.0.1:8000``; its bearer token, if any, in ``IF4J_REWARD_TOKEN``
or in the file named by ``IF4J_REWARD_TOKEN_FILE``.

Connections are kept open (one per thread and server), large batches are split into chunks sent in
parallel across the servers, and a request that fails for a transient reason (connection error,
timeout, 429, 503, other 5xx) is retried on the next server with exponential backoff, honouring
``Retry-After``. A request the server refuses as wrong (400: it names the sample and the field) is
not retried: :class:`RewardError` says what to fix.
"""

import http.client
import itertools
import json
import os
import random
import re
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

__all__ = ["Client", "RewardError", "Unavailable", "default_client", "to_plain", "sample", "OPTION_NAMES",
           "NUMERIC_KEYS"]

DEFAULT_URL = "http://127.0.0.1:8000"

#: The options a request may carry (the server refuses others).
OPTION_NAMES = ("mode", "scale", "judging", "explain", "multipliers", "loose_metrics", "hybrid", "soft_weight",
                "judge_policy")

#: Result keys that are numbers for every sample (what verl logs per key); the loose ones are
#: absent when the server skips loose verdicts (``--no-loose-metrics``).
NUMERIC_KEYS = (
    "score",
    "prompt_strict_acc",
    "inst_strict_acc",
    "prompt_loose_acc",
    "inst_loose_acc",
    "num_instructions",
    "num_followed",
    "num_followed_loose",
)


class RewardError(Exception):
    """The server refused the request (4xx): the message names the sample and the field."""

    def __init__(self, status: int, message: str, field: Optional[str] = None, sample: Optional[int] = None):
        super().__init__("if4j reward server: HTTP %d: %s" % (status, message))
        self.status = status
        self.field = field
        self.sample = sample


class Unavailable(RewardError):
    """No server answered after every retry."""


class NoServer(ValueError):
    """No server URL is known (none configured, or every replica is down for now)."""


def to_plain(value: Any) -> Any:
    """``value`` as JSON-ready Python: numpy arrays and scalars (anything with ``tolist``/``item``),
    tuples and sets become lists and numbers, recursively; strings (JSON ground truth) pass as they are."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_plain(v) for v in value]
    tolist = getattr(value, "tolist", None)
    if callable(tolist):  # numpy.ndarray and numpy scalars
        return to_plain(tolist())
    item = getattr(value, "item", None)
    if callable(item):
        return to_plain(item())
    if isinstance(value, Iterable):
        return [to_plain(v) for v in value]
    return value


def _urls(urls: Union[None, str, Sequence[str]]) -> List[str]:
    if urls is None:
        urls = os.environ.get("IF4J_REWARD_URL") or DEFAULT_URL
    if isinstance(urls, str):
        urls = [u for u in (p.strip() for p in urls.split(",")) if u]
    out = [u.rstrip("/") for u in urls]
    if not out:
        raise NoServer("no reward server URL (set IF4J_REWARD_URL)")
    for u in out:
        parsed = urllib.parse.urlsplit(u)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError("not an http(s) URL: %r" % u)
    return out


def _token(token: Optional[str]) -> Optional[str]:
    if token:
        return token
    token = os.environ.get("IF4J_REWARD_TOKEN")
    if token:
        return token.strip()
    path = os.environ.get("IF4J_REWARD_TOKEN_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            return f.read().strip() or None
    return None


class Client:
    """A connection-reusing, retrying client of one or more reward servers.

    :param urls: server URLs (a list, or one string with commas); default ``IF4J_REWARD_URL``; or a
        function returning the current list (asked before each request: replicas that come and go)
    :param token: bearer token; default ``IF4J_REWARD_TOKEN`` / ``IF4J_REWARD_TOKEN_FILE``
    :param timeout: seconds for one HTTP request (connect, send, answer)
    :param retries: attempts after the first for a transient failure
    :param backoff: first pause between attempts, doubled each time (with jitter), at most ``max_backoff``
    :param chunk_size: samples per request; larger batches are split and sent in parallel
    :param parallel: requests in flight at once for one batch (default: 2 per server)
    :param options: default request options (``mode``, ``scale``, ``judging``, ``explain``, ``multipliers``,
        ``loose_metrics``)
    """

    def __init__(
        self,
        urls: Union[None, str, Sequence[str]] = None,
        token: Optional[str] = None,
        timeout: float = 120.0,
        retries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 10.0,
        chunk_size: int = 2048,
        parallel: Optional[int] = None,
        options: Optional[Dict[str, Any]] = None,
    ):
        self._url_source = urls if callable(urls) else None
        self._fixed_urls = None if callable(urls) else _urls(urls)
        self.token = _token(token)
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.chunk_size = max(1, int(chunk_size))
        self.parallel = max(1, int(parallel)) if parallel else 2 * (len(self._fixed_urls) if self._fixed_urls else 2)
        self.options = check_options(options or {})
        self._next = itertools.count()
        self._next_lock = threading.Lock()
        self._local = threading.local()
        self._open: List[http.client.HTTPConnection] = []  # every thread's, for close()
        self._pool: Optional[ThreadPoolExecutor] = None
        self._pool_lock = threading.Lock()
        #: The version stamp of the last answer (if4j version, registry, fixes, language data read):
        #: store it with scores you keep, so that they never silently cross a checker change.
        self.last_stamp: Optional[Dict[str, Any]] = None

    @property
    def urls(self) -> List[str]:
        """The servers this client sends to now."""
        if self._url_source is None:
            return self._fixed_urls
        return _urls(list(self._url_source()))

    # -- public API ---------------------------------------------------------------------------

    def score(self, samples: Sequence[Dict[str, Any]], options: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """Results of ``samples`` (dicts with ``response``, ``ground_truth`` and optionally ``prompt``,
        ``data_source``, ``extra_info``, ``weights``), in order."""
        merged = dict(self.options)
        merged.update(check_options(options or {}))
        plain = [to_plain(s) for s in samples]
        if not plain:
            return []
        chunks = [(i, plain[i : i + self.chunk_size]) for i in range(0, len(plain), self.chunk_size)]

        def one(offset_chunk) -> List[Dict[str, Any]]:
            offset, chunk = offset_chunk
            body: Dict[str, Any] = {"samples": chunk}
            if merged:
                body["options"] = merged
            try:
                reply = self._post("/v1/score", body)
            except RewardError as e:
                raise _in_batch(e, offset) from None
            results = reply["results"]
            if len(results) != len(chunk):
                raise RewardError(502, "the server answered %d results for %d samples" % (len(results), len(chunk)))
            return results, reply.get("stamp")

        if len(chunks) == 1:
            results, self.last_stamp = one(chunks[0])
            return results
        out: List[Dict[str, Any]] = []
        stamps = []
        for part, stamp in self._executor().map(one, chunks):
            out.extend(part)
            stamps.append(stamp)
        _same_checkers(stamps)
        self.last_stamp = stamps[-1]
        return out

    def get_reward(self, queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any]) -> Dict[str, Any]:
        """OpenRLHF's remote reward call (what ``--remote_rm_url`` sends), for tests and tools."""
        return self._post("/get_reward", {"query": list(queries), "prompts": list(prompts), "labels": to_plain(list(labels))})

    def healthy(self) -> bool:
        """True when every server answers ``GET /healthz`` with 200."""
        for url in self.urls:
            try:
                status, _, _ = self._request(url, "GET", "/healthz", None)
            except (OSError, http.client.HTTPException):
                return False
            if status != 200:
                return False
        return True

    def close(self) -> None:
        """Closes every connection and the chunk executor (the client stays usable: it reconnects)."""
        with self._pool_lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
            conns, self._open = self._open, []
        for conn in conns:
            conn.close()
        self._local.conns = {}

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transport ----------------------------------------------------------------------------

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.parallel, thread_name_prefix="if4j-reward")
            return self._pool

    def _pick(self) -> int:
        with self._next_lock:
            return next(self._next)

    def _conn(self, url: str) -> http.client.HTTPConnection:
        conns = getattr(self._local, "conns", None)
        if conns is None:
            conns = self._local.conns = {}
        conn = conns.get(url)
        if conn is None:
            parts = urllib.parse.urlsplit(url)
            cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
            conn = cls(parts.hostname, parts.port, timeout=self.timeout)
            conns[url] = conn
            with self._pool_lock:
                self._open.append(conn)
        return conn

    def _drop(self, url: str) -> None:
        conn = getattr(self._local, "conns", {}).pop(url, None)
        if conn is not None:
            conn.close()
            with self._pool_lock:
                if conn in self._open:
                    self._open.remove(conn)

    def _request(self, url: str, method: str, path: str, body: Optional[bytes]):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        prefix = urllib.parse.urlsplit(url).path.rstrip("/")
        conn = self._conn(url)
        try:
            conn.request(method, prefix + path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
        except BaseException:
            self._drop(url)
            raise
        if (resp.getheader("Connection") or "").lower() == "close":
            self._drop(url)
        return resp.status, resp.getheader("Retry-After"), data

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        start = self._pick()
        last = "no attempt"
        for attempt in range(self.retries + 1):
            retry_after = None
            url = self._url_at(start + attempt)
            if url is None:  # every replica is restarting: wait as for a refused request
                last = "no server is up"
            else:
                try:
                    status, retry_after, data = self._request(url, "POST", path, body)
                except (OSError, http.client.HTTPException, socket.timeout) as e:
                    last = "%s: %s" % (url, e)
                else:
                    if status == 200:
                        return json.loads(data)
                    message, field, sample = _error(data)
                    if not (status in (429, 503) or status >= 500):
                        raise RewardError(status, message, field, sample)
                    last = "%s: HTTP %d: %s" % (url, status, message)
            if attempt < self.retries:
                time.sleep(self._pause(attempt, retry_after))
        raise Unavailable(503, "no answer after %d attempts; last: %s" % (self.retries + 1, last))

    def _url_at(self, turn: int) -> Optional[str]:
        """The server for this attempt (round robin), or None while a URL source has none."""
        try:
            urls = self.urls
        except NoServer:
            if self._url_source is None:
                raise
            return None
        return urls[turn % len(urls)]

    def _pause(self, attempt: int, retry_after: Optional[str]) -> float:
        pause = min(self.max_backoff, self.backoff * (2 ** attempt)) * (0.5 + random.random() / 2)
        if retry_after:
            try:
                pause = max(pause, float(retry_after))
            except ValueError:
                pass
        return pause


def _in_batch(e: RewardError, offset: int) -> RewardError:
    """A chunk's error with the sample index and field of the whole batch (the chunk started at ``offset``)."""
    if offset == 0 or e.sample is None:
        return e
    at = e.sample + offset
    field = re.sub(r"^samples\[%d\]" % e.sample, "samples[%d]" % at, e.field or "")
    message = e.args[0].split(": ", 2)[-1]
    message = re.sub(r"^sample %d: field 'samples\[%d\]" % (e.sample, e.sample), "sample %d: field 'samples[%d]" % (at, at),
                     message)
    return type(e)(e.status, message, field or e.field, at)


def _same_checkers(stamps: List[Optional[Dict[str, Any]]]) -> None:
    """One batch's chunks were scored by servers with the same checkers (version, registry, fixes):
    a mixed fleet would silently mix rewards of different checker versions."""
    seen = {(s.get("if4j_version"), s.get("registry"), tuple(s.get("fixes") or ())) for s in stamps if s}
    if len(seen) > 1:
        raise RewardError(502, "the servers of this client judge with different checkers: %s; serve one"
                          " if4j version, registry and fix set behind one client" % sorted(seen, key=str))


def _error(data: bytes):
    try:
        err = json.loads(data)["error"]
        return str(err.get("message")), err.get("field"), err.get("sample")
    except (ValueError, KeyError, TypeError, AttributeError):
        return data[:500].decode("utf-8", "replace"), None, None


def check_options(options: Dict[str, Any]) -> Dict[str, Any]:
    unknown = sorted(set(options) - set(OPTION_NAMES))
    if unknown:
        raise ValueError("unknown option(s) %s; known: %s" % (", ".join(unknown), ", ".join(OPTION_NAMES)))
    return {k: to_plain(v) for k, v in options.items() if v is not None}


_default: Optional[Client] = None
_default_lock = threading.Lock()


def default_client() -> Client:
    """The process-wide client configured from the environment (made on first use): over the Ray
    replicas named by ``IF4J_REWARD_RAY`` (:mod:`if4j_reward.ray`), else ``IF4J_REWARD_URL``."""
    global _default
    with _default_lock:
        if _default is None:
            replicas = os.environ.get("IF4J_REWARD_RAY")
            if replicas:
                from if4j_reward.ray import client as ray_client  # needs ray: only when asked for

                _default = ray_client(replicas)
            else:
                _default = Client()
        return _default


_by_url: Dict[str, Client] = {}


def split_kwargs(kwargs: Dict[str, Any]):
    """A trainer's extra keyword arguments (verl's ``reward_kwargs``): our request options, and the
    client: ``client``, or ``url`` (one client per URL, kept), else the default client. Other keys
    (what a trainer passes for its own reward functions) are ignored."""
    options = {k: kwargs[k] for k in OPTION_NAMES if k in kwargs and kwargs[k] is not None}
    client = kwargs.get("client")
    if client is None and kwargs.get("url"):
        with _default_lock:
            client = _by_url.get(kwargs["url"])
            if client is None:
                client = _by_url[kwargs["url"]] = Client(kwargs["url"])
    return check_options(options), client or default_client()


def sample(response: str, ground_truth: Any, prompt: Optional[str] = None, extra_info: Any = None,
           data_source: Any = None) -> Dict[str, Any]:
    """One ``/v1/score`` sample; verl keeps the prompt, when at all, in ``extra_info["prompt"]``."""
    s: Dict[str, Any] = {"response": response, "ground_truth": ground_truth}
    if prompt is not None:
        s["prompt"] = prompt
    if isinstance(extra_info, dict):
        s["extra_info"] = extra_info
        if prompt is None and isinstance(extra_info.get("prompt"), str):
            s["prompt"] = extra_info["prompt"]
    if isinstance(data_source, str):
        s["data_source"] = data_source
    return s
