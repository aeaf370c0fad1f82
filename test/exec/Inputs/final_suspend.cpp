// final_suspend suspend_never vs suspend_always: detached coroutines that free
// their own frame on completion (also when completing without suspending), and
// lazy tasks/generators whose frames survive final suspend until destroyed.
#include "coro.h"
using namespace cp;

struct tracked {
  int id;
  explicit tracked(int i) : id(i) { ++g_live; }
  ~tracked() {
    trace("gone", id);
    --g_live;
  }
};

long g_sink = 0;

detached fire(int id, int hops) {
  tracked t(id);
  long acc = opaque<long>(id);
  for (int i = 0; i < hops; ++i) {
    long v = co_await deliver<long>(i + id);
    acc = acc * 3 + v;
  }
  g_sink += acc; // frame freed right after this (suspend_never)
}

task<long> kept(int id) {
  tracked t(id);
  co_await yield();
  co_return opaque<long>(id * 2);
} // final_suspend = suspend_always: frame outlives completion

int main() {
  fire(1, 0); // completes and frees itself inside the call
  expect("sink0", g_sink, 1);
  fire(2, 3);
  fire(3, 1);
  expect("live-before", g_live, 2);
  g_queue.drain();
  expect("live-after", g_live, 0);
  long r2 = 2;
  for (int i = 0; i < 3; ++i)
    r2 = r2 * 3 + i + 2;
  expect("sink", g_sink, 1 + r2 + (3 * 3 + 3));

  task<long> k = kept(5);
  k.h.resume();
  g_queue.drain();
  expect("kept-done", k.h.done(), 1);
  expect("kept-live", g_live, 0); // locals die before final suspend
  expect("kept-value", k.await_resume(), 10);

  auto g = [](int n) -> generator<int> {
    tracked t(n);
    for (int i = 0; i < n; ++i)
      co_yield i;
  }(3);
  long s = 0;
  while (g.next())
    s += g.value();
  expect("gen-done", g.h.done(), 1);
  expect("gen-sum", s, 3);
  return finish();
}

// Expected output (pinned by test/exec/final_suspend-exec.test):
// CHECK: gone 1
// CHECK-NEXT: sink0 1
// CHECK-NEXT: live-before 2
// CHECK-NEXT: gone 3
// CHECK-NEXT: gone 2
// CHECK-NEXT: live-after 0
// CHECK-NEXT: sink 98
// CHECK-NEXT: gone 5
// CHECK-NEXT: kept-done 1
// CHECK-NEXT: kept-live 0
// CHECK-NEXT: kept-value 10
// CHECK-NEXT: gone 3
// CHECK-NEXT: gen-done 1
// CHECK-NEXT: gen-sum 3
// CHECK-NEXT: checksum 558d9ae675f64c3b
// CHECK-NEXT: ok
