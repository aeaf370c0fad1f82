// A C++ coroutine appears in the table under its demangled name, and in --json.
// RUN: coropack-report --plugin %plugin %s | FileCheck %s
// RUN: coropack-report --plugin %plugin --json %s | FileCheck %s --check-prefix=JSON
// CHECK: coroutine frame packed bound slots suspends status
// CHECK-NEXT: counter::count(int) {{[0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ (analyzed|packed|skipped)}}
// CHECK: total: 1 coroutine
// JSON: "coroutine": "_ZN7counter5countEi"
// JSON: "frame_size": {{[0-9]+}}
#include <coroutine>

struct gen {
  struct promise_type {
    int value = 0;
    gen get_return_object() { return gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> h;
};

namespace counter {
[[gnu::noinline]] int sample(int x) { return x * 7 + 1; }

gen count(int n) {
  for (int i = 0; i < n; i++) {
    int a = sample(i);
    co_yield a;
    co_yield a + sample(n);
  }
}
} // namespace counter
