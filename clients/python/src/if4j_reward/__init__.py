"""Client of the if4j reward server, for RL trainers. Standard library only; Python 3.9+.

``pip install ./clients/python`` (``[ray]`` for :mod:`if4j_reward.ray`). Entry points, per trainer
(versions and config keys: docs/trainers.md):

* verl: ``reward.custom_reward_function.path=pkg://if4j_reward.verl`` with ``name=compute_score_async``
  (reward loop), ``compute_score`` or ``compute_score_batch`` (legacy ``batch`` manager).
* TRL ``GRPOTrainer``: ``reward_funcs=[if4j_reward.trl_reward]`` (or ``trl_reward_async``,
  ``make_trl_reward(...)``).
* OpenRLHF needs no client: ``--reward.remote_url http://HOST:PORT/get_reward``.
* ``if4j-serve``: starts the server (the jar with a JDK 21+ it finds).
"""

from if4j_reward.client import (  # noqa: F401
    NUMERIC_KEYS,
    OPTION_NAMES,
    Client,
    NoServer,
    RewardError,
    Unavailable,
    default_client,
    to_plain,
)
from if4j_reward.trl import make_trl_reward, trl_reward, trl_reward_async  # noqa: F401
from if4j_reward.verl import compute_score, compute_score_async, compute_score_batch  # noqa: F401

__version__ = "0.1.0"

__all__ = [
    "Client",
    "RewardError",
    "Unavailable",
    "NoServer",
    "compute_score",
    "compute_score_async",
    "compute_score_batch",
    "trl_reward",
    "trl_reward_async",
    "make_trl_reward",
    "default_client",
    "to_plain",
    "NUMERIC_KEYS",
    "OPTION_NAMES",
]
