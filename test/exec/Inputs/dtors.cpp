// Objects with non-trivial destructors across suspends: construction and
// destruction order is traced, temporaries die at the right suspend, and no
// object is leaked or destroyed twice (checked with a live counter).
#include "coro.h"
using namespace cp;

struct noisy {
  int id;
  long payload[4];
  explicit noisy(int i) : id(i) {
    for (int k = 0; k < 4; ++k)
      payload[k] = i * 10 + k;
    ++g_live;
    trace("ctor", id);
  }
  noisy(const noisy &o) : id(o.id + 1000) {
    for (int k = 0; k < 4; ++k)
      payload[k] = o.payload[k];
    ++g_live;
    trace("copy", id);
  }
  ~noisy() {
    long s = 0;
    for (long p : payload)
      s += p;
    trace("dtor", id * 1000 + s % 1000);
    --g_live;
  }
  long sum() const { return payload[0] + payload[1] + payload[2] + payload[3]; }
};

noisy make(int i) { return noisy(i); }

task<long> scoped(int base) {
  noisy a(base);
  co_await yield(); // a
  long r = a.sum();
  {
    noisy b(base + 1);
    noisy c(base + 2);
    co_await yield(); // a b c
    r += b.sum() * c.sum();
  } // c, b destroyed here
  co_await yield(); // a
  r += make(base + 3).sum(); // temporary dies before the suspend
  co_await yield();
  noisy d = a; // copy
  co_await yield(); // a d
  r += d.sum() - a.sum();
  co_return r;
}

long ref_scoped(int base) {
  auto s = [](int i) { return 4L * (i * 10) + 6; };
  return s(base) + s(base + 1) * s(base + 2) + s(base + 3);
}

// A guard pointing at another frame variable lives across a loop of
// suspends; each iteration's temporary object dies before the next one.
struct counter_guard {
  long *target;
  long start;
  counter_guard(long *t) : target(t), start(*t) { ++g_live; }
  ~counter_guard() {
    trace("guard", *target - start);
    --g_live;
  }
};

task<long> guarded(int n) {
  long total = 0;
  counter_guard g(&total);
  for (int i = 0; i < n; ++i) {
    noisy tmp(100 + i);
    co_await yield();
    total += tmp.sum();
  }
  co_return total;
}

int main() {
  expect("scoped", run(scoped(1)), ref_scoped(1));
  expect("live", g_live, 0);
  expect("guarded", run(guarded(3)), 4L * (100 * 10) + 6 + 4L * (101 * 10) + 6 + 4L * (102 * 10) + 6);
  expect("live", g_live, 0);
  return finish();
}

// Expected output (pinned by test/exec/dtors-exec.test):
// CHECK: ctor 1
// CHECK-NEXT: ctor 2
// CHECK-NEXT: ctor 3
// CHECK-NEXT: dtor 3126
// CHECK-NEXT: dtor 2086
// CHECK-NEXT: ctor 4
// CHECK-NEXT: dtor 4166
// CHECK-NEXT: copy 1001
// CHECK-NEXT: dtor 1001046
// CHECK-NEXT: dtor 1046
// CHECK-NEXT: scoped 11048
// CHECK-NEXT: live 0
// CHECK-NEXT: ctor 100
// CHECK-NEXT: dtor 100006
// CHECK-NEXT: ctor 101
// CHECK-NEXT: dtor 101046
// CHECK-NEXT: ctor 102
// CHECK-NEXT: dtor 102086
// CHECK-NEXT: guard 12138
// CHECK-NEXT: guarded 12138
// CHECK-NEXT: live 0
// CHECK-NEXT: checksum 06b4fadfcd8391e9
// CHECK-NEXT: ok
