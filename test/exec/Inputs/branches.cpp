// Branches where different values cross different suspends: each arm keeps
// its own set of values (and buffers) across its own suspend, then the arms
// merge and a value defined before the branch crosses a final suspend.
#include "coro.h"
using namespace cp;

task<long> arms(int sel, long x) {
  long pre = opaque(x * 13 + 1); // crosses every suspend
  long r;
  switch (opaque(sel) % 4) {
  case 0: {
    long a = opaque(x + 1), b = opaque(x + 2);
    co_await yield(); // a b pre
    r = a * b;
    break;
  }
  case 1: {
    double d = opaque(x * 0.5);
    short s = opaque<short>(static_cast<short>(x));
    co_await yield(); // d s pre
    co_await yield(); // d s pre (twice)
    r = static_cast<long>(d * 4) + s;
    break;
  }
  case 2: {
    unsigned char buf[96];
    fill(buf, sizeof buf, static_cast<unsigned>(x));
    co_await yield(); // buf pre
    r = static_cast<long>(digest(buf, sizeof buf) % 100003);
    break;
  }
  default:
    r = opaque(x - 1); // no suspend on this arm
    break;
  }
  long post = opaque(r + pre);
  if (opaque(x) & 1) {
    long odd = opaque(post * 3);
    co_await yield(); // odd pre
    co_return odd - pre;
  }
  co_await yield(); // post pre
  co_return post + pre;
}

long ref_arms(int sel, long x) {
  long pre = x * 13 + 1, r;
  switch (sel % 4) {
  case 0:
    r = (x + 1) * (x + 2);
    break;
  case 1:
    r = static_cast<long>(x * 0.5 * 4) + static_cast<short>(x);
    break;
  case 2: {
    unsigned char buf[96];
    fill(buf, sizeof buf, static_cast<unsigned>(x));
    r = static_cast<long>(digest(buf, sizeof buf) % 100003);
    break;
  }
  default:
    r = x - 1;
  }
  long post = r + pre;
  if (x & 1)
    return post * 3 - pre;
  return post + pre;
}

// A value produced on one path and consumed after a suspend on another path
// (through a phi), with an early co_return that skips the later suspends.
task<long> phi_across(long x) {
  long v;
  if (opaque(x) > 10) {
    v = co_await deliver<long>(x * 2);
  } else {
    v = opaque(x + 1000);
    if (x == 3)
      co_return -v;
  }
  long w = co_await deliver<long>(v + 7);
  co_await yield();
  co_return v * 2 + w;
}

long ref_phi(long x) {
  long v = x > 10 ? x * 2 : x + 1000;
  if (x <= 10 && x == 3)
    return -v;
  return v * 2 + v + 7;
}

int main() {
  for (int sel = 0; sel < 4; ++sel)
    for (long x : {4L, 9L, 22L})
      expect("arms", run(arms(sel, x)), ref_arms(sel, x));
  for (long x : {3L, 5L, 11L, 40L})
    expect("phi", run(phi_across(x)), ref_phi(x));
  return finish();
}

// Expected output (pinned by test/exec/branches-exec.test):
// CHECK: arms 136
// CHECK-NEXT: arms 566
// CHECK-NEXT: arms 1126
// CHECK-NEXT: arms 118
// CHECK-NEXT: arms 317
// CHECK-NEXT: arms 640
// CHECK-NEXT: arms 3682
// CHECK-NEXT: arms 267353
// CHECK-NEXT: arms 81112
// CHECK-NEXT: arms 109
// CHECK-NEXT: arms 260
// CHECK-NEXT: arms 595
// CHECK-NEXT: phi -1003
// CHECK-NEXT: phi 3022
// CHECK-NEXT: phi 73
// CHECK-NEXT: phi 247
// CHECK-NEXT: checksum bd3755f299601774
// CHECK-NEXT: ok
