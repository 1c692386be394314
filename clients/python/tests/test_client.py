"""Tests of the if4j_reward package against a real ``if4j serve`` on 127.0.0.1 (a free port).

They run against the installed package (``pip install ./clients/python``; ``.ci/run`` installs it
into a virtual environment) and need the runnable jar (``./mvnw -pl cli -am package -DskipTests``)
and the language data (``IF4J_RESOURCES`` or ../shared/resources):

    python -m unittest discover -s clients/python/tests -t clients/python
"""

import http.server
import json
import os
import signal
import tempfile
import threading
import time
import unittest
import urllib.request
from pathlib import Path

import if4j_reward
import if4j_reward.client
from if4j_reward import Client, RewardError, Unavailable

from tests.support import NO_COMMA, Server, post, shared_server

SERVER = None


def setUpModule():
    global SERVER
    SERVER = shared_server()


class InstalledPackageTest(unittest.TestCase):
    def test_the_package_is_the_installed_one_not_the_source_tree(self):
        source = Path(__file__).resolve().parents[1] / "src"
        self.assertNotIn(str(source), str(Path(if4j_reward.__file__).resolve()),
                         "tests must run against the installed package: pip install ./clients/python")


FOUR = {
    "instruction_id_list": [
        "punctuation:no_comma",
        "length_constraints:number_words",
        "detectable_format:title",
        "startend:end_checker",
    ],
    "kwargs": [{}, {"relation": "at least", "num_words": 3, "num_bullets": None}, None, {"end_phrase": "Bye."}],
}
ANSWER = "<<My Title>>\nHello there friend, see you. Bye."


class FakeArray:
    """Stands in for a numpy array: what verl reads from parquet."""

    def __init__(self, items):
        self.items = items

    def tolist(self):
        return [x.tolist() if isinstance(x, FakeArray) else x for x in self.items]


def metrics(url):
    with urllib.request.urlopen(url + "/metrics", timeout=30) as r:
        return r.read().decode()


class VerlTest(unittest.TestCase):
    def setUp(self):
        os.environ["IF4J_REWARD_URL"] = SERVER.url
        if4j_reward.client._default = None
        self.addCleanup(lambda: if4j_reward.default_client().close())

    def test_compute_score_returns_the_verl_dict_with_hand_computed_values(self):
        r = if4j_reward.compute_score("ifeval", ANSWER, FOUR, extra_info={"index": 0})
        self.assertEqual(r["score"], 0.75)
        self.assertEqual(r["prompt_strict_acc"], 0.0)
        self.assertEqual(r["inst_strict_acc"], 0.75)
        self.assertEqual(r["prompt_loose_acc"], 1.0)
        self.assertEqual(r["inst_loose_acc"], 1.0)
        self.assertEqual(r["num_instructions"], 4)
        self.assertEqual(r["num_followed"], 3)
        self.assertEqual(r["num_followed_loose"], 4)
        self.assertEqual(r["guarded"], 0)
        self.assertTrue(all(isinstance(v, (int, float)) for v in r.values()), r)

    def test_ground_truth_may_hold_arrays_tuples_or_be_a_json_string(self):
        numpyish = {"instruction_id_list": FakeArray(["punctuation:no_comma", "detectable_format:title"]),
                    "kwargs": FakeArray([{}, {}])}
        tupled = {"instruction_id_list": ("punctuation:no_comma",), "kwargs": ({"x": None},)}
        results = if4j_reward.compute_score_batch(
            data_sources=["ifeval"] * 3,
            solution_strs=["<<T>> no commas", "a, b", "<think>a, b</think>fine"],
            ground_truths=[numpyish, tupled, json.dumps(NO_COMMA)],
            extra_infos=[None, {"split": "train"}, None],
        )
        self.assertEqual([r["score"] for r in results], [1.0, 0.0, 1.0])

    def test_reward_kwargs_set_the_mode_and_scale(self):
        self.assertEqual(if4j_reward.compute_score("ifeval", ANSWER, FOUR, mode="all")["score"], 0.0)
        self.assertEqual(if4j_reward.compute_score("ifeval", ANSWER, FOUR, judging="loose", mode="all")["score"], 1.0)
        self.assertEqual(if4j_reward.compute_score("ifeval", ANSWER, FOUR, scale=10)["score"], 7.5)
        self.assertEqual(if4j_reward.compute_score("ifeval", ANSWER, FOUR, url=SERVER.url)["score"], 0.75)
        self.addCleanup(lambda: if4j_reward.client._by_url.pop(SERVER.url).close())

    def test_loose_metrics_can_be_skipped(self):
        r = if4j_reward.compute_score("ifeval", ANSWER, FOUR, loose_metrics=False)
        self.assertEqual(r["score"], 0.75)
        self.assertNotIn("inst_loose_acc", r)

    def test_an_unclosed_reasoning_trace_is_guarded(self):
        r = if4j_reward.compute_score("ifeval", "<think>never, ending", NO_COMMA)
        self.assertEqual(r["score"], 0.0)
        self.assertEqual(r["guarded"], 1)

    def test_a_bad_ground_truth_raises_naming_the_sample_and_field(self):
        bad = {"instruction_id_list": ["punctuation:no_comma", "punctuation:no_coma"], "kwargs": [{}, {}]}
        with self.assertRaises(RewardError) as ctx:
            if4j_reward.compute_score_batch(["a", "b"], ["x", "y"], [NO_COMMA, bad])
        self.assertEqual(ctx.exception.status, 400)
        self.assertEqual(ctx.exception.sample, 1)
        self.assertEqual(ctx.exception.field, "samples[1].ground_truth.instruction_id_list[1]")
        self.assertIn("did you mean punctuation:no_comma", str(ctx.exception))


