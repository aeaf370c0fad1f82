// fuzz.h: the runtime of the programs tools/coro-fuzz generates.
//
// Self-contained (the generated programs include nothing else). Everything is
// single-threaded and deterministic, and free of undefined behaviour by
// construction: arithmetic is on uint64_t, narrowing conversions are modular
// (C++20), floating-point values stay small, no object with padding is hashed
// or mutated bytewise, and a frame destroyed early takes its queue entries
// with it.
//
// Real suspension comes from a FIFO run queue (fz::yield(), fz::deliver(v)):
// the suspended frame is resumed later from the driver loop, so what is live
// across a co_await lives in the coroutine frame. The opaque helpers are
// noinline and hide their effects behind asm statements.
#pragma once
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <utility>

#define FZ_NOINLINE __attribute__((noinline))

namespace fz {

// ---- checksum -----------------------------------------------------------

inline uint64_t g_hash = 1469598103934665603ull;
inline long g_live = 0;   // live fz::Tracked objects
inline long g_frames = 0; // live coroutine frames

FZ_NOINLINE inline void mix(uint64_t v) {
  asm volatile("" : "+r"(v));
  g_hash = (g_hash ^ v) * 1099511628211ull;
}

inline uint64_t rot(uint64_t x, unsigned k) {
  k &= 63;
  return k ? (x << k) | (x >> (64 - k)) : x;
}

// ---- opaque helpers -----------------------------------------------------

template <class T> FZ_NOINLINE T opaque(T x) {
  asm volatile("" : "+m"(x) : : "memory");
  return x;
}

FZ_NOINLINE inline void escape(const void *p) {
  asm volatile("" : : "r"(p) : "memory");
}

// XORs a pattern derived from seed into n bytes at p (padding-free objects
// of integer type only).
FZ_NOINLINE inline void touch(void *p, size_t n, uint64_t seed) {
  unsigned char *b = static_cast<unsigned char *>(p);
  uint64_t x = seed * 0x9e3779b97f4a7c15ull + 1;
  for (size_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    b[i] ^= static_cast<unsigned char>(x >> 56);
  }
  asm volatile("" : : "r"(p) : "memory");
}

FZ_NOINLINE inline uint64_t digest(const void *p, size_t n) {
  asm volatile("" : : "r"(p) : "memory");
  const unsigned char *b = static_cast<const unsigned char *>(p);
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

// 0 when p is aligned to a, else the misalignment.
FZ_NOINLINE inline uint64_t misalign(const void *p, size_t a) {
  asm volatile("" : : "r"(p) : "memory");
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p) % a);
}

// ---- exceptions ---------------------------------------------------------

struct Boom {
  uint64_t v;
};

// Throws Boom{x} when x % m == 0.
FZ_NOINLINE inline void maybe_throw(uint64_t x, uint64_t m) {
  asm volatile("" : "+r"(x));
  if (x % m == 0)
    throw Boom{x};
}

// ---- objects with destructors ------------------------------------------

struct Tracked {
  uint64_t v;
  explicit Tracked(uint64_t x) : v(x) {
    ++g_live;
    mix(v ^ 0x5eed);
  }
  Tracked(const Tracked &) = delete;
  Tracked &operator=(const Tracked &) = delete;
  ~Tracked() {
    --g_live;
    mix(v * 31 + 7);
  }
};

// ---- value types (no padding anywhere) ----------------------------------

struct P3 { char a, b, c; };
struct S6 { short a, b, c; };
struct SI { int a; unsigned char c[4]; };
struct SL { long a; int b; int c; };
struct SD { double d; long n; };
struct alignas(16) A16 { long a; long b; };
struct alignas(32) A32 { int v[8]; };
struct alignas(16) B48 { unsigned short h[8]; long w[4]; };

inline uint64_t val(char x) { return static_cast<unsigned char>(x); }
inline uint64_t val(unsigned char x) { return x; }
inline uint64_t val(short x) { return static_cast<uint64_t>(static_cast<int64_t>(x)); }
inline uint64_t val(unsigned short x) { return x; }
inline uint64_t val(int x) { return static_cast<uint64_t>(static_cast<int64_t>(x)); }
inline uint64_t val(unsigned x) { return x; }
inline uint64_t val(long x) { return static_cast<uint64_t>(x); }
inline uint64_t val(unsigned long x) { return x; }
inline uint64_t val(unsigned long long x) { return x; }
inline uint64_t val(double x) {
  uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}
