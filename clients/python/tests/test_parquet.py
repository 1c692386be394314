"""One parquet for every trainer: ``if4j data ifeval-to-verl`` writes it; pyarrow, pandas (what verl's
dataset reads into numpy arrays) and ``datasets`` (TRL, OpenRLHF) load it; each trainer's entry point
scores its rows, and every score equals ``if4j check``'s verdict of the same response."""

import asyncio
import json
import tempfile
import unittest

import if4j_reward
from if4j_reward import Client

from tests.support import check_fractions, post, require, shared_server, write_verl_parquet

ROWS = 40


def response_for(i, prompt):
    """Responses that pass some instructions and fail others: the prompt itself, cased and cut three ways."""
    return [prompt, prompt.lower().replace(",", ""), prompt.upper()[:200]][i % 3]


class VerlParquetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pq, cls.pd, cls.datasets = require("pyarrow.parquet", "pandas", "datasets")
        cls.server = shared_server()
        cls.dir = tempfile.TemporaryDirectory()
        cls.path = str(write_verl_parquet(cls.dir.name))
        table = cls.pq.read_table(cls.path)
        cls.plain = table.slice(0, ROWS).to_pylist()
        cls.responses = [response_for(i, r["extra_info"]["prompt"]) for i, r in enumerate(cls.plain)]
        cls.expected = check_fractions([
            {"prompt": r["extra_info"]["prompt"], "response": cls.responses[i],
             "instruction_id_list": r["reward_model"]["ground_truth"]["instruction_id_list"],
             "kwargs": r["reward_model"]["ground_truth"]["kwargs"]} for i, r in enumerate(cls.plain)])

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def setUp(self):
        self.client = Client(self.server.url)
        self.addCleanup(self.client.close)

    def test_pyarrow_reads_verls_schema(self):
        schema = self.pq.read_schema(self.path)
        self.assertEqual(set(schema.names), {"data_source", "prompt", "ability", "reward_model", "extra_info"})
        self.assertEqual(self.plain[0]["reward_model"]["style"], "rule")
        self.assertGreater(len(set(self.expected)), 1, "the responses should not all score alike")

    def test_verl_entry_points_on_numpy_rows_as_verl_reads_them(self):
        frame = self.pd.read_parquet(self.path).head(ROWS)
        rows = frame.to_dict("records")  # nested numpy arrays, as in verl's non_tensor_batch
        self.assertEqual(type(rows[0]["reward_model"]["ground_truth"]["instruction_id_list"]).__name__, "ndarray")
        one = [if4j_reward.compute_score(r["data_source"], self.responses[i], r["reward_model"]["ground_truth"],
                                         r["extra_info"], client=self.client)["score"] for i, r in enumerate(rows)]
        batch = [x["score"] for x in if4j_reward.compute_score_batch(
            [r["data_source"] for r in rows], self.responses, [r["reward_model"]["ground_truth"] for r in rows],
            [r["extra_info"] for r in rows], client=self.client)]

        async def loop():
            return await asyncio.gather(*(if4j_reward.compute_score_async(
                data_source=r["data_source"], solution_str=self.responses[i],
                ground_truth=r["reward_model"]["ground_truth"], extra_info=r["extra_info"], client=self.client)
                for i, r in enumerate(rows)))

        coalesced = [x["score"] for x in asyncio.run(loop())]
        self.assertEqual(one, self.expected)
        self.assertEqual(batch, self.expected)
        self.assertEqual(coalesced, self.expected)

    def test_trl_reward_on_datasets_rows_with_the_reward_model_column(self):
        ds = self.datasets.load_dataset("parquet", data_files=self.path, split="train").select(range(ROWS))
        columns = ds.to_dict()
        completions = [[{"role": "assistant", "content": t}] for t in self.responses]
        rest = {k: v for k, v in columns.items() if k != "prompt"}
        metrics = []
        scores = if4j_reward.make_trl_reward(client=self.client)(
            prompts=columns["prompt"], completions=completions, log_metric=lambda n, v: metrics.append(n), **rest)
        self.assertEqual(scores, self.expected)
        self.assertIn("if4j_ifeval/prompt_strict_acc", metrics)

    def test_openrlhf_labels_from_the_reward_model_column(self):
        ds = self.datasets.load_dataset("parquet", data_files=self.path, split="train").select(range(ROWS))
        prompts = ["<|im_start|>user\n%s<|im_end|>\n<|im_start|>assistant\n" % r["extra_info"]["prompt"] for r in ds]
        status, body = post(self.server.url, "/get_reward", {
            "query": [p + t + "<|im_end|>" for p, t in zip(prompts, self.responses)], "prompts": prompts,
            "labels": [r["reward_model"] for r in ds]})
        self.assertEqual(status, 200)
        self.assertEqual(body["rewards"], self.expected)
        json.dumps(body)
