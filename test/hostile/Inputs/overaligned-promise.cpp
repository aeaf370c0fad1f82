// The coroutine of align-promise-exec.test: a promise_type with an alignas(64)
// member; LLVM places the promise at offset 64 (where coroutine_handle::promise()
// looks for it, see peek) and a spill in field 2 at offset 16.
#include <coroutine>
extern "C" void use(long);
extern "C" long get(long);
struct task {
  struct promise_type {
    alignas(64) long tag = 42;
    task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { __builtin_trap(); }
  };
  std::coroutine_handle<promise_type> h;
};
struct yield_t { bool await_ready() { return false; } void await_suspend(std::coroutine_handle<>) {} void await_resume() {} };
long peek(task t) { return t.h.promise().tag; }
task co(long n) {
  long a0 = get(n), a1 = get(n+1), a2 = get(n+2), a3 = get(n+3), a4 = get(n+4), a5 = get(n+5), a6 = get(n+6), a7=get(n+7);
  co_await yield_t{};
  use(a0+a1+a2+a3+a4+a5+a6+a7);
  long b0 = get(n), b1 = get(n+1), b2 = get(n+2), b3 = get(n+3), b4 = get(n+4), b5 = get(n+5), b6 = get(n+6), b7=get(n+7);
  co_await yield_t{};
  use(b0*b1*b2*b3*b4*b5*b6*b7);
}
