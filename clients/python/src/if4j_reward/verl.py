"""verl reward functions (``reward.custom_reward_function``; see docs/trainers.md for the versions).

* ``compute_score_async``: verl >= 0.7 reward loop (the default there): awaited once per sample,
  concurrently; the calls of one worker's event loop are coalesced into few HTTP requests.
* ``compute_score``: one sample, blocking (any verl; the reward loop runs it in an executor, one
  request per sample).
* ``compute_score_batch``: the legacy ``batch`` reward manager (verl <= 0.7.0, see the docs).

Path for verl >= 0.7: ``pkg://if4j_reward.verl``; for older verl, the file itself
(``python3 -c 'import if4j_reward.verl as m; print(m.__file__)'``): imports below are absolute so
that verl may load it by path.
"""

from typing import Any, Dict, List

from if4j_reward.aio import coalescer
from if4j_reward.client import NUMERIC_KEYS, sample, split_kwargs, to_plain

__all__ = ["compute_score", "compute_score_async", "compute_score_batch"]


def _verl_result(r: Dict[str, Any]) -> Dict[str, Any]:
    """What verl logs: the score, the accuracies and counts, and whether a guard gave the fallback."""
    out = {k: r[k] for k in NUMERIC_KEYS if k in r}
    out["guarded"] = 0 if r.get("guard") is None else 1
    return out


def _verl_sample(data_source, solution_str, ground_truth, extra_info) -> Dict[str, Any]:
    return sample(solution_str, to_plain(ground_truth), extra_info=to_plain(extra_info), data_source=data_source)


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs) -> Dict[str, Any]:
    """One sample, blocking: a dict with ``score`` and the accuracies and counts (logged by verl).
    ``reward_kwargs`` may set ``mode``, ``scale``, ``judging``, ``multipliers``, ``loose_metrics``
    and ``url``."""
    options, client = split_kwargs(kwargs)
    r = client.score([_verl_sample(data_source, solution_str, ground_truth, extra_info)], options)
    return _verl_result(r[0])


async def compute_score_async(data_source, solution_str, ground_truth, extra_info=None, **kwargs) -> Dict[str, Any]:
    """verl's reward loop awaits this per sample; the concurrent calls of one event loop are sent
    together (a batch leaves after ``coalesce_ms`` (5) or at ``coalesce_max`` (512) samples; both may
    be set in ``reward_kwargs`` or as ``IF4J_REWARD_COALESCE_MS`` / ``IF4J_REWARD_COALESCE_MAX``)."""
    window = kwargs.pop("coalesce_ms", None)
    max_batch = kwargs.pop("coalesce_max", None)
    options, client = split_kwargs(kwargs)
    batcher = coalescer(client, options, None if window is None else float(window) / 1000.0,
                        None if max_batch is None else int(max_batch))
    return _verl_result(await batcher.score(_verl_sample(data_source, solution_str, ground_truth, extra_info)))


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, **kwargs) -> List[Dict[str, Any]]:
    """The legacy ``batch`` reward manager's function: one request per chunk for the whole batch,
    results in order."""
    n = len(solution_strs)
    if len(ground_truths) != n:
        raise ValueError("%d solution_strs but %d ground_truths" % (n, len(ground_truths)))
    data_sources = list(data_sources) if data_sources is not None else [None] * n
    extra_infos = list(extra_infos) if extra_infos is not None else [None] * n
    options, client = split_kwargs(kwargs)
    samples = [_verl_sample(data_sources[i], solution_strs[i], ground_truths[i], extra_infos[i]) for i in range(n)]
    return [_verl_result(r) for r in client.score(samples, options)]
