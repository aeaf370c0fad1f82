// A coroutine whose locals a, a2 and b, b2 live across different suspends:
// coropack puts b and b2 into the bytes of a and a2 (and moves the suspend
// index), and the debug info must follow: the frame type's size and member
// offsets, and what gdb shows after a resume.
#include <coroutine>
#include <cstdio>
#include <exception>

#define NOINLINE __attribute__((noinline))

template <class T> NOINLINE T opaque(T x) {
  asm volatile("" : "+m"(x) : : "memory");
  return x;
}
NOINLINE void sink(long v) { asm volatile("" : : "r"(v) : "memory"); }

static std::coroutine_handle<> q[8];
static unsigned qh, qt;
struct yield_t {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept { q[qt++ % 8] = h; }
  void await_resume() const noexcept {}
};

struct task {
  struct promise_type {
    long value = 0;
    task get_return_object() {
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(long v) { value = v; }
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
};

task walk(long n) {
  long a = opaque(n * 3);
  long a2 = opaque(n * 5);
  co_await yield_t{};
  long b = opaque(a + a2 + 1000);
  long b2 = opaque(a * a2);
  co_await yield_t{};
  sink(b2);
  sink(b); // BREAK-HERE: b is still used on this line
  co_return b + b2;
}

int main() {
  task t = walk(7);
  while (qh != qt)
    q[qh++ % 8].resume();
  std::printf("walk(7) = %ld\n", t.h.promise().value);
  t.h.destroy();
  return 0;
}
// a = 21, a2 = 35, b = 1056, b2 = 735: walk(7) = 1791
// CHECK: walk(7) = 1791
