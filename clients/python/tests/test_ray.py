"""``if4j_reward.ray`` on a small local Ray cluster (``ray.init()`` on this machine, 2 CPUs): two
``if4j serve`` replicas, a reward worker (a Ray task, as verl's and OpenRLHF's are) scoring batches
through the live URLs while one replica's server is killed: every reward arrives, and the supervisor
starts a replacement. Kept small for a 2-core CI machine (about a minute)."""

import os
import signal
import time
import unittest
from pathlib import Path

from tests.support import NO_COMMA, RESOURCES, jar, require
from tests.test_verl import requests_to

TWO = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"], "kwargs": [{}, {}]}


class RayReplicasTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ray = require("ray")
        import if4j_reward.ray as if4j_ray

        cls.if4j_ray = if4j_ray
        cls.ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"IF4J_JAR": str(jar()),
                                               # the workers import this module (the reward worker below)
                                               "PYTHONPATH": str(Path(__file__).resolve().parents[1])}})
        cls.replicas = if4j_ray.start(2, serve_args=["--resources", str(RESOURCES), "--offline", "--threads", "1"],
                                      host="127.0.0.1", interval=0.5, replica_cpus=0)

    @classmethod
    def tearDownClass(cls):
        try:
            cls.replicas.stop()
        finally:
            cls.ray.shutdown()

    def test_a_replica_killed_mid_run_loses_no_reward(self):
        ray = self.ray
        before = self.replicas.status()
        self.assertEqual(len(self.replicas.urls()), 2)
        self.assertEqual(before["restarts"], 0)

        @ray.remote(num_cpus=0)
        def reward_worker(batches, size):
            """What a trainer's reward worker does: batch after batch through the default client."""
            os.environ["IF4J_REWARD_RAY"] = "if4j_reward"
            import if4j_reward
            import if4j_reward.client

            if4j_reward.client._default = None
            client = if4j_reward.default_client()
            client.chunk_size = 16  # several requests per batch: spread over both replicas
            client.retries = 8
            client.backoff = 0.1
            scores, finished, seen_urls = [], [], set()
            for b in range(batches):
                texts = ["this is a plain english sentence without any commas %d" % i if (b + i) % 2
                         else "Upper, Words %d" % i for i in range(size)]
                out = if4j_reward.compute_score_batch(["ifeval"] * size, texts, [TWO] * size)
                scores.append([r["score"] for r in out])
                finished.append(time.time())
                seen_urls.update(client.urls)
                time.sleep(0.05)
            return scores, finished, sorted(seen_urls)

        running = reward_worker.remote(60, 64)
        victim, victim_url = self.replicas.pids()[0], self.replicas.status()["urls"][0]
        deadline = time.monotonic() + 120
        while requests_to(victim_url) == 0:  # the run has reached the victim
            self.assertLess(time.monotonic(), deadline, "the reward worker never reached the first replica")
            time.sleep(0.05)
        killed_at = time.time()
        os.kill(victim, signal.SIGKILL)  # the server dies mid-run (the actor stays: the health check finds it)
        scores, finished, urls = ray.get(running, timeout=240)

        self.assertTrue(any(t > killed_at for t in finished), "the run should go on past the kill")

        self.assertEqual(len(scores), 60)
        for b, batch in enumerate(scores):
            self.assertEqual(batch, [1.0 if (b + i) % 2 else 0.0 for i in range(64)], "batch %d" % b)
        deadline = time.monotonic() + 120
        while self.replicas.status()["restarts"] < 1:
            self.assertLess(time.monotonic(), deadline, "the dead replica was not replaced")
            time.sleep(0.5)
        self.assertEqual(len(self.replicas.urls()), 2)
        self.assertNotIn(victim, self.replicas.pids())
        self.assertGreaterEqual(len(urls), 2)

    def test_live_urls_answer(self):
        import json
        import urllib.request

        for url in self.if4j_ray.live_urls():
            req = urllib.request.Request(url + "/v1/score", method="POST", headers={"Content-Type": "application/json"},
                                         data=json.dumps({"samples": [{"response": "x", "ground_truth": NO_COMMA}]}).encode())
            with urllib.request.urlopen(req, timeout=30) as r:
                self.assertEqual(json.loads(r.read())["results"][0]["score"], 1.0)

    def test_detached_replicas_in_another_namespace_are_found_by_namespace_and_name(self):
        replicas = self.if4j_ray.start(1, serve_args=["--resources", str(RESOURCES), "--offline", "--threads", "1"],
                                       name="side", namespace="if4j_test", detached=True, host="127.0.0.1",
                                       replica_cpus=0)
        try:
            self.assertEqual(replicas.name, "if4j_test/side")
            self.assertEqual(self.if4j_ray.live_urls("if4j_test/side"), replicas.urls())
            out = replicas.client().score([{"response": "a, b", "ground_truth": NO_COMMA}])
            self.assertEqual(out[0]["score"], 0.0)
        finally:
            replicas.stop()
