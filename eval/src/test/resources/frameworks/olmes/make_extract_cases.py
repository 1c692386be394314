"""Writes extract_think_answer_cases.jsonl: random texts and what olmo-eval's extract_think_answer
gives for them. The three substitutions below are those of src/olmo_eval/evals/extract/reasoning.py
(allenai/olmo-eval at 37f0852f), restated here to run them; run with CPython 3 from this folder."""
import json
import random
import re


def extract_think_answer(text):
    answer = re.sub("(?ms).*</think>", "", text)
    answer = re.sub("(?ms)^\\s*<answer>\\s*", "", answer)
    return re.sub("(?ms)</answer>\\s*$", "", answer)


random.seed(7)
PIECES = ["<answer>", "</answer>", "</think>", "<think>", " ", "\n", "\t", "a", "b", "\x1c", "\u00a0", "\r"]
with open("extract_think_answer_cases.jsonl", "w") as out:
    for _ in range(400):
        text = "".join(random.choice(PIECES) for _ in range(random.randint(0, 12)))
        out.write(json.dumps({"in": text, "out": extract_think_answer(text)}) + "\n")