class TrlTest(unittest.TestCase):
    def setUp(self):
        self.client = Client(SERVER.url)

    def tearDown(self):
        self.client.close()

    def test_plain_completions_with_a_ground_truth_column(self):
        f = if4j_reward.make_trl_reward(client=self.client)
        self.assertEqual(f.__name__, "if4j_ifeval")
        scores = f(prompts=["p1", "p2"], completions=["a b", "a, b"], ground_truth=[NO_COMMA, json.dumps(NO_COMMA)],
                   completion_ids=[[1], [2]])
        self.assertEqual(scores, [1.0, 0.0])

    def test_conversational_completions_and_ifeval_columns(self):
        f = if4j_reward.make_trl_reward(client=self.client, mode="all")
        prompts = [[{"role": "user", "content": "Write a title, no commas."}]] * 2
        completions = [[{"role": "assistant", "content": "<<Title>> fine"}], [{"role": "assistant", "content": "<<T>> a, b"}]]
        scores = f(prompts=prompts, completions=completions,
                   instruction_id_list=[["punctuation:no_comma", "detectable_format:title"]] * 2,
                   kwargs=[[{"num_words": None}, {}]] * 2, key=[1, 2])
        self.assertEqual(scores, [1.0, 0.0])

    def test_missing_ground_truth_is_an_error(self):
        with self.assertRaises(ValueError):
            if4j_reward.trl_reward(prompts=["p"], completions=["c"])


class OpenRlhfTest(unittest.TestCase):
    def test_get_reward_judges_what_follows_the_prompt(self):
        prompt = "<|im_start|>user\nList, with commas, nothing.<|im_end|>\n<|im_start|>assistant\n"
        status, body = post(SERVER.url, "/get_reward", {
            "query": [prompt + "Plain words<|im_end|>", prompt + "one, two<|im_end|>"],
            "prompts": [prompt, prompt],
            "labels": [json.dumps(NO_COMMA), json.dumps(NO_COMMA)],
        })
        self.assertEqual(status, 200)
        self.assertEqual(body["rewards"], [1.0, 0.0])
        self.assertEqual(body["scores"], [1.0, 0.0])
        self.assertEqual(body["extra_logs"]["num_followed"], [1, 0])

    def test_empty_lists_are_valid(self):
        status, body = post(SERVER.url, "/get_reward", {"query": [], "prompts": [], "labels": []})
        self.assertEqual(status, 200)
        self.assertEqual(body["rewards"], [])


