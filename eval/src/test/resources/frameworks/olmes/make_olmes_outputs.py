"""Writes out/: an olmo-eval run's IFEval outputs for four prompts, laid out as olmo-eval's code
writes them (allenai/olmo-eval at e8b88f19: write_predictions_jsonl and write_requests_jsonl in
src/olmo_eval/runners/io/writers.py, build_predictions and build_requests in
src/olmo_eval/runners/io/builders.py; the instance metadata of process_doc and the extraction
in src/olmo_eval/evals/tasks/ifeval.py at 079b006c; the scorer's value in sample_metrics and, by
Metric.compute_instance's fallback, under every metric name in instance_metrics). Not produced by an
olmo-eval run: the verdicts are those olmo-eval's IFEvalScorer gives the extracted answers (all
instructions here are checked the same way by the reference). Run with CPython 3 from this folder."""
import json
import os
import re


def extract_think_answer(text):  # src/olmo_eval/evals/extract/reasoning.py at 37f0852f
    answer = re.sub("(?ms).*</think>", "", text)
    answer = re.sub("(?ms)^\\s*<answer>\\s*", "", answer)
    return re.sub("(?ms)</answer>\\s*$", "", answer)


MODEL, SPEC, HASH = "olmo-3-7b-think", "ifeval", "9c1e2a"
DOCS = [  # google/IFEval-shaped rows; process_doc drops the null-padded kwargs
    (1000, "Write a resume for a software engineer. Your answer must contain exactly 3 bullet points, such as:"
     " * This is a point.", ["detectable_format:number_bullet_lists"], [{"num_bullets": 3}],
     "<think>* a\n* b\n* c\n* d</think>* Led backend\n* Shipped v2\n* Cut latency", 1.0),
    (1001, "Describe a lighthouse without using any commas.", ["punctuation:no_comma"], [{}],
     "<think>Hmm, commas, many.</think>\n<answer>\nA lighthouse stands tall and guides ships home.\n</answer>\n", 1.0),
    (1002, "Explain tides. End your response with the exact phrase 'Is there anything else I can help with?'",
     ["startend:end_checker"], [{"end_phrase": "Is there anything else I can help with?"}],
     "<think>The moon pulls.</think><answer>The moon's pull raises the sea. Is there anything else I can help"
     " with?</answer>", 1.0),
    (1003, "Write a haiku about rain in all lowercase letters.", ["change_case:english_lowercase"], [{}],
     "<think>Let me count syllables for a haiku about rain", 0.0),
]
METRICS = ["prompt_level_strict_acc", "prompt_level_loose_acc", "inst_level_strict_acc", "inst_level_loose_acc"]

os.makedirs(f"out/predictions/{MODEL}", exist_ok=True)
os.makedirs(f"out/requests/{MODEL}", exist_ok=True)
with open(f"out/predictions/{MODEL}/{SPEC}_{HASH}-predictions.jsonl", "w") as p, \
        open(f"out/requests/{MODEL}/{SPEC}_{HASH}-requests.jsonl", "w") as r:
    for idx, (key, prompt, ids, kwargs, text, score) in enumerate(DOCS):
        metadata = {"id": key, "key": key, "prompt": prompt, "instruction_id_list": ids, "kwargs": kwargs}
        r.write(json.dumps({
            "request_type": "generate_until", "doc": {"query": prompt, **metadata},
            "request": {"context": [{"role": "user", "content": prompt}], "stop_sequences": [],
                        "generation_kwargs": {"max_gen_toks": None, "do_sample": True, "temperature": 0.6,
                                              "top_p": 0.95}},
            "idx": 0, "task_name": SPEC, "doc_id": idx, "native_id": key, "label": None}) + "\n")
        instance_metrics = {"ifeval": {"ifeval": score}}
        instance_metrics.update({m: {"ifeval": score} for m in METRICS})
        p.write(json.dumps({
            "doc_id": idx, "native_id": key,
            "model_output": [{"text": text, "extracted_answer": extract_think_answer(text), "num_chars": len(text),
                              "sample_metrics": {"ifeval": {"ifeval": score}}}],
            "instance_metrics": instance_metrics, "label": None, "final_output": text}) + "\n")
