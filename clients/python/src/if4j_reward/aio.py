"""Coalescing for trainers that await one sample's reward at a time from many coroutines.

verl's reward loop (and its agent loop, as rollouts finish) awaits ``compute_score`` once per sample,
concurrently, on one event loop per reward worker. Sent as they come, that is one HTTP request per
sample. A :class:`Coalescer` holds the calls of one event loop for a short window (or until a size
bound) and sends them as one ``/v1/score`` request, run in the loop's executor with the blocking
:class:`~if4j_reward.client.Client` (standard library only, so no aiohttp).
"""

import asyncio
import json
import os
import threading
import weakref
from typing import Any, Dict, List, Optional, Tuple

from if4j_reward.client import Client, RewardError

__all__ = ["Coalescer", "coalescer"]

#: How long the first call of a batch waits for others (seconds), and how many samples a batch holds.
DEFAULT_WINDOW = float(os.environ.get("IF4J_REWARD_COALESCE_MS", "5")) / 1000.0
DEFAULT_MAX_BATCH = int(os.environ.get("IF4J_REWARD_COALESCE_MAX", "512"))


class Coalescer:
    """Scores samples awaited one by one on ``loop`` in few requests.

    :param client: the blocking client that sends each batch (its retries apply to the batch)
    :param options: request options of every sample sent through this coalescer
    :param window: seconds the first sample of a batch waits for more
    :param max_batch: samples at which a batch is sent at once
    """

    def __init__(self, client: Client, options: Optional[Dict[str, Any]] = None, window: float = DEFAULT_WINDOW,
                 max_batch: int = DEFAULT_MAX_BATCH, loop: Optional[asyncio.AbstractEventLoop] = None):
        self.client = client
        self.options = dict(options or {})
        self.window = max(0.0, float(window))
        self.max_batch = max(1, min(int(max_batch), client.chunk_size))
        self.loop = loop or asyncio.get_running_loop()
        self._pending: List[Tuple[Dict[str, Any], asyncio.Future]] = []
        self._timer: Optional[asyncio.TimerHandle] = None
        self._sending = set()  # the batch tasks, kept referenced until done
        #: Requests sent and samples scored (for tests and logs).
        self.requests = 0
        self.samples = 0

    async def score(self, sample: Dict[str, Any]) -> Dict[str, Any]:
        """The result of ``sample`` (a ``/v1/score`` sample), scored with the others of its window."""
        future = self.loop.create_future()
        self._pending.append((sample, future))
        if len(self._pending) >= self.max_batch:
            self._flush()
        elif self._timer is None:
            self._timer = self.loop.call_later(self.window, self._flush)
        return await future

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if batch:
            task = self.loop.create_task(self._send(batch))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _send(self, batch: List[Tuple[Dict[str, Any], asyncio.Future]]) -> None:
        # A sample the server refuses (400 naming it) fails its own caller only; the rest are resent.
        while batch:
            try:
                self.requests += 1
                results = await self.loop.run_in_executor(None, self.client.score, [s for s, _ in batch], self.options)
            except RewardError as e:
                if e.sample is not None and 0 <= e.sample < len(batch) and 400 <= e.status < 500:
                    _, future = batch.pop(e.sample)
                    _fail(future, RewardError(e.status, "%s (sent coalesced with %d other samples)"
                                              % (e.args[0].split(": ", 2)[-1], len(batch)), e.field, None))
                    continue
                for _, future in batch:
                    _fail(future, e)
                return
            except BaseException as e:  # noqa: BLE001 - each caller gets the failure of its request
                for _, future in batch:
                    _fail(future, e)
                return
            self.samples += len(batch)
            for (_, future), result in zip(batch, results):
                if not future.done():
                    future.set_result(result)
            return


def _fail(future: asyncio.Future, error: BaseException) -> None:
    if not future.done():
        future.set_exception(error)


_by_loop: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Dict[Any, Coalescer]]" = weakref.WeakKeyDictionary()
_by_loop_lock = threading.Lock()


def coalescer(client: Client, options: Dict[str, Any], window: Optional[float] = None,
              max_batch: Optional[int] = None) -> Coalescer:
    """The running loop's coalescer for ``client`` and ``options`` (made on first use): calls that
    share them share batches."""
    loop = asyncio.get_running_loop()
    key = (id(client), json.dumps(options, sort_keys=True), window, max_batch)
    with _by_loop_lock:
        mine = _by_loop.setdefault(loop, {})
        found = mine.get(key)
        if found is None or found.client is not client:
            found = mine[key] = Coalescer(
                client, options, DEFAULT_WINDOW if window is None else window,
                DEFAULT_MAX_BATCH if max_batch is None else max_batch, loop)
        return found