class ClientTest(unittest.TestCase):
    def test_large_batches_are_chunked_across_servers_in_order(self):
        client = Client([SERVER.url, SERVER.url], chunk_size=3)
        self.addCleanup(client.close)
        texts = ["a, b" if i % 4 == 0 else "words %d" % i for i in range(20)]
        results = client.score([{"response": t, "ground_truth": NO_COMMA} for t in texts])
        self.assertEqual([r["score"] for r in results], [0.0 if i % 4 == 0 else 1.0 for i in range(20)])
        self.assertTrue(client.healthy())

    def test_a_bad_sample_in_a_later_chunk_is_named_by_its_index_in_the_whole_batch(self):
        client = Client(SERVER.url, chunk_size=3)
        self.addCleanup(client.close)
        bad = {"instruction_id_list": ["punctuation:no_coma"], "kwargs": [{}]}
        with self.assertRaises(RewardError) as ctx:
            client.score([{"response": "x", "ground_truth": bad if i == 7 else NO_COMMA} for i in range(9)])
        self.assertEqual(ctx.exception.sample, 7)
        self.assertEqual(ctx.exception.field, "samples[7].ground_truth.instruction_id_list[0]")
        self.assertIn("sample 7: field 'samples[7]", str(ctx.exception))

    def test_every_answer_carries_the_version_stamp(self):
        client = Client([SERVER.url], chunk_size=2)
        self.addCleanup(client.close)
        client.score([{"response": "a, b", "ground_truth": NO_COMMA}] * 5)
        stamp = client.last_stamp
        self.assertRegex(stamp["if4j_version"], r"^\d+\.\d+")
        self.assertEqual(stamp["fixes"], [])
        self.assertIn("registry", stamp)

    def test_servers_with_different_checkers_in_one_batch_are_an_error(self):
        a = {"if4j_version": "0.1.0", "registry": "ifeval", "fixes": []}
        if4j_reward.client._same_checkers([a, dict(a), None])
        with self.assertRaises(RewardError) as e:
            if4j_reward.client._same_checkers([a, dict(a, fixes=["ifeval/nth_paragraph_index"])])
        self.assertIn("different checkers", str(e.exception))

    def test_a_dead_server_is_skipped_by_retrying_on_the_next(self):
        client = Client(["http://127.0.0.1:9", SERVER.url], retries=3, backoff=0.01)
        self.addCleanup(client.close)
        for _ in range(4):  # starts on each server in turn
            self.assertEqual(client.score([{"response": "x", "ground_truth": NO_COMMA}])[0]["score"], 1.0)

    def test_no_server_at_all_gives_unavailable(self):
        client = Client("http://127.0.0.1:9", retries=2, backoff=0.01, timeout=2)
        self.addCleanup(client.close)
        with self.assertRaises(Unavailable):
            client.score([{"response": "x", "ground_truth": NO_COMMA}])

    def test_url_list_comes_from_the_environment(self):
        os.environ["IF4J_REWARD_URL"] = " %s , %s/ " % (SERVER.url, SERVER.url)
        self.assertEqual(Client().urls, [SERVER.url, SERVER.url])

    def test_unknown_options_are_refused_before_sending(self):
        with self.assertRaises(ValueError):
            Client(SERVER.url, options={"mood": "all"})

    def test_429_and_503_are_retried_after_the_pause(self):
        answers = [(429, {"error": {"code": 429, "message": "full"}}), (503, {"error": {"code": 503, "message": "draining"}}),
                   (200, {"results": [{"score": 1.0}]})]
        seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                seen.append(self.path)
                status, body = answers[min(len(seen), len(answers)) - 1]
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status != 200:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        fake = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=fake.serve_forever, daemon=True).start()
        try:
            client = Client("http://127.0.0.1:%d" % fake.server_address[1], retries=3, backoff=0.01)
            self.addCleanup(client.close)
            self.assertEqual(client.score([{"response": "x", "ground_truth": NO_COMMA}]), [{"score": 1.0}])
            self.assertEqual(seen, ["/v1/score"] * 3)
        finally:
            fake.shutdown()
            fake.server_close()


class TokenAndShutdownTest(unittest.TestCase):
    def test_a_bearer_token_is_required_when_configured(self):
        with tempfile.NamedTemporaryFile("w", suffix=".token", delete=False) as f:
            f.write("t0ken\n")
        server = Server("--token-file", f.name)
        try:
            anonymous = Client(server.url, token=None)
            self.addCleanup(anonymous.close)
            with self.assertRaises(RewardError) as ctx:
                anonymous.score([{"response": "x", "ground_truth": NO_COMMA}])
            self.assertEqual(ctx.exception.status, 401)
            os.environ["IF4J_REWARD_TOKEN_FILE"] = f.name
            try:
                client = Client(server.url)
                self.addCleanup(client.close)
            finally:
                del os.environ["IF4J_REWARD_TOKEN_FILE"]
            self.assertEqual(client.token, "t0ken")
            self.assertEqual(client.score([{"response": "x", "ground_truth": NO_COMMA}])[0]["score"], 1.0)
        finally:
            server.stop()
            os.unlink(f.name)

    def test_sigterm_finishes_the_request_in_flight_then_exits(self):
        server = Server()
        gt = {"instruction_id_list": ["change_case:english_lowercase", "length_constraints:number_sentences"],
              "kwargs": [{}, {"relation": "at least", "num_sentences": 2}]}
        samples = [{"response": "this is one sentence. and here is another one %d." % i, "ground_truth": gt}
                   for i in range(12000)]
        out = {}

        def run():
            client = Client(server.url, retries=0, chunk_size=len(samples))
            try:
                out["results"] = client.score(samples)
                out["done_at"] = time.monotonic()
            except Exception as e:  # noqa: BLE001 - reported below
                out["error"] = e
            finally:
                client.close()

        t = threading.Thread(target=run)
        t.start()
        deadline = time.monotonic() + 120
        while "if4j_reward_queued_samples %d" % len(samples) not in metrics(server.url):
            self.assertLess(time.monotonic(), deadline, "the request never reached the server")
            time.sleep(0.01)
        sigterm_at = time.monotonic()
        server.proc.send_signal(signal.SIGTERM)
        t.join(300)
        server.stop()
        self.assertNotIn("error", out, out.get("error"))
        self.assertGreater(out["done_at"], sigterm_at, "the request must still have been in flight at SIGTERM")
        self.assertEqual(len(out["results"]), len(samples))
        self.assertTrue(all(r["score"] == 1.0 for r in out["results"]))
        # A clean drain is a clean exit: 0, not the signal's 143 (README, exit codes).
        self.assertEqual(server.proc.returncode, 0)
        self.assertIn("if4j serve: stopped", "".join(server.stderr))


