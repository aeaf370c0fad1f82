// An elide-safe child coroutine (.noalloc ramp, frame inside the caller's
// frame) whose two values live across different suspends: coropack packs the
// child's frame, and the caller that inlines the .noalloc ramp must agree.
#include <coroutine>
#include <cstdio>
#include <exception>
#include <utility>

#define NOINLINE __attribute__((noinline))

template <class T> NOINLINE T opaque(T x) {
  asm volatile("" : "+m"(x) : : "memory");
  return x;
}

// A FIFO of suspended handles, drained by main: every co_await yield()
// really suspends, so the values live across it sit in the frame.
static std::coroutine_handle<> q[64];
static unsigned qh, qt;
struct yield_t {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept { q[qt++ % 64] = h; }
  void await_resume() const noexcept {}
};

template <class T> struct [[clang::coro_await_elidable]] etask {
  struct promise_type {
    T value{};
    std::coroutine_handle<> cont;
    etask get_return_object() {
      return etask{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_t {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        auto c = h.promise().cont;
        return c ? c : std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    final_t final_suspend() noexcept { return {}; }
    void return_value(T v) { value = v; }
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit etask(std::coroutine_handle<promise_type> h) : h(h) {}
  etask(etask &&o) : h(std::exchange(o.h, {})) {}
  ~etask() {
    if (h)
      h.destroy();
  }
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) {
    h.promise().cont = c;
    return h;
  }
  T await_resume() { return h.promise().value; }
};

// a: live across the first yield only; b and c: across the second only.
etask<long> leaf(long x) {
  long a = opaque(x * 3);
  co_await yield_t{};
  long b = opaque(a + 7), c = opaque(x * x);
  co_await yield_t{};
  co_return b * 1000 + c;
}

etask<long> mid(long x) {
  long k = opaque(x + 100);
  long l = co_await leaf(x);      // elide-safe: leaf.noalloc, frame in mid's
  long r = co_await leaf(x + 1);  // a second child frame
  co_return k * 1000000 + l + r;
}

int main() {
  long sum = 0;
  for (long i = 1; i <= 3; ++i) {
    etask<long> t = mid(i);
    t.h.resume();
    while (qh != qt)
      q[qh++ % 64].resume();
    std::printf("mid(%ld) = %ld\n", i, t.h.promise().value);
    sum += t.h.promise().value;
  }
  std::printf("sum = %ld\n", sum);
  return 0;
}
// leaf(x) = (3x + 7) * 1000 + x*x; mid(x) = (x + 100) * 1e6 + leaf(x) + leaf(x+1)
// mid(1) = 101000000 + 10001 + 13004 = 101023005
// mid(2) = 102000000 + 13004 + 16009 = 102029013
// mid(3) = 103000000 + 16009 + 19016 = 103035025
// CHECK: mid(1) = 101023005
// CHECK-NEXT: mid(2) = 102029013
// CHECK-NEXT: mid(3) = 103035025
// CHECK-NEXT: sum = 306087043
