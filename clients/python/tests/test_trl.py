"""TRL's reward-function contract (TRL 1.13, ``GRPOTrainer._calculate_rewards``): called with
``prompts``, ``completions``, ``completion_ids``, every other dataset column as a keyword, and
``trainer_state``, ``log_extra`` and ``log_metric``; ``None`` for a row the function does not apply to;
an ``async def`` is awaited on TRL's own event loop (another thread). Stdlib only: the real
``GRPOTrainer`` runs in test_grpo.py."""

import asyncio
import inspect
import json
import threading
import unittest

import if4j_reward
from if4j_reward import Client

from tests.support import NO_COMMA, shared_server

SERVER = None


def setUpModule():
    global SERVER
    SERVER = shared_server()


def trl_kwargs(metrics, **columns):
    """What TRL passes besides prompts and completions."""
    return dict(columns, completion_ids=[[1]] * len(next(iter(columns.values()))), trainer_state=object(),
                log_extra=lambda column, values: None, log_metric=lambda name, value: metrics.append((name, value)))


class TrlContractTest(unittest.TestCase):
    def setUp(self):
        self.client = Client(SERVER.url)
        self.addCleanup(self.client.close)

    def test_rows_without_ground_truth_get_none_and_the_rest_are_scored(self):
        f = if4j_reward.make_trl_reward(client=self.client)
        metrics = []
        scores = f(prompts=["p"] * 4, completions=["a b", "a, b", "c", "d, e"],
                   **trl_kwargs(metrics, ground_truth=[NO_COMMA, json.dumps(NO_COMMA), None, ""]))
        self.assertEqual(scores, [1.0, 0.0, None, None])
        self.assertEqual(dict(metrics)["if4j_ifeval/prompt_strict_acc"], 0.5)

    def test_a_batch_with_no_ground_truth_at_all_sends_nothing(self):
        f = if4j_reward.make_trl_reward(client=Client("http://127.0.0.1:9", retries=0))
        self.assertEqual(f(prompts=["p", "q"], completions=["a", "b"], ground_truth=[None, None]), [None, None])

    def test_verls_reward_model_column_is_read(self):
        f = if4j_reward.make_trl_reward(client=self.client)
        column = [{"style": "rule", "ground_truth": NO_COMMA}, {"style": "rule", "ground_truth": json.dumps(NO_COMMA)},
                  {"style": "rule", "ground_truth": None}]
        scores = f(prompts=[[{"role": "user", "content": "no commas"}]] * 3,
                   completions=[[{"role": "assistant", "content": "fine"}], [{"role": "assistant", "content": "a, b"}],
                                [{"role": "assistant", "content": "x"}]], reward_model=column)
        self.assertEqual(scores, [1.0, 0.0, None])

    def test_the_accuracy_breakdown_goes_through_log_metric(self):
        f = if4j_reward.make_trl_reward(client=self.client, name="ifr")
        gt = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"], "kwargs": [{}, {}]}
        metrics = []
        f(prompts=["p"] * 2, completions=["this is a plain english sentence without any commas at all", "Not, Fine"], **trl_kwargs(metrics, ground_truth=[gt, gt]))
        self.assertEqual(dict(metrics), {"ifr/prompt_strict_acc": 0.5, "ifr/inst_strict_acc": 0.5,
                                         "ifr/prompt_loose_acc": 0.5, "ifr/inst_loose_acc": 0.5})

    def test_a_missing_ground_truth_column_is_an_error_naming_the_columns(self):
        with self.assertRaises(ValueError) as e:
            if4j_reward.trl_reward(prompts=["p"], completions=["c"], answer=["x"])
        self.assertIn("answer", str(e.exception))
        self.assertIn("reward_model", str(e.exception))

    def test_the_async_variant_is_awaited_on_another_threads_loop_as_trl_does(self):
        f = if4j_reward.make_trl_reward(client=self.client, asynchronous=True)
        self.assertTrue(inspect.iscoroutinefunction(f))
        self.assertEqual(f.__name__, "if4j_ifeval")
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            metrics = []
            future = asyncio.run_coroutine_threadsafe(
                f(prompts=["p"] * 3, completions=["a", "b, c", "d"], **trl_kwargs(metrics, ground_truth=[NO_COMMA, NO_COMMA, None])),
                loop)
            self.assertEqual(future.result(60), [1.0, 0.0, None])
            self.assertIn(("if4j_ifeval/inst_strict_acc", 0.5), metrics)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
