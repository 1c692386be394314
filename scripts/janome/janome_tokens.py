"""janome's tokens, or the texts to compare them on.

  janome_tokens.py texts GOLDEN.jsonl... OUT.jsonl   the Japanese texts M-IFEval's checkers tokenize:
      each ja row's response, its 8 loose variants, and each without 「…」/『…』 (JSON strings)
  janome_tokens.py tokens TEXTS.jsonl OUT.jsonl       janome's [surface, part_of_speech] per text
  janome_tokens.py compare TEXTS.jsonl A.jsonl B.jsonl
"""
import json
import re
import sys


def variants(response):
    lines = response.split("\n")
    first = "\n".join(lines[1:]).strip()
    last = "\n".join(lines[:-1]).strip()
    both = "\n".join(lines[1:-1]).strip()
    for v in (response, response.replace("*", ""), first, last, both,
              first.replace("*", ""), last.replace("*", ""), both.replace("*", "")):
        yield v
        yield re.sub(r"『.*?』", "", re.sub(r"「.*?」", "", v))


def texts(goldens, out):
    seen = set()
    with open(out, "w", encoding="utf-8") as o:
        for golden in goldens:
            for line in open(golden, encoding="utf-8"):
                row = json.loads(line)
                if row.get("language") != "ja":
                    continue
                for v in variants(row["response"]):
                    if v not in seen:
                        seen.add(v)
                        o.write(json.dumps(v, ensure_ascii=False) + "\n")


def tokens(src, out):
    from janome.tokenizer import Tokenizer
    t = Tokenizer()
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            o.write(json.dumps([[k.surface, k.part_of_speech] for k in t.tokenize(json.loads(line))],
                               ensure_ascii=False) + "\n")


def compare(src, a, b):
    rows = zip(open(src, encoding="utf-8"), open(a, encoding="utf-8"), open(b, encoding="utf-8"))
    total = differing = 0
    for text, x, y in rows:
        total += 1
        if json.loads(x) != json.loads(y):
            differing += 1
            if differing <= 5:
                print("differs:", json.loads(text)[:120].replace("\n", "\\n"))
    print(f"{total} texts, {differing} with different tokens")
    return differing


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "texts":
        texts(sys.argv[2:-1], sys.argv[-1])
    elif cmd == "tokens":
        tokens(sys.argv[2], sys.argv[3])
    else:
        sys.exit(1 if compare(sys.argv[2], sys.argv[3], sys.argv[4]) else 0)
