// A chain of 16 awaits, each producing a fresh value: in `sliding` every value
// lives across exactly the next suspend, in `hoard` all 16 live to the end, in
// `fresh_buffers` each step has its own 64-byte buffer live across one suspend.
#include "coro.h"
using namespace cp;

#define STEP(i, prev)                                                          \
  long v##i = co_await deliver<long>(seed * (i + 1) + i);                      \
  acc = acc * 7 + (prev) * 3 + v##i;

task<long> sliding(long seed) {
  long acc = 0;
  long v0 = co_await deliver<long>(seed);
  STEP(1, v0) STEP(2, v1) STEP(3, v2) STEP(4, v3) STEP(5, v4) STEP(6, v5)
  STEP(7, v6) STEP(8, v7) STEP(9, v8) STEP(10, v9) STEP(11, v10) STEP(12, v11)
  STEP(13, v12) STEP(14, v13) STEP(15, v14)
  co_return acc + v15;
}

long ref_sliding(long seed) {
  long v[16];
  v[0] = seed;
  long acc = 0;
  for (int i = 1; i < 16; ++i) {
    v[i] = seed * (i + 1) + i;
    acc = acc * 7 + v[i - 1] * 3 + v[i];
  }
  return acc + v[15];
}

#define GET(i) long h##i = co_await deliver<long>(seed + i * i);

task<long> hoard(long seed) {
  GET(0) GET(1) GET(2) GET(3) GET(4) GET(5) GET(6) GET(7)
  GET(8) GET(9) GET(10) GET(11) GET(12) GET(13) GET(14) GET(15)
  co_await yield();
  co_return h0 - h1 + h2 * 2 - h3 + h4 * 3 - h5 + h6 * 4 - h7 + h8 * 5 - h9 +
      h10 * 6 - h11 + h12 * 7 - h13 + h14 * 8 - h15;
}

long ref_hoard(long seed) {
  long h[16];
  for (int i = 0; i < 16; ++i)
    h[i] = seed + i * i;
  long r = 0;
  for (int i = 0; i < 16; ++i)
    r += (i % 2) ? -h[i] : h[i] * (i / 2 + 1);
  return r;
}

#define BUF(i)                                                                 \
  {                                                                            \
    unsigned char b[64];                                                       \
    fill(b, sizeof b, static_cast<unsigned>(seed + i));                        \
    co_await yield();                                                          \
    acc = acc * 131 + digest(b, sizeof b);                                     \
  }

task<uint64_t> fresh_buffers(long seed) {
  uint64_t acc = 0;
  BUF(0) BUF(1) BUF(2) BUF(3) BUF(4) BUF(5) BUF(6) BUF(7)
  BUF(8) BUF(9) BUF(10) BUF(11) BUF(12) BUF(13) BUF(14) BUF(15)
  co_return acc;
}

uint64_t ref_buffers(long seed) {
  uint64_t acc = 0;
  for (int i = 0; i < 16; ++i) {
    unsigned char b[64];
    fill(b, sizeof b, static_cast<unsigned>(seed + i));
    acc = acc * 131 + digest(b, sizeof b);
  }
  return acc;
}

int main() {
  for (long seed : {1L, 17L, -5L}) {
    expect("sliding", run(sliding(seed)), ref_sliding(seed));
    expect("hoard", run(hoard(seed)), ref_hoard(seed));
    expect("buffers", static_cast<long long>(run(fresh_buffers(seed))),
           static_cast<long long>(ref_buffers(seed)));
  }
  return finish();
}

// Expected output (pinned by test/exec/chain16-exec.test):
// CHECK: sliding 5802575178829
// CHECK-NEXT: hoard 3044
// CHECK-NEXT: buffers 6217212393195444504
// CHECK-NEXT: sliding 77543504662493
// CHECK-NEXT: hoard 3492
// CHECK-NEXT: buffers -6148939553836753939
// CHECK-NEXT: sliding -21100273377545
// CHECK-NEXT: hoard 2876
// CHECK-NEXT: buffers 1038103700059140819
// CHECK-NEXT: checksum 02f0cab2af68a8fa
// CHECK-NEXT: ok
