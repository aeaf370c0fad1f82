"""regen-check.py CORO-FUZZ DIR: the recipe saved in a reproducer directory
(seed.txt, reduced.json) regenerates DIR/reduced.cpp byte for byte."""
import json
import os
import subprocess
import sys

tool, d = sys.argv[1], sys.argv[2]
seed = open(os.path.join(d, "seed.txt")).read().strip()
p = json.load(open(os.path.join(d, "reduced.json")))
cmd = [sys.executable, tool, "gen", seed]
if p.get("without"):
    cmd += ["--without", ",".join(p["without"])]
if p.get("drop"):
    cmd += ["--drop", ",".join(map(str, p["drop"]))]
if p.get("flatten"):
    cmd += ["--flatten", ",".join(map(str, p["flatten"]))]
got = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
want = open(os.path.join(d, "reduced.cpp")).read()
if got != want:
    sys.exit(f"regen-check.py: {' '.join(cmd)} does not regenerate {d}/reduced.cpp")
