"""The README's trainer snippets, exercised against the versions they name.

* verl 0.8/0.9: the ``reward.*`` keys are read from the snippet; the function is loaded as verl's
  ``load_extern_object`` loads ``pkg://`` paths and driven as its reward loop drives it (see
  test_verl); the manager name must be in v0.9.0's reward-loop registry. verl 0.5/0.6: the file is
  loaded by path as ``get_custom_reward_fn`` does (``spec_from_file_location``).
* OpenRLHF: every flag of the snippet must be one of that version's (``openrlhf/cli/train_ppo_ray.py``
  of v0.11.0 and v0.10.1); the server starts with the snippet's options and answers a per-sample
  request for the URL the snippet names; the reward-function path it prints is loaded by path.
* TRL 1.13: the snippet's code runs as written, with only the model (a tiny random one), the
  trainer's size and the dataset's length made small.
"""

import asyncio
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import if4j_reward

from tests.support import REPO, Server, post, require, write_verl_parquet

README = (REPO / "README.md").read_text(encoding="utf-8")

#: verl v0.9.0, verl/experimental/reward_loop/reward_manager/*.py: the names @register'ed.
VERL_09_MANAGERS = {"naive", "dapo", "gdpo", "remote", "rate_limited"}
#: verl v0.7.0: the top-level keys the README's "0.7: the same without the reward. prefix" names
#: (verl/trainer/config/_generated_ppo_trainer.yaml: ``custom_reward_function.path``/``name``,
#: ``reward_manager.name``, which defaults to ``reward_model.reward_manager``; the ``+``-added
#: ``custom_reward_function.reward_kwargs`` is read by verl/trainer/ppo/reward.py).
VERL_07_KEYS = {"custom_reward_function.path", "custom_reward_function.name", "reward_manager.name",
                "custom_reward_function.reward_kwargs.mode"}
#: OpenRLHF's flags that the snippets use, as train_ppo_ray.py of each version defines them.
OPENRLHF_FLAGS = {
    "v0.11.0": {"--data.prompt_dataset", "--data.input_key", "--data.apply_chat_template", "--data.label_key",
                "--reward.remote_url"},
    "v0.10.1": {"--prompt_data", "--input_key", "--apply_chat_template", "--label_key", "--remote_rm_url"},
}


def section(title):
    start = README.index("#### %s\n" % title)
    end = README.index("\n#### ", start + 1)
    return README[start:end]


def blocks(text, lang):
    return re.findall(r"```%s\n(.*?)```" % lang, text, re.S)


def overrides(text):
    """Hydra ``key=value`` overrides of a shell snippet (commented ones included)."""
    return dict(re.findall(r"(?:^|\s)\+?((?:reward|custom_reward_function)\.[\w.]+)=(\S+)", text))


