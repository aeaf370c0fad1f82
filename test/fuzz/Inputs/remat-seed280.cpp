// A resume tag out of order (coro-fuzz seed 280, reduced): at -O1 the only
// tagged instructions left in the block that resumes suspend 2 were
// rematerialised there by CoroSplit from the initial suspend's resume block,
// so they named suspend 0, whose scopes (the alloca v23 not yet live) were
// applied at suspend 2 and v23 shared bytes with a live slot. See
// remat-resume-tags.test.
// coro-fuzz v1 seed 280
// swarm: without generator,nested,interleave,loops,exceptions,arrays
// without: elidable,early
// drop: 1,37,89,118,119,130,131,132,133,134,135,136,137,140,141,142,143,144,145,146,147,148,168
// EXEC-FLAGS: -fcoro-aligned-allocation
#include "fuzz.h"

fz::task<> f3(uint64_t p, int q) {
  uint64_t acc = p * 0x9e3779b97f4a7c15ull + (uint64_t)q;
  co_await fz::yield();
  if ((acc) % 4 == 1) {
    acc = acc * 0x100000001b3ull + (acc - (79 + fz::val(q)));
    fz::Tracked t6(((p ^ acc) + 0xe1c9u));
  }
  {
    fz::Tracked t7(((p ^ fz::val(q)) + acc));
    fz::A32 v23;
    fz::init(v23, fz::rot(fz::val(t7), 61));
    co_await fz::yield();
    acc ^= co_await fz::deliver<uint64_t>(fz::val(t7));
    fz::mix((acc + fz::val(v23.v[1])));
  }
  co_return acc;
}

int main() {
  try {
    fz::report("r3", fz::run(f3(fz::opaque<uint64_t>((0x46cau * 0xf62eu)), 2)));
  } catch (const fz::Boom &e) {
    fz::report("x3", e.v);
  }
  return fz::finish();
}
