"""Per-sample throughput as OpenRLHF sends it: N single-sample /get_reward POSTs, C at once, a new
aiohttp session per request (as OpenRLHF does), against one server."""
import asyncio, json, sys, time
import aiohttp

URL, N, C = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
GT = {"instruction_id_list": ["punctuation:no_comma", "change_case:english_lowercase"], "kwargs": [{}, {}]}

async def one(sem, i, lat, failed):
    async with sem:
        t = time.perf_counter()
        payload = {"query": ["Q%d: this is a plain english answer %d<|im_end|>" % (i, i)], "prompts": ["Q%d:" % i],
                   "labels": [{"style": "rule", "ground_truth": GT}]}
        for _ in range(5):
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=180)) as s:
                    async with s.post(URL, json=payload) as r:
                        r.raise_for_status(); await r.json(); lat.append(time.perf_counter() - t); return
            except Exception:
                await asyncio.sleep(1)
        failed.append(i)

async def main():
    sem = asyncio.Semaphore(C); lat = []; failed = []
    t = time.perf_counter()
    await asyncio.gather(*(one(sem, i, lat, failed) for i in range(N)))
    el = time.perf_counter() - t
    lat.sort()
    print(json.dumps({"samples": N, "concurrency": C, "seconds": round(el, 2), "samples_per_s": round(N / el),
                      "p50_ms": round(lat[len(lat)//2]*1000, 1), "p99_ms": round(lat[int(len(lat)*0.99)]*1000, 1),
                      "failed": len(failed)}))
asyncio.run(main())
