"""OpenRLHF's custom reward function: ``--reward.remote_url /path/to/if4j_reward/openrlhf.py``
(``--remote_rm_url`` before v0.10.2), the path printed by
``python3 -c 'import if4j_reward.openrlhf as m; print(m.__file__)'``.

OpenRLHF (v0.9.1 to v0.11.0) calls ``reward_func(queries, prompts, labels)`` in a thread, once per
sample, and reads ``rewards``, ``scores`` and ``extra_logs`` from what it returns: the same answer as
``POST /get_reward``, which this sends with the package's client. Unlike the plain URL, whose
requests all go to the first of several comma-separated URLs and are retried with a fixed 1 s pause,
the client spreads requests over every server of ``IF4J_REWARD_URL`` (or the Ray replicas named by
``IF4J_REWARD_RAY``) and retries on the next server, honouring ``Retry-After``.
"""

from typing import Any, Dict, Sequence

from if4j_reward.client import default_client

__all__ = ["reward_func"]


def reward_func(queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any]) -> Dict[str, Any]:
    """``{"rewards": [...], "scores": [...], "extra_logs": {...}}`` for ``queries`` (prompt + response),
    ``prompts`` and ``labels`` (the ground truths: verl's ``reward_model`` object, a JSON string...)."""
    return default_client().get_reward(queries, prompts, labels)
