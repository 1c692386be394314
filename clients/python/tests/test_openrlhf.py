"""OpenRLHF's reward client, replayed from its contract (OpenRLHF v0.9.1 to v0.11.0,
``openrlhf/utils/agent.py``, ``SingleTurnAgentExecutor``): each finished generation posts its own
``{"query": [q], "prompts": [p], "labels": [label]}`` (aiohttp, a new session per attempt, 180 s
timeout), as many at once as generations finish; any error or non-2xx is retried up to 5 times with
a fixed 1 s pause (``Retry-After`` ignored), after which the reward stays ``None``. With several
comma-separated URLs, the one-sample list is split across them: the first gets the sample, the others
empty lists. The label is whatever the ``--data.label_key`` (``--label_key`` before v0.10.2) column
holds: here verl's ``reward_model`` object, as ``if4j data ifeval-to-verl`` writes it.

Concurrency: the server admits requests by what they cost in memory (body bytes, queued samples),
not by their count, so a default server takes the burst of a whole rollout: 541 prompts × 8 samples
(the run that lost rewards against a request-counting server) is replayed here against the defaults.
"""

import asyncio
import json
import resource
import unittest

from tests.support import NO_COMMA, Server, check_fractions, require

PROMPT = "<|im_start|>user\n%s<|im_end|>\n<|im_start|>assistant\n"


async def openrlhf_fetch(aiohttp, urls, query, prompt, label):
    """One sample's reward as OpenRLHF fetches it: the parsed answer of each URL, or None."""
    n = len(urls)
    size = (1 + n - 1) // n
    timeout = aiohttp.ClientTimeout(total=180)

    async def post(url, payload):
        for _ in range(5):
            try:
                async with aiohttp.ClientSession(timeout=timeout) as session:
                    async with session.post(url, json=payload) as response:
                        response.raise_for_status()
                        return await response.json()
            except Exception:  # noqa: BLE001 - OpenRLHF logs and retries every error alike
                pass
            await asyncio.sleep(1)
        return None

    payloads = [{"query": [query][i * size:(i + 1) * size], "prompts": [prompt][i * size:(i + 1) * size],
                 "labels": [label][i * size:(i + 1) * size]} for i in range(n)]
    return await asyncio.gather(*(post(u, p) for u, p in zip(urls, payloads)))


def allow_open_files(n):
    """Raises this process's soft open-file limit to ``n`` (one socket per concurrent request), or fails
    naming the limit: a replay cut short by EMFILE would look like lost rewards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= n:
        return
    if hard != resource.RLIM_INFINITY and hard < n:
        raise AssertionError("this replay needs %d open files; the hard limit (ulimit -Hn) is %d" % (n, hard))
    resource.setrlimit(resource.RLIMIT_NOFILE, (n, hard))


def rows(n):
    out = []
    for i in range(n):
        gt = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"],
              "kwargs": [{"num_words": None}, {"num_words": None}]}
        response = ("all lower case, with a comma %d" if i % 4 == 0 else "Mixed Case words %d" if i % 4 == 1
                    else "plain lower words %d") % i
        out.append({"prompt": PROMPT % ("Task %d: no commas, lowercase." % i), "response": response,
                    "label": {"style": "rule", "ground_truth": gt}, "gt": gt})
    return out


def expected(samples):
    """``if4j check``'s verdicts of the samples' responses (the fraction of instructions followed)."""
    return check_fractions([{"prompt": r["prompt"], "response": r["response"],
                             "instruction_id_list": r["gt"]["instruction_id_list"],
                             "kwargs": [{} for _ in r["gt"]["kwargs"]]} for r in samples])


class OpenRlhfReplayTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.aiohttp = require("aiohttp")

    def replay(self, urls, samples):
        async def run():
            return await asyncio.gather(*(openrlhf_fetch(self.aiohttp, urls, r["prompt"] + r["response"] + "<|im_end|>",
                                                         r["prompt"], r["label"]) for r in samples))
        return asyncio.run(run())

    def test_concurrent_single_sample_requests_all_get_their_reward(self):
        server = Server()
        self.addCleanup(server.stop)
        samples = rows(2000)
        allow_open_files(len(samples) + 512)
        answers = self.replay([server.url + "/get_reward"], samples)
        rewards = [a[0]["rewards"][0] if a[0] else None for a in answers]
        self.assertNotIn(None, rewards, "OpenRLHF would leave these rewards None and die in torch.cat")
        self.assertEqual(rewards, expected(samples))
        self.assertEqual([a[0]["extra_logs"]["num_instructions"] for a in answers], [[2]] * len(samples))

    def test_a_whole_rollout_at_once_against_the_defaults(self):
        server = Server()
        self.addCleanup(server.stop)
        samples = rows(541 * 8)
        allow_open_files(len(samples) + 512)
        answers = self.replay([server.url + "/get_reward"], samples)
        rewards = [a[0]["rewards"][0] if a[0] else None for a in answers]
        self.assertNotIn(None, rewards)
        self.assertEqual(rewards, expected(samples))

    def test_comma_separated_urls_send_every_sample_to_the_first(self):
        first, second = Server(), Server()
        self.addCleanup(first.stop)
        self.addCleanup(second.stop)
        samples = rows(8)
        answers = self.replay([first.url + "/get_reward", second.url + "/get_reward"], samples)
        self.assertEqual([a[0]["rewards"][0] for a in answers], expected(samples))
        self.assertEqual([a[1]["rewards"] for a in answers], [[]] * len(samples))  # the second idles

    def test_the_old_json_string_label_is_still_read(self):
        server = Server()
        self.addCleanup(server.stop)
        answers = self.replay([server.url + "/get_reward"], [dict(rows(1)[0], label=json.dumps(NO_COMMA))])
        self.assertEqual(answers[0][0]["rewards"], [0.0])


class OpenRlhfRewardFuncTest(unittest.TestCase):
    """``--reward.remote_url /path/to/if4j_reward/openrlhf.py``: OpenRLHF loads the file by path and
    calls ``reward_func([query], [prompt], [label])`` in a thread per sample (``asyncio.to_thread``)."""

    def test_per_sample_calls_are_spread_over_every_server(self):
        import importlib.util
        import os

        import if4j_reward.client
        import if4j_reward.openrlhf

        from tests.test_verl import requests_to

        first, second = Server(), Server()
        self.addCleanup(first.stop)
        self.addCleanup(second.stop)
        os.environ["IF4J_REWARD_URL"] = "%s,%s" % (first.url, second.url)
        self.addCleanup(os.environ.pop, "IF4J_REWARD_URL")
        if4j_reward.client._default = None
        self.addCleanup(lambda: if4j_reward.client.default_client().close())
        spec = importlib.util.spec_from_file_location("reward_func", if4j_reward.openrlhf.__file__)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # as OpenRLHF does: by path, under another module name

        samples = rows(60)

        async def run():
            return await asyncio.gather(*(asyncio.to_thread(
                module.reward_func, [r["prompt"] + r["response"] + "<|im_end|>"], [r["prompt"]], [r["label"]])
                for r in samples))

        answers = asyncio.run(run())
        self.assertEqual([a["rewards"][0] for a in answers], expected(samples))
        self.assertEqual(answers[0]["extra_logs"]["num_instructions"], [2])
        self.assertGreater(requests_to(first.url, "/get_reward"), 10)
        self.assertGreater(requests_to(second.url, "/get_reward"), 10)
