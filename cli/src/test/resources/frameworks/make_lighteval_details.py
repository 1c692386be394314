# Writes a lighteval-shaped details file for the ifeval task: rows as lighteval's
# EvaluationTracker.save (src/lighteval/logging/evaluation_tracker.py @ 3fd15266) builds them,
# asdict(Detail(doc, model_response, metric)), columns sorted, without "id"; Parquet via pyarrow
# (what datasets' to_parquet uses underneath). Doc and ModelResponse fields as in
# src/lighteval/tasks/requests.py and src/lighteval/models/model_output.py at the same commit.
# Regenerate: python make_lighteval_details.py details_ifeval_2026-12-07T01-00-00.parquet (pyarrow 25).
import json, sys, pyarrow as pa, pyarrow.parquet as pq
def doc(i, prompt, ids, kwargs):
    return {"query": prompt, "choices": [""], "gold_index": 0, "instruction": "", "images": None,
            "specific": {"instructions_id_list": ids, "kwargs": kwargs}, "unconditioned_query": None,
            "original_query": None, "id": str(i), "task_name": "ifeval|0", "fewshot_samples": [],
            "sampling_methods": ["GENERATIVE"], "fewshot_sorting_class": None, "generation_size": 1280,
            "stop_sequences": [], "use_logits": False, "num_samples": 1, "generation_grammar": None}
def resp(text, post=None, reasoning=None):
    return {"input": "prompt", "input_tokens": [], "text": [text], "output_tokens": [], "text_post_processed": post,
            "reasonings": [reasoning], "logprobs": [], "argmax_logits_eq_gold": [], "logits": None,
            "unconditioned_logprobs": None, "truncated_tokens_count": 0, "padded_tokens_count": 0}
def metric(ps, isx, pl, il):
    return {"prompt_level_strict_acc": ps, "inst_level_strict_acc": isx, "prompt_level_loose_acc": pl, "inst_level_loose_acc": il}
kw = lambda **k: {"num_highlights": None, "relation": None, "end_phrase": None, **k}
rows = [
  {"doc": doc(0, "Write without commas.", ["punctuation:no_comma"], [kw()]),
   "model_response": resp("<think>a, b</think>No commas here", post=["No commas here"], reasoning="a, b"),
   "metric": metric(1, [True], 1, [True])},
  {"doc": doc(1, "End with Bye. and use no commas.", ["punctuation:no_comma", "startend:end_checker"], [kw(), kw(end_phrase="Bye.")]),
   "model_response": resp("Hello there, friend\nBye."), "metric": metric(0, [False, True], 1, [True, True])},
  {"doc": doc(2, "Give it a title.", ["detectable_format:title"], [kw()]),
   "model_response": resp("hello there"), "metric": metric(1, [True], 1, [True])},
]
table = pa.Table.from_pylist([{k: r[k] for k in sorted(r)} for r in rows])
pq.write_table(table, sys.argv[1])
print(table.schema)
