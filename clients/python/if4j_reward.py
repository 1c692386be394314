"""Client of the if4j reward server, for RL trainers. Standard library only; Python 3.9+.

One file, so that trainers can load it by path:

* verl (naive reward manager): ``custom_reward_function.path=clients/python/if4j_reward.py``,
  ``custom_reward_function.name=compute_score``.
* verl (``reward_model.reward_manager=batch``): ``custom_reward_function.name=compute_score_batch``.
* TRL ``GRPOTrainer``: ``reward_funcs=[if4j_reward.trl_reward]`` (ground truth from the dataset's
  ``ground_truth`` column, or google/IFEval's ``instruction_id_list`` + ``kwargs`` columns), or
  ``make_trl_reward(column=..., mode=...)``.
* OpenRLHF needs no client: ``--remote_rm_url http://HOST:PORT/get_reward``.

The server (``./if4j serve``) is found at ``IF4J_REWARD_URL`` (several URLs, comma-separated, are
used in turn), default ``http://127.0.0.1:8000``; its bearer token, if any, in ``IF4J_REWARD_TOKEN``
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
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

__all__ = [
    "Client",
    "RewardError",
    "Unavailable",
    "compute_score",
    "compute_score_batch",
    "trl_reward",
    "make_trl_reward",
    "default_client",
    "to_plain",
]

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
        raise ValueError("no reward server URL (set IF4J_REWARD_URL)")
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

    :param urls: server URLs (a list, or one string with commas); default ``IF4J_REWARD_URL``
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
        self.urls = _urls(urls)
        self.token = _token(token)
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.chunk_size = max(1, int(chunk_size))
        self.parallel = max(1, int(parallel)) if parallel else 2 * len(self.urls)
        self.options = _check_options(options or {})
        self._next = itertools.count()
        self._next_lock = threading.Lock()
        self._local = threading.local()
        self._open: List[http.client.HTTPConnection] = []  # every thread's, for close()
        self._pool: Optional[ThreadPoolExecutor] = None
        self._pool_lock = threading.Lock()
        #: The version stamp of the last answer (if4j version, registry, fixes, language data read):
        #: store it with scores you keep, so that they never silently cross a checker change.
        self.last_stamp: Optional[Dict[str, Any]] = None

    # -- public API ---------------------------------------------------------------------------

    def score(self, samples: Sequence[Dict[str, Any]], options: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """Results of ``samples`` (dicts with ``response``, ``ground_truth`` and optionally ``prompt``,
        ``data_source``, ``extra_info``, ``weights``), in order."""
        merged = dict(self.options)
        merged.update(_check_options(options or {}))
        plain = [to_plain(s) for s in samples]
        if not plain:
            return []
        chunks = [plain[i : i + self.chunk_size] for i in range(0, len(plain), self.chunk_size)]

        def one(chunk: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
            body: Dict[str, Any] = {"samples": chunk}
            if merged:
                body["options"] = merged
            reply = self._post("/v1/score", body)
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
            url = self.urls[(start + attempt) % len(self.urls)]
            retry_after = None
            try:
                status, retry_after, data = self._request(url, "POST", path, body)
            except (OSError, http.client.HTTPException, socket.timeout) as e:
                last = "%s: %s" % (url, e)
            else:
                if status == 200:
                    return json.loads(data)
                message, field, sample = _error(data)
                if status in (429, 503) or status >= 500:
                    last = "%s: HTTP %d: %s" % (url, status, message)
                else:
                    raise RewardError(status, message, field, sample)
            if attempt < self.retries:
                pause = min(self.max_backoff, self.backoff * (2 ** attempt)) * (0.5 + random.random() / 2)
                if retry_after:
                    try:
                        pause = max(pause, float(retry_after))
                    except ValueError:
                        pass
                time.sleep(pause)
        raise Unavailable(503, "no answer after %d attempts; last: %s" % (self.retries + 1, last))


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


def _check_options(options: Dict[str, Any]) -> Dict[str, Any]:
    unknown = sorted(set(options) - set(OPTION_NAMES))
    if unknown:
        raise ValueError("unknown option(s) %s; known: %s" % (", ".join(unknown), ", ".join(OPTION_NAMES)))
    return {k: to_plain(v) for k, v in options.items() if v is not None}


_default: Optional[Client] = None
_default_lock = threading.Lock()


def default_client() -> Client:
    """The process-wide client configured from the environment (made on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Client()
        return _default


_by_url: Dict[str, Client] = {}


def _split_kwargs(kwargs: Dict[str, Any]):
    """verl's ``reward_kwargs``: our options, and an optional ``client`` or ``url`` (one client per URL)."""
    options = {k: kwargs[k] for k in OPTION_NAMES if k in kwargs and kwargs[k] is not None}
    client = kwargs.get("client")
    if client is None and kwargs.get("url"):
        with _default_lock:
            client = _by_url.get(kwargs["url"])
            if client is None:
                client = _by_url[kwargs["url"]] = Client(kwargs["url"])
    return options, client or default_client()


def _verl_result(r: Dict[str, Any]) -> Dict[str, Any]:
    out = {k: r[k] for k in NUMERIC_KEYS if k in r}
    out["guarded"] = 0 if r.get("guard") is None else 1
    return out


def _sample(response: str, ground_truth: Any, prompt: Optional[str] = None, extra_info: Any = None,
            data_source: Any = None) -> Dict[str, Any]:
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


# -- verl -------------------------------------------------------------------------------------


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs) -> Dict[str, Any]:
    """verl's ``custom_reward_function`` for the naive reward manager: one sample, a dict with
    ``score`` and the accuracies and counts (logged by verl). ``reward_kwargs`` may set
    ``mode``, ``scale``, ``judging``, ``multipliers``, ``loose_metrics`` and ``url``."""
    options, client = _split_kwargs(kwargs)
    r = client.score([_sample(solution_str, ground_truth, extra_info=to_plain(extra_info), data_source=data_source)], options)
    return _verl_result(r[0])


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, **kwargs) -> List[Dict[str, Any]]:
    """verl's batched reward function (``reward_model.reward_manager=batch``): one request per
    chunk for the whole batch, results in order."""
    n = len(solution_strs)
    if len(ground_truths) != n:
        raise ValueError("%d solution_strs but %d ground_truths" % (n, len(ground_truths)))
    data_sources = list(data_sources) if data_sources is not None else [None] * n
    extra_infos = list(extra_infos) if extra_infos is not None else [None] * n
    options, client = _split_kwargs(kwargs)
    samples = [
        _sample(solution_strs[i], ground_truths[i], extra_info=to_plain(extra_infos[i]), data_source=data_sources[i])
        for i in range(n)
    ]
    return [_verl_result(r) for r in client.score(samples, options)]


