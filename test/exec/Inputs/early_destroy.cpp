// Coroutines destroyed before completion: a generator abandoned mid-stream
// and a task destroyed while suspended, each at different suspend points, so
// the destroy clone must run exactly the destructors live at that point.
#include "coro.h"
using namespace cp;

struct res {
  int id;
  unsigned char blob[40];
  explicit res(int i) : id(i) {
    fill(blob, sizeof blob, static_cast<unsigned>(i));
    ++g_live;
  }
  ~res() {
    trace("release", id * 1000 + static_cast<long>(digest(blob, sizeof blob) % 1000));
    --g_live;
  }
};

generator<int> stream(int base) {
  res a(base);
  for (int i = 0;; ++i) {
    res step(base + 1 + i);
    co_yield i; // a, step live
    if (i % 2) {
      res odd(base + 500 + i);
      co_yield -i; // a, step, odd live
    }
  }
}

task<long> stuck(int base, int stops) {
  res a(base);
  long v = opaque<long>(base);
  co_await yield();
  if (stops == 1)
    co_await std::suspend_always{}; // never resumed: destroyed here
  res b(base + 1);
  unsigned char buf[300];
  fill(buf, sizeof buf, static_cast<unsigned>(base));
  co_await yield();
  if (stops == 2)
    co_await std::suspend_always{};
  co_return v + static_cast<long>(digest(buf, sizeof buf) % 100);
}

int main() {
  for (int take : {0, 1, 2, 4, 5}) {
    auto g = stream(take * 10);
    long s = 0;
    for (int i = 0; i < take && g.next(); ++i)
      s += g.value();
    trace("took", s);
  } // destroyed while suspended at a yield (or before starting)
  expect("live", g_live, 0);

  for (int stops : {1, 2}) {
    task<long> t = stuck(100 * stops, stops);
    t.h.resume();
    g_queue.drain();
    expect("done", t.h.done(), 0);
  } // destroyed at the suspend_always
  expect("live", g_live, 0);
  expect("finished", run(stuck(7, 0)), 7 + [] {
    unsigned char buf[300];
    fill(buf, sizeof buf, 7);
    return static_cast<long>(digest(buf, sizeof buf) % 100);
  }());
  expect("live", g_live, 0);
  return finish();
}

// Expected output (pinned by test/exec/early_destroy-exec.test):
// CHECK: took 0
// CHECK-NEXT: took 0
// CHECK-NEXT: release 11402
// CHECK-NEXT: release 10656
// CHECK-NEXT: release 21665
// CHECK-NEXT: took 1
// CHECK-NEXT: release 22989
// CHECK-NEXT: release 20367
// CHECK-NEXT: release 41932
// CHECK-NEXT: release 541202
// CHECK-NEXT: release 42573
// CHECK-NEXT: took 2
// CHECK-NEXT: release 43951
// CHECK-NEXT: release 40646
// CHECK-NEXT: release 51109
// CHECK-NEXT: release 551066
// CHECK-NEXT: release 52986
// CHECK-NEXT: release 53426
// CHECK-NEXT: took 5
// CHECK-NEXT: release 54620
// CHECK-NEXT: release 50704
// CHECK-NEXT: live 0
// CHECK-NEXT: done 0
// CHECK-NEXT: release 100371
// CHECK-NEXT: done 0
// CHECK-NEXT: release 201673
// CHECK-NEXT: release 200135
// CHECK-NEXT: live 0
// CHECK-NEXT: release 8108
// CHECK-NEXT: release 7580
// CHECK-NEXT: finished 103
// CHECK-NEXT: live 0
// CHECK-NEXT: checksum db3c07a7158e7daf
// CHECK-NEXT: ok