class ReadmeVerlTest(unittest.TestCase):
    def test_the_reward_loop_snippet(self):
        text = section("verl")
        keys = overrides(blocks(text, "sh")[0])
        self.assertIn(keys["reward.reward_manager.name"], VERL_09_MANAGERS)
        path = keys["reward.custom_reward_function.path"]
        self.assertTrue(path.startswith("pkg://"), path)
        import importlib
        import inspect

        fn = getattr(importlib.import_module(path[len("pkg://"):].replace("/", ".")),
                     keys["reward.custom_reward_function.name"])
        self.assertTrue(inspect.iscoroutinefunction(fn), "the reward loop awaits only coroutine functions directly")
        self.assertEqual(keys["reward.custom_reward_function.reward_kwargs.mode"], "all")

        from tests.test_verl import TWO, RewardLoopWorker

        server = Server()
        self.addCleanup(server.stop)
        worker = RewardLoopWorker(fn, {"mode": "all", "url": server.url})
        items = [{"data_source": "ifeval", "response": t, "reward_model": {"ground_truth": TWO}, "extra_info": {}}
                 for t in ("this is a plain english sentence without any commas", "Not, This")]
        out = asyncio.run(worker.compute_score_batch(items))
        self.assertEqual([o["reward_score"] for o in out], [1.0, 0.0])
        if4j_reward.client._by_url.pop(server.url).close()

    def test_the_07_variant_names_keys_of_verl_070(self):
        text = section("verl")
        self.assertIn("0.7: the same without the \"reward.\" prefix", text)
        keys = {k[len("reward."):] for k in overrides(blocks(text, "sh")[0]) if k.startswith("reward.")}
        self.assertEqual(keys, VERL_07_KEYS)

    def test_the_legacy_file_path_for_verl_05_and_06(self):
        import importlib.util

        import if4j_reward.verl

        self.assertIn("custom_reward_function.path=<the file of if4j_reward.verl>", section("verl"))
        spec = importlib.util.spec_from_file_location("custom_module", if4j_reward.verl.__file__)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        server = Server()
        self.addCleanup(server.stop)
        gt = {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
        self.assertEqual(module.compute_score("ifeval", "a, b", gt, url=server.url)["score"], 0.0)
        self.assertEqual([r["score"] for r in module.compute_score_batch(["x"] * 2, ["a", "b, c"], [gt] * 2,
                                                                          url=server.url)], [1.0, 0.0])
        if4j_reward.client._by_url.pop(server.url).close()


class ReadmeOpenRlhfTest(unittest.TestCase):
    def test_the_flags_are_each_versions_own(self):
        text = blocks(section("OpenRLHF"), "sh")[0]
        current, _, before = text.partition("# before v0.10.2:")
        self.assertEqual(set(re.findall(r"(--(?:data|reward)\.\w+)", current)), OPENRLHF_FLAGS["v0.11.0"])
        self.assertEqual(set(re.findall(r"(--[a-z_]+)", before)), OPENRLHF_FLAGS["v0.10.1"])
        self.assertIn("--data.label_key reward_model", current)

    def test_the_server_runs_with_the_snippets_options_and_answers_a_per_sample_request(self):
        text = blocks(section("OpenRLHF"), "sh")[0]
        serve_line = next(l for l in text.splitlines() if l.startswith("if4j-serve"))
        args = serve_line.split("&")[0].split()[1:]
        del args[args.index("--port"):args.index("--port") + 2]  # Server picks a free port
        server = Server(*args)
        self.addCleanup(server.stop)
        url = re.search(r"--reward\.remote_url (\S+)", text).group(1).replace("http://127.0.0.1:8000", server.url)
        prompt = "<|im_start|>user\nNo commas.<|im_end|>\n<|im_start|>assistant\n"
        label = {"style": "rule", "ground_truth": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}}
        status, body = post(url, "", {"query": [prompt + "a, b<|im_end|>"], "prompts": [prompt], "labels": [label]})
        self.assertEqual((status, body["rewards"]), (200, [0.0]))

    def test_the_reward_function_path_it_prints_is_loadable_by_path(self):
        command = re.search(r"\$\((python3 -c '[^']+')\)", section("OpenRLHF")).group(1)
        out = subprocess.run([sys.executable, "-c", re.search(r"'([^']+)'", command).group(1)],
                             capture_output=True, text=True, check=True)
        path = out.stdout.strip()
        self.assertTrue(path.endswith(".py") and Path(path).is_file(), path)  # OpenRLHF wants a .py path


class ReadmeTrlTest(unittest.TestCase):
    def test_the_snippet_trains_with_trl(self):
        torch, transformers, tokenizers, trl, _ = require("torch", "transformers", "tokenizers", "trl", "datasets")
        from tests.test_grpo import char_tokenizer

        code = blocks(section("TRL"), "python")[0]
        self.assertIn("if4j_reward.trl_reward_async", code)
        server = Server()
        self.addCleanup(server.stop)
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        write_verl_parquet(Path(tmp.name) / "verl")

        tokenizer = char_tokenizer(transformers, tokenizers)
        real_trainer, real_config = trl.GRPOTrainer, trl.GRPOConfig
        made = {}

        class SmallTrainer(real_trainer):
            """The snippet's trainer with a tiny random model and two short steps on four rows."""

            def __init__(self, model, reward_funcs, args, train_dataset, **kw):
                self.test_asked_for = model
                tiny = transformers.LlamaForCausalLM(transformers.LlamaConfig(
                    vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                    num_attention_heads=2, num_key_value_heads=2, pad_token_id=tokenizer.pad_token_id,
                    eos_token_id=tokenizer.eos_token_id, bos_token_id=None))
                super().__init__(model=tiny, processing_class=tokenizer, reward_funcs=reward_funcs, args=args,
                                 train_dataset=train_dataset.select(range(4)), **kw)
                made["trainer"] = self

        def small_config(output_dir, **kw):
            return real_config(output_dir=output_dir, max_steps=2, per_device_train_batch_size=4, num_generations=2,
                               max_completion_length=12, logging_steps=1, report_to=[], use_cpu=True, bf16=False,
                               save_strategy="no", disable_tqdm=True, **kw)

        trl.GRPOTrainer, trl.GRPOConfig = SmallTrainer, small_config
        os.environ["IF4J_REWARD_URL"] = server.url
        if4j_reward.client._default = None
        cwd = os.getcwd()
        try:
            os.chdir(tmp.name)
            torch.manual_seed(0)
            exec(compile(code, "README.md#TRL", "exec"), {})
        finally:
            os.chdir(cwd)
            trl.GRPOTrainer, trl.GRPOConfig = real_trainer, real_config
            os.environ.pop("IF4J_REWARD_URL")
            if4j_reward.client.default_client().close()
            if4j_reward.client._default = None
        trainer = made["trainer"]
        self.assertEqual(trainer.test_asked_for, "Qwen/Qwen2.5-0.5B-Instruct")
        logged = [h for h in trainer.state.log_history if "rewards/if4j_ifeval/mean" in h]
        self.assertEqual(len(logged), 2)
        self.assertIn("if4j_ifeval/prompt_strict_acc", logged[0])
