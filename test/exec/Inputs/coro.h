// coro.h: tiny coroutine types and opaque helpers shared by the -exec corpus.
//
// Every program is single-threaded and deterministic. Real suspension comes
// from a FIFO run queue (cp::yield(), cp::deliver(v)): the suspended frame is
// resumed later from the driver loop, so anything live across a co_await
// really lives in the coroutine frame. The opaque helpers are noinline and
// hide their effects behind empty asm statements, so the optimiser can neither
// fold values through them nor drop the buffers whose addresses they receive.
#pragma once
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <utility>

#define CP_NOINLINE __attribute__((noinline))

namespace cp {

// ---- checksum and trace -------------------------------------------------

inline uint64_t g_hash = 1469598103934665603ull;

// Folds v into the running FNV-1a style checksum.
CP_NOINLINE inline void mix(uint64_t v) {
  asm volatile("" : "+r"(v));
  g_hash = (g_hash ^ v) * 1099511628211ull;
}

// Prints one trace line and folds it into the checksum.
CP_NOINLINE inline void trace(const char *what, long long v) {
  std::printf("%s %lld\n", what, v);
  mix(static_cast<uint64_t>(v));
}

inline int g_fail = 0;

// Prints "what got", folds it into the checksum, and records a failure (with
// the expected value) when got != want.
CP_NOINLINE inline void expect(const char *what, long long got, long long want) {
  std::printf("%s %lld%s\n", what, got, got == want ? "" : " MISMATCH");
  if (got != want) {
    ++g_fail;
    std::printf("  expected %lld\n", want);
  }
  mix(static_cast<uint64_t>(got));
}

// Prints the checksum and the verdict; returns main's exit status.
CP_NOINLINE inline int finish() {
  std::printf("checksum %016llx\n", static_cast<unsigned long long>(g_hash));
  if (g_fail)
    std::printf("FAILED %d\n", g_fail);
  else
    std::printf("ok\n");
  return g_fail ? 1 : 0;
}

// ---- opaque helpers -----------------------------------------------------

// Returns x, but the optimiser cannot know it.
template <class T> CP_NOINLINE T opaque(T x) {
  asm volatile("" : "+m"(x) : : "memory");
  return x;
}

// The pointee may be read or written by someone the optimiser cannot see.
CP_NOINLINE inline void escape(const void *p) {
  asm volatile("" : : "r"(p) : "memory");
}

// Fills n bytes at p with a pattern derived from seed; the address escapes.
CP_NOINLINE inline void fill(void *p, size_t n, unsigned seed) {
  unsigned char *b = static_cast<unsigned char *>(p);
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; ++i) {
    x = x * 1103515245u + 12345u;
    b[i] = static_cast<unsigned char>(x >> 16);
  }
  asm volatile("" : : "r"(p) : "memory");
}

// Hashes n bytes at p.
CP_NOINLINE inline uint64_t digest(const void *p, size_t n) {
  asm volatile("" : : "r"(p) : "memory");
  const unsigned char *b = static_cast<const unsigned char *>(p);
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

// Returns the misalignment of p modulo a (0 when correctly aligned).
CP_NOINLINE inline unsigned misalign(const void *p, size_t a) {
  asm volatile("" : : "r"(p) : "memory");
  return static_cast<unsigned>(reinterpret_cast<uintptr_t>(p) % a);
}

// ---- run queue ----------------------------------------------------------

struct run_queue {
  std::coroutine_handle<> q[1024];
  unsigned head = 0, tail = 0;
  void push(std::coroutine_handle<> h) {
    if (tail - head >= 1024) {
      std::printf("run queue overflow\n");
      std::abort();
    }
    q[tail++ % 1024] = h;
  }
  bool empty() const { return head == tail; }
  // Resumes queued handles until the queue is empty.
  void drain() {
    while (!empty())
      q[head++ % 1024].resume();
  }
};
inline run_queue g_queue;

// co_await cp::yield(): suspend, get resumed later by the driver loop.
struct yield_awaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept {
    g_queue.push(h);
  }
  void await_resume() const noexcept {}
};
inline yield_awaiter yield() { return {}; }