inline uint64_t val(float x) {
  uint32_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}
inline uint64_t val(const P3 &s) { return val(s.a) * 3 + val(s.b) * 5 + val(s.c); }
inline uint64_t val(const S6 &s) { return val(s.a) * 7 + val(s.b) * 11 + val(s.c); }
inline uint64_t val(const SI &s) { return val(s.a) * 13 + val(s.c[0]) + val(s.c[3]) * 17; }
inline uint64_t val(const SL &s) { return val(s.a) * 19 + val(s.b) * 23 + val(s.c); }
inline uint64_t val(const SD &s) { return val(s.d) * 29 + val(s.n); }
inline uint64_t val(const A16 &s) { return val(s.a) * 31 + val(s.b) + misalign(&s, 16); }
inline uint64_t val(const A32 &s) {
  uint64_t h = misalign(&s, 32);
  for (int i = 0; i < 8; ++i)
    h = h * 37 + val(s.v[i]);
  return h;
}
inline uint64_t val(const B48 &s) {
  uint64_t h = misalign(&s, 16);
  for (int i = 0; i < 8; ++i)
    h = h * 41 + s.h[i];
  for (int i = 0; i < 4; ++i)
    h = h * 43 + val(s.w[i]);
  return h;
}
inline uint64_t val(const Tracked &t) { return t.v; }

// Bounded floating-point update: stays in [0, 2048), never NaN or inf.
inline double fstep(double d, uint64_t x) { return d * 0.5 + static_cast<double>(x & 1023); }
inline float fstep(float d, uint64_t x) { return d * 0.5f + static_cast<float>(x & 1023); }

// init(v, s): sets every member from s.
template <class T> inline void init_scalar(T &x, uint64_t s) { x = static_cast<T>(s); }
inline void init(char &x, uint64_t s) { init_scalar(x, s); }
inline void init(unsigned char &x, uint64_t s) { init_scalar(x, s); }
inline void init(short &x, uint64_t s) { init_scalar(x, s); }
inline void init(unsigned short &x, uint64_t s) { init_scalar(x, s); }
inline void init(int &x, uint64_t s) { init_scalar(x, s); }
inline void init(unsigned &x, uint64_t s) { init_scalar(x, s); }
inline void init(long &x, uint64_t s) { init_scalar(x, s); }
inline void init(unsigned long &x, uint64_t s) { init_scalar(x, s); }
inline void init(unsigned long long &x, uint64_t s) { init_scalar(x, s); }
inline void init(double &x, uint64_t s) { x = static_cast<double>(s & 4095) * 0.25; }
inline void init(float &x, uint64_t s) { x = static_cast<float>(s & 4095) * 0.25f; }
inline void init(P3 &x, uint64_t s) { x.a = (char)s; x.b = (char)(s >> 8); x.c = (char)(s >> 16); }
inline void init(S6 &x, uint64_t s) { x.a = (short)s; x.b = (short)(s >> 16); x.c = (short)(s >> 32); }
inline void init(SI &x, uint64_t s) {
  x.a = (int)s;
  for (int i = 0; i < 4; ++i)
    x.c[i] = (unsigned char)(s >> (8 * i + 3));
}
inline void init(SL &x, uint64_t s) { x.a = (long)s; x.b = (int)(s >> 7); x.c = (int)(s >> 29); }
inline void init(SD &x, uint64_t s) { init(x.d, s); x.n = (long)(s * 3); }
inline void init(A16 &x, uint64_t s) { x.a = (long)s; x.b = (long)(s ^ 0xabcdef); }
inline void init(A32 &x, uint64_t s) {
  for (int i = 0; i < 8; ++i)
    x.v[i] = (int)(s * (i + 1));
}
inline void init(B48 &x, uint64_t s) {
  for (int i = 0; i < 8; ++i)
    x.h[i] = (unsigned short)(s >> i);
  for (int i = 0; i < 4; ++i)
    x.w[i] = (long)(s + i);
}
template <class T, size_t N> inline void init(T (&a)[N], uint64_t s) {
  for (size_t i = 0; i < N; ++i)
    init(a[i], s + i * 0x9e37);
}
// at(a, i): a[i % N].
template <class T, size_t N> inline T &at(T (&a)[N], uint64_t i) { return a[i % N]; }
// The same, through an opaque call.
template <class T> FZ_NOINLINE void init_opaque(T &x, uint64_t s) {
  init(x, s);
  asm volatile("" : : "r"(&x) : "memory");
}

