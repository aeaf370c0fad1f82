#!/usr/bin/env python3
"""big_coro: one C++20 coroutine with S suspend points and V values live across them.

Straight-line code. Value j (j = 0..V-1, of mixed types) is defined by an
opaque noinline call just before suspend d_j = floor(j*S/V) and used (by a
noinline use()) just after suspend min(S, d_j + W): its live range crosses W
consecutive suspends, so the live ranges overlap in a sliding window of about
V*W/S values. LLVM 22 gives each of the V values its own frame bytes; the
smallest layout needs only about a window's worth.

  bench/gen/big_coro.py 1000 2500 -o /tmp/big.cpp     # S=1000, V=2500, W=4
  clang++ -std=c++20 -O2 -S -emit-llvm -Xclang -disable-llvm-passes /tmp/big.cpp
Add -DCT_MAIN for a main() that runs the coroutine.
"""
import argparse
import sys

from prelude import PRELUDE, TYPES


def generate(s, v, window=4):
    defs = [[] for _ in range(s + 1)]     # values defined before suspend k (k < s)
    uses = [[] for _ in range(s + 1)]     # values used after suspend k (k >= 1)
    for j in range(v):
        d = j * s // v
        u = min(s, d + window)
        defs[d].append(j)
        uses[u].append(j)
    out = [PRELUDE, f"// S={s} suspends, V={v} values, window W={window}",
           "task<long> big(long x) {"]
    for k in range(s + 1):
        if k > 0:
            out.append(f"  co_await yield(); // suspend {k}")
        for j in uses[k]:
            out.append(f"  use(v{j});")
        for j in defs[k]:
            t, init = TYPES[j % len(TYPES)]
            out.append(f"  {t} v{j} = {init.format(s=f'(x + {j})')};")
    out.append("  co_return opaque(x);")
    out.append("}")
    out.append("#ifdef CT_MAIN\nint main() {\n  long r = big(1).run();\n"
               "  std::printf(\"result %ld sink %016llx\\n\", r, (unsigned long long)g_sink);\n"
               "  return r != 1;\n}\n#endif")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suspends", type=int, help="S: suspend points")
    ap.add_argument("values", type=int, help="V: values live across suspends")
    ap.add_argument("-w", "--window", type=int, default=4,
                    help="W: suspends each value is live across (default: %(default)s)")
    ap.add_argument("-o", "--output", help="output file (default: stdout)")
    a = ap.parse_args()
    if a.suspends < 1 or a.values < 1 or a.window < 1:
        ap.error("S, V and W must be >= 1")
    text = generate(a.suspends, a.values, a.window)
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