// co_await cp::deliver(v): suspend, then produce v when resumed.
template <class T> struct deliver_awaiter {
  T v;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept {
    g_queue.push(h);
  }
  T await_resume() const noexcept { return v; }
};
template <class T> deliver_awaiter<T> deliver(T v) { return {opaque(v)}; }

// ---- task<T>: lazy, symmetric transfer to the awaiter -----------------

template <class T> struct value_holder {
  T value{};
  bool has = false;
  void return_value(T v) {
    value = std::move(v);
    has = true;
  }
  T take() { return std::move(value); }
};
template <> struct value_holder<void> {
  void return_void() {}
  void take() {}
};

template <class T, class Derived> struct task_base {
  struct promise_type : value_holder<T> {
    std::coroutine_handle<> cont = std::noop_coroutine();
    std::exception_ptr exc;
    Derived get_return_object() {
      return Derived(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_awaiter {
      bool await_ready() const noexcept { return false; }
      std::coroutine_handle<>
      await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
        return h.promise().cont;
      }
      void await_resume() const noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() { exc = std::current_exception(); }
  };
  using handle = std::coroutine_handle<promise_type>;
  handle h;

  explicit task_base(handle hh) : h(hh) {}
  task_base(task_base &&o) noexcept : h(std::exchange(o.h, {})) {}
  task_base(const task_base &) = delete;
  task_base &operator=(const task_base &) = delete;
  ~task_base() {
    if (h)
      h.destroy();
  }

  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
    h.promise().cont = c;
    return h;
  }
  T await_resume() {
    if (h.promise().exc)
      std::rethrow_exception(h.promise().exc);
    return h.promise().take();
  }
};

template <class T = void> struct task : task_base<T, task<T>> {
  using task_base<T, task<T>>::task_base;
};

// Same as task, but `co_await etask_fn()` is elidable: clang marks the call
// coro_elide_safe and CoroSplit gives the callee a .noalloc ramp.
template <class T = void>
struct [[clang::coro_await_elidable]] etask : task_base<T, etask<T>> {
  using task_base<T, etask<T>>::task_base;
};

// Starts t, drains the run queue, and returns t's result (or rethrows).
template <class Task> auto run(Task t) {
  t.h.resume();
  g_queue.drain();
  if (!t.h.done()) {
    std::printf("task did not finish\n");
    std::abort();
  }
  return t.await_resume();
}

// start(t) runs t up to its first suspend and returns; the run queue drives
// it from there. co_await join(t) waits for a started t without resuming it.
// Together they interleave several frames that are live at the same time.
template <class Task> void start(Task &t) { t.h.resume(); }
template <class Task> struct join_awaiter {
  Task &t;
  bool await_ready() const noexcept { return t.h.done(); }
  void await_suspend(std::coroutine_handle<> c) const noexcept {
    t.h.promise().cont = c;
  }
  auto await_resume() { return t.await_resume(); }
};
template <class Task> join_awaiter<Task> join(Task &t) { return {t}; }

// ---- generator<T> -------------------------------------------------------

template <class T> struct generator {
  struct promise_type {
    T cur{};
    std::exception_ptr exc;
    generator get_return_object() {
      return generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      cur = std::move(v);
      return {};
    }
    void return_void() {}
    void unhandled_exception() { exc = std::current_exception(); }
  };
  using handle = std::coroutine_handle<promise_type>;
  handle h;
  explicit generator(handle hh) : h(hh) {}
  generator(generator &&o) noexcept : h(std::exchange(o.h, {})) {}
  generator(const generator &) = delete;
  ~generator() {
    if (h)
      h.destroy();
  }
  // Advances to the next value; false at the end. Rethrows the body's exception.
  bool next() {
    h.resume();
    if (h.promise().exc)
      std::rethrow_exception(std::exchange(h.promise().exc, nullptr));
    return !h.done();
  }
  T &value() { return h.promise().cur; }
};

// ---- fire-and-forget coroutines ----------------------------------------

// detached: starts eagerly, frees itself at the end (final_suspend = never).
struct detached {
  struct promise_type {
    detached get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {
      std::printf("detached: unhandled exception\n");
      std::abort();
    }
  };
};

// Live-object counter for types with non-trivial destructors.
inline long g_live = 0;

} // namespace cp
