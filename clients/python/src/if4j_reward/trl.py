"""TRL ``GRPOTrainer`` reward functions (TRL 1.x: ``reward_funcs=[...]``).

TRL calls a reward function with ``prompts``, ``completions``, ``completion_ids``, every other
dataset column as a keyword (one value per completion) and ``trainer_state``, ``log_extra`` and
``log_metric``; it awaits an ``async def`` one on its own event loop, next to the other async reward
functions. A ``None`` reward means "does not apply to this row" (TRL then ignores it for that row).
"""

import asyncio
from typing import Any, Callable, Dict, List, Optional, Sequence

from if4j_reward.client import Client, check_options, default_client, sample, to_plain

__all__ = ["make_trl_reward", "trl_reward", "trl_reward_async", "METRICS"]

#: Result keys whose mean over the scored rows of a batch is logged through TRL's ``log_metric``.
METRICS = ("prompt_strict_acc", "inst_strict_acc", "prompt_loose_acc", "inst_loose_acc")


def _text(x: Any, role: str) -> str:
    """A plain completion, or the content of a conversation's last ``role`` message (else its last)."""
    if isinstance(x, str):
        return x
    if isinstance(x, dict):
        return _content(x)
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


def _ground_truths(column: str, n: int, kwargs: Dict[str, Any]) -> List[Any]:
    """Each row's ground truth, ``None`` where the row has none. The first of these columns that the
    dataset has: ``column``, verl's ``reward_model`` (``{style, ground_truth}``: the server unwraps
    it), google/IFEval's ``instruction_id_list`` + ``kwargs``."""
    if column in kwargs and kwargs[column] is not None:
        truths = [None if _empty(t) else t for t in kwargs[column]]
    elif "reward_model" in kwargs and kwargs["reward_model"] is not None:
        truths = [None if _empty(t) or _empty(_get(t, "ground_truth")) else t for t in kwargs["reward_model"]]
    elif "instruction_id_list" in kwargs and "kwargs" in kwargs:
        truths = [None if _empty(ids) else {"instruction_id_list": ids, "kwargs": kw}
                  for ids, kw in zip(kwargs["instruction_id_list"], kwargs["kwargs"])]
    else:
        raise ValueError("no ground truth column: the dataset needs %r, verl's 'reward_model', or google/IFEval's"
                         " 'instruction_id_list' and 'kwargs' (columns: %s)" % (column, ", ".join(sorted(kwargs))))
    if len(truths) != n:
        raise ValueError("%d completions but %d ground truths" % (n, len(truths)))
    return [to_plain(t) for t in truths]


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else value


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


class _Batch:
    """One call's samples: the rows with a ground truth, and where their rewards go."""

    def __init__(self, column: str, prompts, completions, kwargs: Dict[str, Any]):
        n = len(completions)
        truths = _ground_truths(column, n, kwargs)
        prompt_texts = [_text(p, "user") for p in prompts] if prompts is not None else [None] * n
        self.n = n
        self.rows = [i for i in range(n) if truths[i] is not None]
        self.samples = [sample(_text(completions[i], "assistant"), truths[i], prompt=prompt_texts[i]) for i in self.rows]

    def rewards(self, results: Sequence[Dict[str, Any]], log_metric: Optional[Callable], name: str) -> List[Optional[float]]:
        out: List[Optional[float]] = [None] * self.n
        for i, r in zip(self.rows, results):
            out[i] = float(r["score"])
        if callable(log_metric) and results:
            for key in METRICS:
                values = [r[key] for r in results if r.get(key) is not None]
                if values:
                    log_metric("%s/%s" % (name, key), sum(values) / len(values))
        return out


def make_trl_reward(column: str = "ground_truth", client: Optional[Client] = None, name: str = "if4j_ifeval",
                    asynchronous: bool = False, **options):
    """A TRL reward function ``f(prompts, completions, **kwargs) -> list[float | None]``.

    Each row's ground truth comes from the dataset column ``column`` (an object or a JSON string), or
    verl's ``reward_model`` column, or google/IFEval's ``instruction_id_list`` and ``kwargs``
    columns; a row whose value is empty gets ``None``. Plain and conversational prompts and
    completions are accepted. The batch's strict and loose accuracies are logged through TRL's
    ``log_metric`` as ``NAME/prompt_strict_acc`` and so on. ``asynchronous=True`` makes it an
    ``async def`` (TRL awaits it next to its other async reward functions). ``options`` are request
    options (``mode``, ``scale``, ``judging``, ``multipliers``)."""
    fixed = check_options(options)

    def reward(prompts, completions, log_metric=None, **kwargs) -> List[Optional[float]]:
        batch = _Batch(column, prompts, completions, kwargs)
        results = (client or default_client()).score(batch.samples, fixed) if batch.samples else []
        return batch.rewards(results, log_metric, name)

    async def reward_async(prompts, completions, log_metric=None, **kwargs) -> List[Optional[float]]:
        batch = _Batch(column, prompts, completions, kwargs)
        results = []
        if batch.samples:
            results = await asyncio.get_running_loop().run_in_executor(
                None, (client or default_client()).score, batch.samples, fixed)
        return batch.rewards(results, log_metric, name)

    f = reward_async if asynchronous else reward
    f.__name__ = name  # TRL names the logged reward (rewards/NAME/mean) after the function
    f.__qualname__ = name
    return f


#: TRL reward function with the defaults: ``GRPOTrainer(reward_funcs=[trl_reward], ...)``.
trl_reward = make_trl_reward()

#: The same as an ``async def``.
trl_reward_async = make_trl_reward(asynchronous=True)
