// Escaped buffers: one 1000-byte buffer live across suspend 1 and two 600-byte
// buffers live across suspend 2 (addresses passed to opaque functions), plus a
// buffer whose address is stashed and read after later suspends, which must
// never share bytes with the others.
#include "coro.h"
using namespace cp;

task<uint64_t> phases(unsigned seed) {
  uint64_t r = 0;
  {
    unsigned char big[1000];
    fill(big, sizeof big, seed);
    co_await yield(); // suspend 1: big live
    r = digest(big, sizeof big);
  }
  {
    unsigned char x[600], y[600];
    fill(x, sizeof x, seed + 1);
    fill(y, sizeof y, seed + 2);
    co_await yield(); // suspend 2: x y live
    r = r * 3 + digest(x, sizeof x) - digest(y, sizeof y);
  }
  co_return r;
}

uint64_t ref_phases(unsigned seed) {
  unsigned char big[1000], x[600], y[600];
  fill(big, sizeof big, seed);
  uint64_t r = digest(big, sizeof big);
  fill(x, sizeof x, seed + 1);
  fill(y, sizeof y, seed + 2);
  return r * 3 + digest(x, sizeof x) - digest(y, sizeof y);
}

// `keep` is filled first and read last; the phase buffers in between are
// rewritten after each suspend, so any overlap with `keep` changes the result.
unsigned char *g_stash;
CP_NOINLINE void stash(unsigned char *p) { g_stash = opaque(p); }

task<uint64_t> stashed(unsigned seed) {
  unsigned char keep[256];
  fill(keep, sizeof keep, seed * 7);
  stash(keep);
  uint64_t r = 0;
  for (int round = 0; round < 3; ++round) {
    unsigned char tmp[512];
    fill(tmp, sizeof tmp, seed + round);
    co_await yield();
    fill(tmp, sizeof tmp, seed + round + 50); // scribble after the resume
    r = r * 5 + digest(tmp, sizeof tmp);
  }
  {
    unsigned char tail[300];
    fill(tail, sizeof tail, seed + 99);
    co_await yield();
    r ^= digest(tail, sizeof tail);
  }
  co_await yield();
  r += digest(g_stash, 256); // reads `keep` through the escaped address
  co_return r;
}

uint64_t ref_stashed(unsigned seed) {
  unsigned char keep[256], tmp[512], tail[300];
  fill(keep, sizeof keep, seed * 7);
  uint64_t r = 0;
  for (int round = 0; round < 3; ++round) {
    fill(tmp, sizeof tmp, seed + round + 50);
    r = r * 5 + digest(tmp, sizeof tmp);
  }
  fill(tail, sizeof tail, seed + 99);
  r ^= digest(tail, sizeof tail);
  return r + digest(keep, sizeof keep);
}

// Two instances interleaved: both frames hold their buffers at the same time.
task<uint64_t> pair(unsigned seed) {
  task<uint64_t> a = phases(seed), b = stashed(seed + 1);
  start(a);
  start(b);
  uint64_t ra = co_await join(a);
  uint64_t rb = co_await join(b);
  co_return ra ^ (rb << 1);
}

int main() {
  for (unsigned seed = 1; seed <= 3; ++seed) {
    expect("phases", static_cast<long long>(run(phases(seed))),
           static_cast<long long>(ref_phases(seed)));
    expect("stashed", static_cast<long long>(run(stashed(seed))),
           static_cast<long long>(ref_stashed(seed)));
  }
  expect("pair", static_cast<long long>(run(pair(4))),
         static_cast<long long>(ref_phases(4) ^ (ref_stashed(5) << 1)));
  return finish();
}

// Expected output (pinned by test/exec/buffers-exec.test):
// CHECK: phases -4301208989373638093
// CHECK-NEXT: stashed 4604141167725469957
// CHECK-NEXT: phases -5053391100517332133
// CHECK-NEXT: stashed -1110838376171553750
// CHECK-NEXT: phases 7918955675538285086
// CHECK-NEXT: stashed 3437692352240452661
// CHECK-NEXT: pair -3724279584176398059
// CHECK-NEXT: checksum bdf9268d97e85b72
// CHECK-NEXT: ok
