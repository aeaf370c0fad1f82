// SSA scalars live across disjoint suspends: four values cross only suspend 1,
// four others cross only suspend 2 (LLVM gives each its own frame slot).
#include "coro.h"
using namespace cp;

task<long> disjoint(int seed) {
  long a = opaque(seed + 1), b = opaque(seed * 3), c = opaque(seed - 7),
       d = opaque(seed ^ 0x55);
  co_await yield(); // suspend 1: a b c d live
  long r1 = opaque(a * b + c - d);
  long e = opaque(r1 + 11), f = opaque(r1 * 2), g = opaque(r1 - 5),
       h = opaque(r1 ^ 0x3c);
  co_await yield(); // suspend 2: e f g h (and r1) live, a-d dead
  co_return opaque(e + f * g - h);
}

long ref_disjoint(int seed) {
  long a = seed + 1, b = seed * 3, c = seed - 7, d = seed ^ 0x55;
  long r1 = a * b + c - d;
  long e = r1 + 11, f = r1 * 2, g = r1 - 5, h = r1 ^ 0x3c;
  return e + f * g - h;
}

// Mixed widths: i8/i16/i32/i64/float/double each crossing a different suspend.
task<double> widths(int seed) {
  signed char c = opaque<signed char>(static_cast<signed char>(seed));
  short s = opaque<short>(static_cast<short>(seed * 300));
  co_await yield(); // c s
  int i = opaque(c * 1000 + s);
  float f = opaque(static_cast<float>(seed) * 0.5f);
  co_await yield(); // i f
  long long ll = opaque(static_cast<long long>(i) * 100003);
  double d = opaque(static_cast<double>(f) * 3.25);
  co_await yield(); // ll d
  co_return static_cast<double>(ll % 1000003) + d;
}

double ref_widths(int seed) {
  signed char c = static_cast<signed char>(seed);
  short s = static_cast<short>(seed * 300);
  int i = c * 1000 + s;
  float f = static_cast<float>(seed) * 0.5f;
  long long ll = static_cast<long long>(i) * 100003;
  double d = static_cast<double>(f) * 3.25;
  return static_cast<double>(ll % 1000003) + d;
}

// Two coroutines interleaved through the run queue, so each frame is really
// stored while the other runs.
task<long> both(int x) {
  task<long> t1 = disjoint(x);
  task<long> t2 = disjoint(x + 100);
  start(t1);
  start(t2);
  long r = co_await join(t1);
  r = r * 31 + co_await join(t2);
  co_return r;
}

int main() {
  for (int seed = 1; seed <= 5; ++seed) {
    expect("disjoint", run(disjoint(seed)), ref_disjoint(seed));
    expect("widths*4", static_cast<long long>(run(widths(seed)) * 4),
           static_cast<long long>(ref_widths(seed) * 4));
  }
  expect("both", run(both(9)), ref_disjoint(9) * 31 + ref_disjoint(109));
  return finish();
}

// Expected output (pinned by test/exec/scalars-exec.test):
// CHECK: disjoint 14991
// CHECK-NEXT: widths*4 14046
// CHECK-NEXT: disjoint 11747
// CHECK-NEXT: widths*4 28093
// CHECK-NEXT: disjoint 6339
// CHECK-NEXT: widths*4 42139
// CHECK-NEXT: disjoint 1423
// CHECK-NEXT: widths*4 56186
// CHECK-NEXT: disjoint 15
// CHECK-NEXT: widths*4 70232
// CHECK-NEXT: both 2595899104
// CHECK-NEXT: checksum 8a094fd45fa1b602
// CHECK-NEXT: ok