// ---- run queue ----------------------------------------------------------

struct run_queue {
  static constexpr unsigned cap = 1u << 14;
  std::coroutine_handle<> q[cap];
  unsigned head = 0, tail = 0;
  void push(std::coroutine_handle<> h) {
    if (tail - head >= cap) {
      std::printf("run queue overflow\n");
      std::exit(3);
    }
    q[tail++ % cap] = h;
  }
  // Forgets the entries of a frame being destroyed.
  void cancel(void *addr) noexcept {
    for (unsigned i = head; i != tail; ++i)
      if (q[i % cap] && q[i % cap].address() == addr)
        q[i % cap] = nullptr;
  }
  void drain() {
    while (head != tail) {
      std::coroutine_handle<> h = q[head++ % cap];
      if (h)
        h.resume();
    }
  }
};
inline run_queue g_queue;

struct yield_awaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept { g_queue.push(h); }
  void await_resume() const noexcept {}
};
inline yield_awaiter yield() { return {}; }

template <class T> struct deliver_awaiter {
  T v;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const noexcept { g_queue.push(h); }
  T await_resume() const noexcept { return v; }
};
template <class T> deliver_awaiter<T> deliver(T v) { return {opaque(v)}; }

// ---- task<T>: lazy, symmetric transfer --------------------------------

template <class T, class Derived> struct task_base {
  struct promise_type {
    T value{};
    std::coroutine_handle<> cont = std::noop_coroutine();
    std::exception_ptr exc;
    promise_type() { ++g_frames; }
    ~promise_type() {
      --g_frames;
      g_queue.cancel(std::coroutine_handle<promise_type>::from_promise(*this).address());
    }
    Derived get_return_object() {
      return Derived(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_awaiter {
      bool await_ready() const noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
        return h.promise().cont;
      }
      void await_resume() const noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }
    void return_value(T v) { value = v; }
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
    return h.promise().value;
  }
};

template <class T = uint64_t> struct task : task_base<T, task<T>> {
  using task_base<T, task<T>>::task_base;
};

// `co_await e()` inside another etask is elide-safe: the callee frame may
// become storage in the caller's frame.
template <class T = uint64_t>
struct [[clang::coro_await_elidable]] etask : task_base<T, etask<T>> {
  using task_base<T, etask<T>>::task_base;
};

// start(t): runs t up to its first suspend; the run queue drives it on.
template <class Task> void start(Task &t) { t.h.resume(); }

// co_await join(t): waits for a started t.
template <class Task> struct join_awaiter {
  Task &t;
  bool await_ready() const noexcept { return t.h.done(); }
  void await_suspend(std::coroutine_handle<> c) const noexcept { t.h.promise().cont = c; }
  auto await_resume() { return t.await_resume(); }
};
template <class Task> join_awaiter<Task> join(Task &t) { return {t}; }

// run(t): starts t, drains the queue, returns t's result (or rethrows).
template <class Task> uint64_t run(Task t) {
  t.h.resume();
  g_queue.drain();
  if (!t.h.done()) {
    std::printf("task did not finish\n");
    std::exit(4);
  }
  return t.await_resume();
}

// After the queue is drained: t's result, or its exception's value.
template <class Task> uint64_t collect(Task &t) {
  if (!t.h.done()) {
    std::printf("task did not finish\n");
    std::exit(4);
  }
  try {
    return t.await_resume();
  } catch (const Boom &e) {
    return e.v ^ 0xb00b;
  }
}

// ---- generator<T> -------------------------------------------------------

template <class T = uint64_t> struct generator {
  struct promise_type {
    T cur{};
    std::exception_ptr exc;
    promise_type() { ++g_frames; }
    ~promise_type() { --g_frames; }
    generator get_return_object() {
      return generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      cur = v;
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
  bool next() {
    if (h.done())
      return false;
    h.resume();
    if (h.promise().exc)
      std::rethrow_exception(std::exchange(h.promise().exc, nullptr));
    return !h.done();
  }
  T value() const { return h.promise().cur; }
};

// ---- output -------------------------------------------------------------

FZ_NOINLINE inline void report(const char *what, uint64_t v) {
  std::printf("%s %016llx\n", what, static_cast<unsigned long long>(v));
  mix(v);
}

FZ_NOINLINE inline int finish() {
  std::printf("live %ld frames %ld\n", g_live, g_frames);
  std::printf("checksum %016llx\n", static_cast<unsigned long long>(g_hash));
  return 0;
}

} // namespace fz
