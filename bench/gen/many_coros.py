#!/usr/bin/env python3
"""many_coros: a C++20 module of N independent coroutines.

Coroutine i (external linkage, so nothing is dropped) has 2..5 suspend points
and 3..9 values of mixed types (long, int, double, float, char, short, a
16-byte struct, a 12-byte struct, uint64_t, bool) defined between suspends and
used after later ones, so they are spilled to the frame; every fourth one also
keeps a small buffer whose address escapes across a suspend (an alloca slot).
Deterministic: the shapes depend only on N and --seed.

  bench/gen/many_coros.py 500 -o /tmp/many500.cpp
  clang++ -std=c++20 -O2 -S -emit-llvm -Xclang -disable-llvm-passes /tmp/many500.cpp
Add -DCT_MAIN for a main() that runs every coroutine once.
"""
import argparse
import random
import sys

from prelude import PRELUDE, TYPES


def coroutine(i, rng):
    s = rng.randint(2, 5)                 # suspend points (besides initial/final)
    nv = rng.randint(3, 9)                # values live across suspends
    out = [f"task<long> coro_{i}(long x) {{"]
    # value k: defined before suspend d, used after suspend u (d < u <= s)
    vals = []
    for k in range(nv):
        t, init = TYPES[rng.randrange(len(TYPES))]
        d = rng.randrange(s)
        u = rng.randint(d + 1, s)
        vals.append((k, t, init, d, u))
    buf = i % 4 == 0
    if buf:
        n = rng.choice([16, 32, 64, 128])
        out.append(f"  unsigned char buf[{n}];")
        out.append("  escape(buf);")
    for step in range(s + 1):
        if step > 0:
            out.append("  co_await yield();")
        for k, t, init, d, u in vals:
            if u == step:
                out.append(f"  use(v{k});")
        for k, t, init, d, u in vals:
            if d == step:
                out.append(f"  {t} v{k} = {init.format(s=f'(x + {k})')};")
        if buf and step == s // 2:
            out.append("  escape(buf);")
    out.append(f"  co_return opaque(x) + {i};")
    out.append("}")
    return "\n".join(out)


def generate(n, seed=1):
    rng = random.Random(seed * 1000003 + n)
    parts = [PRELUDE]
    for i in range(n):
        parts.append(coroutine(i, rng))
    parts.append("#ifdef CT_MAIN")
    parts.append("int main() {\n  long t = 0;")
    for i in range(n):
        parts.append(f"  t += coro_{i}({i}).run();")
    parts.append("  std::printf(\"result %ld sink %016llx\\n\", t, (unsigned long long)g_sink);\n"
                 "  return 0;\n}\n#endif")
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of coroutines")
    ap.add_argument("-o", "--output", help="output file (default: stdout)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.n < 1:
        ap.error("n must be >= 1")
    text = generate(a.n, a.seed)
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
