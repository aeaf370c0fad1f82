// Loops around co_await: loop-carried accumulators and induction variables
// live across the suspend in the loop body, a nested loop whose inner values
// die each iteration, and a per-iteration buffer reused across trips.
#include "coro.h"
using namespace cp;

task<long> simple(int n) {
  long acc = 1, alt = 0;
  for (int i = 0; i < n; ++i) {
    long v = co_await deliver<long>(i * 3 + 1);
    acc = (acc * 31 + v) % 1000000007;
    alt += (i & 1) ? v : -v;
  }
  co_return acc ^ alt;
}

long ref_simple(int n) {
  long acc = 1, alt = 0;
  for (int i = 0; i < n; ++i) {
    long v = i * 3 + 1;
    acc = (acc * 31 + v) % 1000000007;
    alt += (i & 1) ? v : -v;
  }
  return acc ^ alt;
}

task<long> nested(int n) {
  long total = 0;
  for (int i = 0; i < n; ++i) {
    long row = opaque<long>(i * 100);
    for (int j = 0; j < i; ++j) {
      long cell = opaque<long>(row + j);
      co_await yield(); // row cell i j total live
      total += cell * (j + 1);
    }
    co_await yield(); // row dead here, total i live
    total -= row / 7;
  }
  co_return total;
}

long ref_nested(int n) {
  long total = 0;
  for (int i = 0; i < n; ++i) {
    long row = i * 100;
    for (int j = 0; j < i; ++j)
      total += (row + j) * (j + 1);
    total -= row / 7;
  }
  return total;
}

task<uint64_t> buffered(int n) {
  uint64_t h = 0;
  int i = 0;
  while (i < n) {
    unsigned char buf[200];
    fill(buf, sizeof buf, static_cast<unsigned>(i));
    co_await yield();
    h = h * 17 + digest(buf, sizeof buf);
    if (opaque(i) % 3 == 2) {
      double d[8];
      for (int k = 0; k < 8; ++k)
        d[k] = i + k * 0.125;
      escape(d);
      co_await yield();
      h += static_cast<uint64_t>(d[7] * 8);
    }
    ++i;
  }
  do {
    co_await yield();
    h ^= static_cast<uint64_t>(i);
  } while (--i > n - 3);
  co_return h;
}

uint64_t ref_buffered(int n) {
  uint64_t h = 0;
  int i = 0;
  for (; i < n; ++i) {
    unsigned char buf[200];
    fill(buf, sizeof buf, static_cast<unsigned>(i));
    h = h * 17 + digest(buf, sizeof buf);
    if (i % 3 == 2)
      h += static_cast<uint64_t>((i + 7 * 0.125) * 8);
  }
  do {
    h ^= static_cast<uint64_t>(i);
  } while (--i > n - 3);
  return h;
}

int main() {
  for (int n : {0, 1, 7, 40}) {
    expect("simple", run(simple(n)), ref_simple(n));
    expect("nested", run(nested(n % 12)), ref_nested(n % 12));
    expect("buffered", static_cast<long long>(run(buffered(n))),
           static_cast<long long>(ref_buffered(n)));
  }
  return finish();
}

// Expected output (pinned by test/exec/loops-exec.test):
// CHECK: simple 1
// CHECK-NEXT: nested 0
// CHECK-NEXT: buffered 1
// CHECK-NEXT: simple -33
// CHECK-NEXT: nested 0
// CHECK-NEXT: buffered -3257521127627414430
// CHECK-NEXT: simple -521409773
// CHECK-NEXT: nested 26443
// CHECK-NEXT: buffered -1144966271262718679
// CHECK-NEXT: simple 672808387
// CHECK-NEXT: nested 2426
// CHECK-NEXT: buffered 6756193321525470221
// CHECK-NEXT: checksum a99a71c65aae48db
// CHECK-NEXT: ok
