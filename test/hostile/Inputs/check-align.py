#!/usr/bin/env python3
"""check-align.py REPORT FN=ALIGN...: for every "alloca ... size=64 align=4"
slot of the text report of each coroutine FN, check that its new offset is a
multiple of ALIGN; prints "aligned N misaligned M" and the bad lines."""
import re
import sys

want = dict(a.split('=') for a in sys.argv[2:])
fn = None
ok = bad = 0
lines = []
for l in open(sys.argv[1]):
    m = re.match(r'coro-frames: (\S+)', l)
    if m:
        fn = m.group(1)
    m = re.search(r' alloca off=(\d+) size=64 align=4 new=(\d+)', l)
    if m and fn in want:
        if int(m.group(2)) % int(want[fn]):
            bad += 1
            lines.append(fn + ':' + l)
        else:
            ok += 1
print('aligned', ok, 'misaligned', bad)
sys.stdout.writelines(lines)
