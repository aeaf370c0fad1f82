// Mixed alignments across suspends: char, short, double, and alignas(32) /
// alignas(64) locals whose addresses escape; every address must stay aligned
// and every value intact after each resume, in interleaved frames.
// LLVM 22 itself misaligns alignas(>16) frame locals unless the frame comes
// from aligned operator new, hence (read by tools/exec-compare):
// EXEC-FLAGS: -fcoro-aligned-allocation
#include "coro.h"
using namespace cp;

struct alignas(32) v32 {
  double d[4];
};
struct alignas(64) v64 {
  unsigned char b[64];
};

task<long> aligned(unsigned seed) {
  char c = opaque<char>(static_cast<char>('a' + seed));
  short s = opaque<short>(static_cast<short>(seed * 1111));
  double d = opaque(seed * 0.25);
  v32 a32;
  for (int i = 0; i < 4; ++i)
    a32.d[i] = seed + i * 0.5;
  escape(&a32);
  co_await yield(); // c s d a32 live
  long bad = misalign(&a32, 32);
  char c2 = opaque<char>(static_cast<char>(c + 1));
  v64 a64;
  fill(a64.b, sizeof a64.b, seed);
  alignas(16) short pair[2] = {s, static_cast<short>(s + 1)};
  escape(pair);
  co_await yield(); // c2 d a32 a64 pair live
  bad += misalign(&a64, 64) + misalign(&a32, 32) + misalign(pair, 16);
  long sum = c2 + pair[0] + pair[1] + static_cast<long>(d * 8);
  for (double x : a32.d)
    sum += static_cast<long>(x * 2);
  co_await yield(); // a64 live
  bad += misalign(&a64, 64);
  sum += static_cast<long>(digest(a64.b, sizeof a64.b) & 0xffff);
  co_return bad ? -1000000 - bad : sum;
}

long ref_aligned(unsigned seed) {
  char c = static_cast<char>('a' + seed);
  short s = static_cast<short>(seed * 1111);
  double d = seed * 0.25;
  unsigned char b[64];
  fill(b, sizeof b, seed);
  long sum = static_cast<char>(c + 1) + s + static_cast<short>(s + 1) +
             static_cast<long>(d * 8);
  for (int i = 0; i < 4; ++i)
    sum += static_cast<long>((seed + i * 0.5) * 2);
  return sum + static_cast<long>(digest(b, sizeof b) & 0xffff);
}

// A 64-aligned value that dies early next to a char that lives long: the
// packer may reuse the big slot, but the char must keep its own bytes.
task<long> early_big(unsigned seed) {
  char keep = opaque<char>(static_cast<char>(seed));
  long r;
  {
    v64 big;
    fill(big.b, sizeof big.b, seed + 3);
    co_await yield();
    r = static_cast<long>(digest(big.b, 64) & 0xfff) + misalign(&big, 64);
  }
  double later = opaque(seed * 1.5);
  co_await yield();
  co_return r + keep + static_cast<long>(later * 2);
}

long ref_early_big(unsigned seed) {
  unsigned char b[64];
  fill(b, 64, seed + 3);
  return static_cast<long>(digest(b, 64) & 0xfff) + static_cast<char>(seed) +
         static_cast<long>(seed * 1.5 * 2);
}

task<long> interleaved(unsigned seed) {
  task<long> t1 = aligned(seed), t2 = aligned(seed + 1), t3 = early_big(seed);
  start(t1);
  start(t2);
  start(t3);
  long a = co_await join(t1);
  long b = co_await join(t2);
  long c = co_await join(t3);
  co_return a * 3 + b * 5 + c;
}

int main() {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    expect("aligned", run(aligned(seed)), ref_aligned(seed));
    expect("early_big", run(early_big(seed)), ref_early_big(seed));
  }
  expect("interleaved", run(interleaved(7)),
         ref_aligned(7) * 3 + ref_aligned(8) * 5 + ref_early_big(7));
  return finish();
}

// Expected output (pinned by test/exec/align-exec.test):
// CHECK: aligned 21610
// CHECK-NEXT: early_big 3738
// CHECK-NEXT: aligned 37377
// CHECK-NEXT: early_big 693
// CHECK-NEXT: aligned 70601
// CHECK-NEXT: early_big 133
// CHECK-NEXT: aligned 12771
// CHECK-NEXT: early_big 1490
// CHECK-NEXT: interleaved 553904
// CHECK-NEXT: checksum 84729f965cfa59e6
// CHECK-NEXT: ok
