// Driver of align-promise-exec.test: reads the promise through the handle (peek)
// before and after each resume.
#include <coroutine>
#include <cstdio>
struct task {
  struct promise_type;
  std::coroutine_handle<promise_type> h;
};
task co(long n);
long peek(task t);
extern "C" long get(long x) { asm volatile("" : "+r"(x)); return x * 3 + 1; }
extern "C" void use(long v) { std::printf("use %ld\n", v); }
int main() {
  task t = co(5);
  std::printf("tag %ld\n", peek(t));
  t.h.resume();
  std::printf("tag %ld\n", peek(t));
  t.h.resume();
  std::printf("tag %ld\n", peek(t));
  t.h.destroy();
}
