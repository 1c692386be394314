"""verl's reward-loop calling convention, replayed from its contract (verl 0.7 to 0.9,
``verl/experimental/reward_loop``): each reward worker owns one event loop; its ``compute_score_batch``
gathers ``run_single`` over the batch's samples, and ``run_single`` awaits the custom function
directly when it is a coroutine function (``inspect.iscoroutinefunction``), with the keywords
``data_source, solution_str, ground_truth, extra_info`` (plus ``reward_kwargs`` bound by
``functools.partial``, and ``reward_router_address`` / ``reward_model_tokenizer`` when a reward
model is configured). The reward is ``result["score"]``; every other key is logged."""

import asyncio
import functools
import inspect
import re
import unittest
import urllib.request

import if4j_reward
import if4j_reward.client
from if4j_reward import RewardError
from if4j_reward.verl import compute_score, compute_score_async

from tests.support import NO_COMMA, Server

TWO = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"], "kwargs": [None, {}]}


def requests_to(url, endpoint="/v1/score"):
    with urllib.request.urlopen(url + "/metrics", timeout=30) as r:
        text = r.read().decode()
    return sum(int(n) for n in re.findall(r'if4j_reward_requests_total\{endpoint="%s",code="\d+"\} (\d+)' % endpoint, text))


class RewardLoopWorker:
    """What a verl reward-loop worker does with a custom ``compute_score``, in its own event loop."""

    def __init__(self, fn, reward_kwargs):
        assert inspect.iscoroutinefunction(fn), "verl only awaits a coroutine function directly"
        self.fn = functools.partial(fn, **reward_kwargs)

    async def run_single(self, item):
        result = await self.fn(data_source=item["data_source"], solution_str=item["response"],
                               ground_truth=item["reward_model"]["ground_truth"], extra_info=item["extra_info"])
        score = result["score"] if isinstance(result, dict) else result
        return {"reward_score": score, "reward_extra_info": result}

    async def compute_score_batch(self, items):
        return await asyncio.gather(*(self.run_single(i) for i in items))


class VerlRewardLoopTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()  # its own, so that its request count is this test's

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def items(self, n):
        texts = ["all lowercase words %d" % i if i % 3 else "Upper, and commas %d" % i for i in range(n)]
        return [{"data_source": "ifeval", "response": t, "reward_model": {"style": "rule", "ground_truth": TWO},
                 "extra_info": {"index": i, "prompt": "write", "num_turns": None, "rollout_reward_scores": {}}}
                for i, t in enumerate(texts)]

    def test_concurrent_awaits_of_one_worker_are_sent_as_few_requests(self):
        worker = RewardLoopWorker(compute_score_async, {"url": self.server.url})
        self.addCleanup(lambda: if4j_reward.client._by_url.pop(self.server.url).close())
        items = self.items(300)
        before = requests_to(self.server.url)
        out = asyncio.run(worker.compute_score_batch(items))
        sent = requests_to(self.server.url) - before
        expected = [compute_score(i["data_source"], i["response"], TWO, url=self.server.url) for i in items]
        self.assertEqual([o["reward_extra_info"] for o in out], expected)
        self.assertEqual([o["reward_score"] for o in out], [1.0 if i % 3 else 0.0 for i in range(300)])
        self.assertLessEqual(sent, 3, "300 concurrent awaits should leave as one or a few requests, not %d" % sent)

    def test_a_bad_ground_truth_fails_its_own_call_only(self):
        bad = {"instruction_id_list": ["punctuation:no_coma"], "kwargs": [{}]}

        async def run():
            calls = [compute_score_async("ifeval", "x%d" % i, bad if i == 2 else NO_COMMA, url=self.server.url)
                     for i in range(5)]
            return await asyncio.gather(*calls, return_exceptions=True)

        self.addCleanup(lambda: if4j_reward.client._by_url.pop(self.server.url, None))
        out = asyncio.run(run())
        self.assertIsInstance(out[2], RewardError)
        self.assertEqual(out[2].status, 400)
        self.assertIn("did you mean punctuation:no_comma", str(out[2]))
        self.assertEqual([o["score"] for k, o in enumerate(out) if k != 2], [1.0] * 4)

    def test_the_size_bound_splits_a_large_burst_and_reward_kwargs_set_options(self):
        worker = RewardLoopWorker(compute_score_async, {"url": self.server.url, "coalesce_max": 64, "mode": "all",
                                                        "reward_router_address": None})
        self.addCleanup(lambda: if4j_reward.client._by_url.pop(self.server.url, None))
        before = requests_to(self.server.url)
        out = asyncio.run(worker.compute_score_batch(self.items(200)))
        self.assertEqual(requests_to(self.server.url) - before, 4)  # 64 + 64 + 64 + 8
        self.assertEqual(sum(o["reward_score"] for o in out), sum(1 for i in range(200) if i % 3))

    def test_the_entry_points_are_what_verl_loads(self):
        self.assertTrue(inspect.iscoroutinefunction(if4j_reward.verl.compute_score_async))
        self.assertFalse(inspect.iscoroutinefunction(if4j_reward.verl.compute_score))
        self.assertIs(if4j_reward.compute_score_batch, if4j_reward.verl.compute_score_batch)
