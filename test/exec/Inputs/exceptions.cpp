// Exceptions across suspends: thrown and caught inside the coroutine after a
// resume (with live values and destructors on both sides of the try), thrown
// out of a nested task through unhandled_exception and rethrown in the
// awaiting coroutine, and escaping to the driver from the outermost task.
#include "coro.h"
#include <stdexcept>
using namespace cp;

struct guard {
  int id;
  explicit guard(int i) : id(i) { ++g_live; }
  ~guard() {
    trace("unwind", id);
    --g_live;
  }
};

CP_NOINLINE void maybe_throw(long v) {
  if (opaque(v) % 3 == 0)
    throw std::runtime_error("div3");
}

task<long> local_catch(long x) {
  long before = opaque(x * 5);
  guard g(1);
  long r = 0;
  bool failed = false;
  try {
    guard inner(2);
    long in_try = opaque(x + 1);
    co_await yield(); // before, in_try, inner live
    maybe_throw(in_try);
    r = in_try * 2;
  } catch (const std::runtime_error &e) {
    failed = true; // co_await is not allowed in a handler: suspend after it
  }
  if (failed) {
    long in_catch = opaque(x * 7);
    co_await yield(); // before, in_catch
    r = -in_catch;
  }
  co_await yield(); // before, r
  co_return r + before;
}

long ref_local(long x) {
  long before = x * 5;
  long in_try = x + 1;
  long r = in_try % 3 == 0 ? -(x * 7) : in_try * 2;
  return r + before;
}

task<long> thrower(long x) {
  guard g(10);
  unsigned char buf[128];
  fill(buf, sizeof buf, static_cast<unsigned>(x));
  co_await yield();
  maybe_throw(x);
  co_await yield();
  co_return static_cast<long>(digest(buf, sizeof buf) & 0xffff);
}

long ref_thrower(long x) {
  unsigned char buf[128];
  fill(buf, sizeof buf, static_cast<unsigned>(x));
  return static_cast<long>(digest(buf, sizeof buf) & 0xffff);
}

// Catches the nested task's exception after it crossed the symmetric transfer.
task<long> catcher(long x) {
  long keep = opaque(x * 11);
  long got;
  try {
    got = co_await thrower(x);
  } catch (const std::exception &e) {
    trace("caught-nested", keep);
    got = -1;
  }
  co_await yield();
  co_return got + keep;
}

task<long> uncaught(long x) {
  guard g(20);
  co_await yield();
  long v = co_await thrower(x); // throws for x % 3 == 0: leaves this task too
  co_return v;
}

int main() {
  for (long x : {1L, 2L, 3L, 5L, 6L}) {
    expect("local", run(local_catch(x)), ref_local(x));
    expect("catcher", run(catcher(x)),
           (x % 3 == 0 ? -1 : ref_thrower(x)) + x * 11);
  }
  for (long x : {4L, 9L}) {
    long r;
    try {
      r = run(uncaught(x));
    } catch (const std::runtime_error &e) {
      trace("driver-caught", x);
      r = -2;
    }
    expect("uncaught", r, x % 3 == 0 ? -2 : ref_thrower(x));
  }
  expect("live", g_live, 0);
  return finish();
}

// Expected output (pinned by test/exec/exceptions-exec.test):
// CHECK: unwind 2
// CHECK-NEXT: unwind 1
// CHECK-NEXT: local 9
// CHECK-NEXT: unwind 10
// CHECK-NEXT: catcher 849
// CHECK-NEXT: unwind 2
// CHECK-NEXT: unwind 1
// CHECK-NEXT: local -4
// CHECK-NEXT: unwind 10
// CHECK-NEXT: catcher 12959
// CHECK-NEXT: unwind 2
// CHECK-NEXT: unwind 1
// CHECK-NEXT: local 23
// CHECK-NEXT: unwind 10
// CHECK-NEXT: caught-nested 33
// CHECK-NEXT: catcher 32
// CHECK-NEXT: unwind 2
// CHECK-NEXT: unwind 1
// CHECK-NEXT: local -10
// CHECK-NEXT: unwind 10
// CHECK-NEXT: catcher 51139
// CHECK-NEXT: unwind 2
// CHECK-NEXT: unwind 1
// CHECK-NEXT: local 44
// CHECK-NEXT: unwind 10
// CHECK-NEXT: caught-nested 66
// CHECK-NEXT: catcher 65
// CHECK-NEXT: unwind 10
// CHECK-NEXT: unwind 20
// CHECK-NEXT: uncaught 14414
// CHECK-NEXT: unwind 10
// CHECK-NEXT: unwind 20
// CHECK-NEXT: driver-caught 9
// CHECK-NEXT: uncaught -2
// CHECK-NEXT: live 0
// CHECK-NEXT: checksum 7bd4ecb099874f68
// CHECK-NEXT: ok
