"""A real TRL ``GRPOTrainer(...).train()`` (TRL 1.13, CPU) on a tiny randomly initialised causal LM
with a character tokenizer built here (nothing downloaded), rewarded by if4j through a live
``if4j serve``: the rewards the trainer logs equal ``if4j check``'s verdicts of the completions it
generated. The rows are verl's parquet rows (conversational ``prompt``, ``reward_model`` column), as
``if4j data ifeval-to-verl`` writes them; one sync and one async reward function run side by side."""

import string
import tempfile
import unittest

import if4j_reward
from if4j_reward import Client

from tests.support import Server, check_fractions, require, write_verl_parquet

STEPS = 3
GENERATIONS = 4
PROMPTS_PER_STEP = 2


def char_tokenizer(transformers, tokenizers):
    """Printable ASCII, one token per character, plus pad/eos/unk; a plain chat template."""
    specials = ["<pad>", "<eos>", "<unk>"]
    vocab = {t: i for i, t in enumerate(specials + list(string.printable))}
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Split(tokenizers.Regex("."), behavior="isolated")
    tok.decoder = tokenizers.decoders.Fuse()
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>",
                                                unk_token="<unk>")
    fast.chat_template = ("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
                          "{% if add_generation_prompt %}assistant: {% endif %}")
    return fast


class GrpoTrainerTest(unittest.TestCase):
    def test_the_rewards_grpo_logs_are_if4j_checks_verdicts(self):
        torch, transformers, tokenizers, trl, datasets = require("torch", "transformers", "tokenizers", "trl", "datasets")
        # The server judges the completion as written (no end-marker or think-tag handling), as check does.
        server = Server("--keep-trailing-tokens", "--think-open", "", "--think-close", "")
        self.addCleanup(server.stop)
        client = Client(server.url)
        self.addCleanup(client.close)
        torch.manual_seed(0)

        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        rows = datasets.load_dataset("parquet", data_files=str(write_verl_parquet(tmp.name)), split="train")
        rows = rows.select(range(STEPS * PROMPTS_PER_STEP)).select_columns(["prompt", "reward_model"])

        tokenizer = char_tokenizer(transformers, tokenizers)
        config = transformers.LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64,
                                          num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=2,
                                          max_position_embeddings=4096, pad_token_id=tokenizer.pad_token_id,
                                          eos_token_id=tokenizer.eos_token_id, bos_token_id=None)
        model = transformers.LlamaForCausalLM(config)

        calls = []  # what each reward function saw and answered, per generation batch

        sync_f = if4j_reward.make_trl_reward(client=client, name="if4j_sync")
        async_f = if4j_reward.make_trl_reward(client=client, name="if4j_async", asynchronous=True)

        def if4j_sync(prompts, completions, **kwargs):
            out = sync_f(prompts, completions, **kwargs)
            calls.append(("if4j_sync", prompts, completions, kwargs["reward_model"], out))
            return out

        async def if4j_async(prompts, completions, **kwargs):
            out = await async_f(prompts, completions, **kwargs)
            calls.append(("if4j_async", prompts, completions, kwargs["reward_model"], out))
            return out

        logs = []  # the trainer's log records that carry the rewards, one per step

        class Capture(transformers.TrainerCallback):
            def on_log(self, args, state, control, logs=None, **kw):
                if logs and "rewards/if4j_sync/mean" in logs:
                    captured.append(dict(logs))

        captured = logs
        args = trl.GRPOConfig(output_dir=tmp.name + "/out", max_steps=STEPS, per_device_train_batch_size=GENERATIONS * PROMPTS_PER_STEP,
                              num_generations=GENERATIONS, max_completion_length=24, learning_rate=1e-3,
                              logging_steps=1, report_to=[], use_cpu=True, bf16=False, seed=0, save_strategy="no",
                              temperature=1.0, disable_tqdm=True)
        trainer = trl.GRPOTrainer(model=model, processing_class=tokenizer, reward_funcs=[if4j_sync, if4j_async],
                                  args=args, train_dataset=rows, callbacks=[Capture()])
        trainer.train()

        self.assertEqual(len(logs), STEPS, logs)
        for name in ("if4j_sync", "if4j_async"):
            mine = [c for c in calls if c[0] == name]
            self.assertEqual(len(mine), STEPS)
            for step, (_, prompts, completions, labels, out) in enumerate(mine):
                verdicts = check_fractions([
                    {"response": c[-1]["content"], "instruction_id_list": l["ground_truth"]["instruction_id_list"],
                     "kwargs": l["ground_truth"]["kwargs"], "prompt": p[-1]["content"]}
                    for p, c, l in zip(prompts, completions, labels)])
                self.assertEqual(out, verdicts, "%s step %d: %r" % (name, step, [c[-1]["content"] for c in completions]))
                self.assertAlmostEqual(logs[step]["rewards/%s/mean" % name], sum(verdicts) / len(verdicts), places=5)
            # The last generation batch's per-completion rewards as the trainer keeps them for its table.
            self.assertEqual([round(x, 6) for x in trainer._logs["rewards"][name]], [round(x, 6) for x in mine[-1][4]])
        self.assertIn("if4j_sync/prompt_strict_acc", logs[0])
        self.assertIn("if4j_async/inst_loose_acc", logs[-1])
