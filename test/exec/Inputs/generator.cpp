// Generators with co_yield: values and buffers live across yields, a yield
// inside nested loops, a generator consumed in lock-step with another, and an
// exception thrown from the generator body to the consumer.
#include "coro.h"
#include <stdexcept>
using namespace cp;

generator<long> fib(int n) {
  long a = 0, b = 1;
  for (int i = 0; i < n; ++i) {
    co_yield a; // a b i n live
    long t = a + b;
    a = b;
    b = t;
  }
}

generator<uint64_t> windows(unsigned seed, int n) {
  unsigned char win[160];
  fill(win, sizeof win, seed);
  for (int i = 0; i < n; ++i) {
    co_yield digest(win, sizeof win); // win live across every yield
    win[i % 160] ^= static_cast<unsigned char>(i * 7 + 1);
  }
}

generator<int> pairs(int n) {
  for (int i = 0; i < n; ++i)
    for (int j = i; j < n; ++j) {
      double w = opaque(i * 0.5 + j);
      co_yield i * 100 + j;
      co_yield static_cast<int>(w * 2);
    }
}

generator<long> failing(int at) {
  for (long i = 0;; ++i) {
    if (i == at)
      throw std::out_of_range("generator end");
    co_yield i * i;
  }
}

int main() {
  long s = 0, k = 0;
  for (auto g = fib(40); g.next();)
    s += g.value() % 1000 * ++k;
  long rs = 0;
  {
    long a = 0, b = 1;
    for (int i = 0; i < 40; ++i) {
      rs += a % 1000 * (i + 1);
      long t = a + b;
      a = b;
      b = t;
    }
  }
  expect("fib", s, rs);

  uint64_t h = 0;
  {
    auto g1 = windows(3, 20), g2 = windows(4, 20);
    while (g1.next() && g2.next())
      h = h * 3 + (g1.value() ^ g2.value());
  }
  uint64_t rh = 0;
  {
    unsigned char w1[160], w2[160];
    fill(w1, 160, 3);
    fill(w2, 160, 4);
    for (int i = 0; i < 20; ++i) {
      rh = rh * 3 + (digest(w1, 160) ^ digest(w2, 160));
      w1[i % 160] ^= static_cast<unsigned char>(i * 7 + 1);
      w2[i % 160] ^= static_cast<unsigned char>(i * 7 + 1);
    }
  }
  expect("windows", static_cast<long long>(h), static_cast<long long>(rh));

  long p = 0, rp = 0;
  for (auto g = pairs(9); g.next();)
    p = p * 7 % 1000003 + g.value();
  for (int i = 0; i < 9; ++i)
    for (int j = i; j < 9; ++j) {
      rp = rp * 7 % 1000003 + (i * 100 + j);
      rp = rp * 7 % 1000003 + static_cast<int>((i * 0.5 + j) * 2);
    }
  expect("pairs", p, rp);

  long f = 0;
  try {
    for (auto g = failing(6); g.next();)
      f += g.value();
  } catch (const std::out_of_range &) {
    trace("caught", f);
  }
  expect("failing", f, 0 + 1 + 4 + 9 + 16 + 25);
  return finish();
}

// Expected output (pinned by test/exec/generator-exec.test):
// CHECK: fib 374345
// CHECK-NEXT: windows -2028635685440787816
// CHECK-NEXT: pairs 145629
// CHECK-NEXT: caught 55
// CHECK-NEXT: failing 55
// CHECK-NEXT: checksum b4855437d759130b
// CHECK-NEXT: ok
