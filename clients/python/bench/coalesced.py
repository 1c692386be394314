"""verl's reward-loop pattern: N concurrent awaits of compute_score_async on one event loop."""
import asyncio, json, sys, time
import if4j_reward
URL, N = sys.argv[1], int(sys.argv[2])
GT = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"], "kwargs": [{}, {}]}
async def main():
    t = time.perf_counter()
    out = await asyncio.gather(*(if4j_reward.compute_score_async("ifeval", "this is a plain english answer %d" % i, GT, url=URL) for i in range(N)))
    el = time.perf_counter() - t
    assert len(out) == N
    print(json.dumps({"samples": N, "seconds": round(el, 2), "samples_per_s": round(N / el)}))
asyncio.run(main())