# -- TRL --------------------------------------------------------------------------------------


def _text(x: Any, role: str) -> str:
    """A plain completion, or the content of a conversation's last ``role`` message (else its last)."""
    if isinstance(x, str):
        return x
    if isinstance(x, dict):
        return str(x.get("content", ""))
    messages = list(x or [])
    for m in reversed(messages):
        if isinstance(m, dict) and m.get("role") == role:
            return _content(m)
    return _content(messages[-1]) if messages else ""


def _content(m: Any) -> str:
    c = m.get("content", "") if isinstance(m, dict) else m
    if isinstance(c, list):  # multimodal parts: keep the text ones
        return "".join(p.get("text", "") for p in c if isinstance(p, dict))
    return str(c)


def make_trl_reward(column: str = "ground_truth", client: Optional[Client] = None, name: str = "if4j_ifeval", **options):
    """A TRL ``GRPOTrainer`` reward function ``f(prompts, completions, **kwargs) -> list[float]``.

    The ground truth of each row comes from the dataset column ``column`` (a dict or a JSON string),
    or, when the dataset has none, from google/IFEval's ``instruction_id_list`` and ``kwargs``
    columns. Plain and conversational prompts and completions are accepted. ``options`` are request
    options (``mode``, ``scale``, ``judging``, ``multipliers``)."""
    fixed = _check_options(options)

    def reward(prompts, completions, **kwargs) -> List[float]:
        n = len(completions)
        if column in kwargs and kwargs[column] is not None:
            truths = list(kwargs[column])
        elif "instruction_id_list" in kwargs and "kwargs" in kwargs:
            truths = [
                {"instruction_id_list": to_plain(ids), "kwargs": to_plain(kw)}
                for ids, kw in zip(kwargs["instruction_id_list"], kwargs["kwargs"])
            ]
        else:
            raise ValueError(
                "no ground truth: the dataset needs a %r column (or google/IFEval's instruction_id_list and kwargs)" % column
            )
        if len(truths) != n:
            raise ValueError("%d completions but %d ground truths" % (n, len(truths)))
        prompt_texts = [_text(p, "user") for p in prompts] if prompts is not None else [None] * n
        samples = [_sample(_text(completions[i], "assistant"), truths[i], prompt=prompt_texts[i]) for i in range(n)]
        results = (client or default_client()).score(samples, fixed)
        return [float(r["score"]) for r in results]

    reward.__name__ = name
    reward.__qualname__ = name
    return reward


#: TRL reward function with the defaults: ``GRPOTrainer(reward_funcs=[trl_reward], ...)``.
trl_reward = make_trl_reward()
