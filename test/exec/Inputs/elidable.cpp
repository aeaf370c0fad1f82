// [[clang::coro_await_elidable]] tasks: `co_await leaf(...)` inside an etask
// is elide-safe, so CoroSplit gives leaf a .noalloc ramp and the callee frame
// becomes storage in the caller's frame (inlined ramp, caller-side layout).
// The callee frames hold values and buffers across their own suspends.
#include "coro.h"
using namespace cp;

etask<long> leaf(long x) {
  long a = opaque(x * 3), b = opaque(x + 9);
  co_await yield(); // a b
  unsigned char buf[120];
  fill(buf, sizeof buf, static_cast<unsigned>(a + b));
  co_await yield(); // buf a
  co_return a + static_cast<long>(digest(buf, sizeof buf) % 1000);
}

long ref_leaf(long x) {
  long a = x * 3, b = x + 9;
  unsigned char buf[120];
  fill(buf, sizeof buf, static_cast<unsigned>(a + b));
  return a + static_cast<long>(digest(buf, sizeof buf) % 1000);
}

etask<long> mid(long x) {
  long keep = opaque(x * 100);
  long l = co_await leaf(x);     // elided into mid's frame
  long r = co_await leaf(x + 1); // second elided callee frame
  co_await yield();
  co_return keep + l * 2 + r;
}

etask<long> top(int n) {
  long s = 0;
  for (int i = 0; i < n; ++i)
    s = s * 5 + co_await mid(i); // mid elided into top, leaf into mid
  co_return s;
}

// Plain (non-elided) use of the same coroutine: leaf's normal ramp.
task<long> plain(long x) {
  etask<long> t = leaf(x); // not a prvalue operand of co_await: heap frame
  co_return co_await std::move(t);
}

int main() {
  long rs = 0;
  for (int i = 0; i < 6; ++i)
    rs = rs * 5 + (i * 100 + ref_leaf(i) * 2 + ref_leaf(i + 1));
  expect("top", run(top(6)), rs);
  expect("plain", run(plain(13)), ref_leaf(13));
  return finish();
}
// The .noalloc ramps exist right after CoroSplit (CoroAnnotationElide then
// inlines them into the callers, so the final module no longer has them):
// NOALLOC-DAG: define internal {{.*}}@_Z4leafl.noalloc(
// NOALLOC-DAG: define internal {{.*}}@_Z3midl.noalloc(

// Expected output (pinned by test/exec/elidable-exec.test):
// CHECK: top 5020722
// CHECK-NEXT: plain 289
// CHECK-NEXT: checksum 652c8698ac8d0806
// CHECK-NEXT: ok
