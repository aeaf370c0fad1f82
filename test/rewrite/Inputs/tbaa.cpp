// A long array and a double array in one coroutine frame: the long array is
// live across the first suspend, the double array across the second. Their
// lifetimes (scopes) overlap, so LLVM keeps them apart; coropack sees that
// the long array is dead once read and lets the double array reuse its
// bytes. The last reads of la[] and the first writes of da[] sit next to each
// other: had the accesses kept their TBAA ("long" vs "double"), the
// optimiser could move the writes above the reads.
#include <coroutine>
#include <cstdio>
#include <exception>

#define NOINLINE __attribute__((noinline))

template <class T> NOINLINE T opaque(T x) {
  asm volatile("" : "+m"(x) : : "memory");
  return x;
}

static std::coroutine_handle<> q[64];
static unsigned qh, qt;
struct yield_t {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept { q[qt++ % 64] = h; }
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

task mixer(int n) {
  long la[8];
  for (int k = 0; k < 8; ++k)
    la[opaque(k)] = opaque(100 + n * 10 + k);
  co_await yield_t{};
  // Last reads of la, then the first writes of da, in the same bytes.
  int i = opaque(n) & 7, j = opaque(n + 3) & 7;
  long x = la[i], y = la[j], z = la[opaque(7 - i)];
  double da[8] = {}; // one memset overwrites the whole array: it is born here
  for (int k = 0; k < 8; ++k)
    da[opaque(k)] = opaque(0.25 * k + n);
  co_await yield_t{};
  double s = 0;
  for (int k = 0; k < 8; ++k)
    s += da[opaque(k)];
  co_return x * 1000000 + y * 1000 + z + static_cast<long>(s * 4);
}

int main() {
  long sum = 0;
  for (int n = 0; n < 4; ++n) {
    task t = mixer(n);
    while (qh != qt)
      q[qh++ % 64].resume();
    std::printf("mixer(%d) = %ld\n", n, t.h.promise().value);
    sum += t.h.promise().value;
    t.h.destroy();
  }
  std::printf("sum = %ld\n", sum);
  return 0;
}
// la[k] = 100 + 10n + k; i = n, j = n + 3 (mod 8), z = la[7 - n];
// s = sum_k (0.25k + n) = 7 + 8n, so s * 4 = 28 + 32n.
// n=0: x=100 y=103 z=107: 100103107 + 28 = 100103135
// n=1: x=111 y=114 z=116: 111114116 + 60 = 111114176
// n=2: x=122 y=125 z=125: 122125125 + 92 = 122125217
// n=3: x=133 y=136 z=134: 133136134 + 124 = 133136258
// CHECK: mixer(0) = 100103135
// CHECK-NEXT: mixer(1) = 111114176
// CHECK-NEXT: mixer(2) = 122125217
// CHECK-NEXT: mixer(3) = 133136258
// CHECK-NEXT: sum = 466478786
