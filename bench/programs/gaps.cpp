// Frame-size benchmark: the shapes where LLVM 22's frame layout leaves room.
// Each coroutine is run once so the program also checks itself.
#include "../../test/exec/Inputs/coro.h"
using namespace cp;

// 4 scalars across suspend 1, 4 others across suspend 2: SSA spills never
// share storage in LLVM 22 (measured 96 bytes where 64 suffice).
task<long> four_four(long x) {
  long a = opaque(x + 1), b = opaque(x + 2), c = opaque(x + 3), d = opaque(x + 4);
  co_await yield();
  long s = opaque(a + b + c + d);
  long e = opaque(s * 2), f = opaque(s * 3), g = opaque(s * 5), h = opaque(s * 7);
  co_await yield();
  co_return e + f + g + h;
}

// One 1000-byte buffer across suspend 1, two 600-byte buffers across
// suspend 2: alloca colouring keeps 1000 + 600 + pad (measured 1648, ~1232).
task<uint64_t> big_then_two(unsigned seed) {
  uint64_t r;
  {
    unsigned char big[1000];
    fill(big, sizeof big, seed);
    co_await yield();
    r = digest(big, sizeof big);
  }
  {
    unsigned char x[600], y[600];
    fill(x, sizeof x, seed + 1);
    fill(y, sizeof y, seed + 2);
    co_await yield();
    r += digest(x, sizeof x) ^ digest(y, sizeof y);
  }
  co_return r;
}

// Eight phases, each with its own scalars live across its own suspend.
#define PHASE(i)                                                               \
  {                                                                            \
    long p##i = opaque(acc + i), q##i = opaque(acc * i);                       \
    double w##i = opaque(acc * 0.5 + i);                                       \
    co_await yield();                                                          \
    acc = p##i + q##i + static_cast<long>(w##i);                               \
  }
task<long> phases8(long acc) {
  PHASE(1) PHASE(2) PHASE(3) PHASE(4) PHASE(5) PHASE(6) PHASE(7) PHASE(8)
  co_return acc;
}

// A state machine: each state keeps different locals across its suspend.
task<long> states(int n) {
  long acc = 0;
  for (int i = 0; i < n; ++i) {
    switch (opaque(i) % 3) {
    case 0: {
      long a = opaque<long>(i), b = opaque<long>(i * 2), c = opaque<long>(i * 3);
      co_await yield();
      acc += a * b - c;
      break;
    }
    case 1: {
      double d[6];
      for (int k = 0; k < 6; ++k)
        d[k] = i + k;
      escape(d);
      co_await yield();
      acc += static_cast<long>(d[5]);
      break;
    }
    default: {
      unsigned char tok[48];
      fill(tok, sizeof tok, static_cast<unsigned>(i));
      co_await yield();
      acc ^= static_cast<long>(digest(tok, sizeof tok) & 0xfff);
    }
    }
  }
  co_return acc;
}

// Mixed small types that die at different suspends (padding pressure).
task<long> mixed(int x) {
  char c1 = opaque<char>(static_cast<char>(x));
  double d1 = opaque(x * 1.5);
  co_await yield();
  short s1 = opaque<short>(static_cast<short>(c1 + d1));
  long l1 = opaque<long>(x * 1000L);
  co_await yield();
  char c2 = opaque<char>(static_cast<char>(s1 + 1));
  int i2 = opaque(static_cast<int>(l1 / 3));
  co_await yield();
  co_return c2 + i2;
}

generator<long> scan(int n) {
  long buf[32];
  for (int k = 0; k < 32; ++k)
    buf[k] = k;
  escape(buf);
  for (int i = 0; i < n; ++i) {
    co_yield buf[i % 32];
    long tmp[16];
    for (int k = 0; k < 16; ++k)
      tmp[k] = i * k;
    escape(tmp);
    co_yield tmp[i % 16];
  }
}

int main() {
  long s = run(four_four(1));
  s += static_cast<long>(run(big_then_two(2)) & 0xffff);
  s += run(phases8(3));
  s += run(states(9));
  s += run(mixed(4));
  for (auto g = scan(5); g.next();)
    s += g.value();
  trace("sum", s);
  return finish();
}
