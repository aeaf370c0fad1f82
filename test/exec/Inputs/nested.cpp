// Nested tasks awaiting tasks with symmetric transfer (await_suspend returns
// the callee's handle, final_suspend returns the continuation): a recursive
// tree of tasks that suspends at the leaves, a deep synchronous chain that
// would overflow the stack without symmetric transfer, and a fan-out of
// interleaved children.
#include "coro.h"
using namespace cp;

task<long> tree(int depth, long id) {
  long mine = opaque(id * 3 + depth);
  if (depth == 0) {
    co_await yield();
    co_return mine;
  }
  long l = co_await tree(depth - 1, id * 2);
  long pad[3] = {l, mine, id}; // array live across the second child
  escape(pad);
  long r = co_await tree(depth - 1, id * 2 + 1);
  co_return pad[0] + r * 2 - pad[1] + pad[2] % 5;
}

long ref_tree(int depth, long id) {
  long mine = id * 3 + depth;
  if (depth == 0)
    return mine;
  long l = ref_tree(depth - 1, id * 2);
  long r = ref_tree(depth - 1, id * 2 + 1);
  return l + r * 2 - mine + id % 5;
}

// Completes synchronously: every level transfers straight to the next.
task<long> chain(int n) {
  if (n == 0)
    co_return 0;
  long below = co_await chain(n - 1);
  co_return below + (n % 7);
}

task<long> fan(int n) {
  task<long> kids[8] = {tree(2, 1), tree(3, 2), tree(1, 3), tree(2, 4),
                        tree(3, 5), tree(0, 6), tree(2, 7), tree(1, 8)};
  for (int i = 0; i < n; ++i)
    start(kids[i]);
  long s = 0;
  for (int i = 0; i < n; ++i)
    s = s * 3 + co_await join(kids[i]);
  co_return s;
}

int main() {
  for (int d : {0, 1, 4, 7})
    expect("tree", run(tree(d, 1)), ref_tree(d, 1));
  long rc = 0;
  for (int n = 1; n <= 20000; ++n)
    rc += n % 7;
  expect("chain", run(chain(20000)), rc);
  const int ds[8] = {2, 3, 1, 2, 3, 0, 2, 1};
  long rf = 0;
  for (int i = 0; i < 8; ++i)
    rf = rf * 3 + ref_tree(ds[i], i + 1);
  expect("fan", run(fan(8)), rf);
  return finish();
}

// Expected output (pinned by test/exec/nested-exec.test):
// CHECK: tree 3
// CHECK-NEXT: tree 21
// CHECK-NEXT: tree 5115
// CHECK-NEXT: tree 1118064
// CHECK-NEXT: chain 59998
// CHECK-NEXT: fan 1421438
// CHECK-NEXT: checksum e7aa41cb611a2a90
// CHECK-NEXT: ok
