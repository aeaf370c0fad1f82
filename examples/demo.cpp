// demo.cpp: a few C++20 coroutines whose frames coropack can shrink.
//
//   clang++-22 -std=c++20 -O2 demo.cpp -o demo && ./demo
//   tools/coropack-report examples/demo.cpp     (frame sizes, with the plugin)
//
// mix() keeps four values across its first suspend and four others across
// its second; checksum() keeps a 1000-byte buffer across its first suspend
// and two 600-byte buffers across its second. LLVM gives every value and
// every buffer that cannot share storage with another its own frame bytes;
// coropack lets values live across different suspends share them.
#include <coroutine>
#include <cstdio>
#include <exception>
#include <utility>

// A run queue: a coroutine that awaits yield_now{} goes to the back of it.
struct Scheduler {
	std::coroutine_handle<> queue[64];
	unsigned head = 0, tail = 0;
	void post(std::coroutine_handle<> h) { queue[tail++ % 64] = h; }
	bool run_one()
	{
		if (head == tail)
			return false;
		queue[head++ % 64].resume();
		return true;
	}
};
static Scheduler sched;

// Suspends and returns how many times any coroutine has yielded so far.
struct yield_now {
	static inline long ticks = 0;
	bool await_ready() { return false; }
	void await_suspend(std::coroutine_handle<> h) { sched.post(h); }
	long await_resume() { return ++ticks; }
};

// A lazy task: starts when awaited, resumes its awaiter when done.
template <typename T> struct task {
	struct promise_type {
		T value{};
		std::coroutine_handle<> awaiter = std::noop_coroutine();
		task get_return_object() { return task{handle::from_promise(*this)}; }
		std::suspend_always initial_suspend() { return {}; }
		auto final_suspend() noexcept
		{
			struct resume_awaiter {
				bool await_ready() noexcept { return false; }
				std::coroutine_handle<> await_suspend(handle h) noexcept
				{
					return h.promise().awaiter;
				}
				void await_resume() noexcept {}
			};
			return resume_awaiter{};
		}
		void return_value(T v) { value = std::move(v); }
		void unhandled_exception() { std::terminate(); }
	};
	using handle = std::coroutine_handle<promise_type>;

	explicit task(handle h) : h(h) {}
	task(task &&o) : h(std::exchange(o.h, {})) {}
	~task()
	{
		if (h)
			h.destroy();
	}

	bool await_ready() { return false; }
	std::coroutine_handle<> await_suspend(std::coroutine_handle<> a)
	{
		h.promise().awaiter = a;
		return h;
	}
	T await_resume() { return std::move(h.promise().value); }

	// Runs the task and the scheduler until the task is done.
	T run()
	{
		h.resume();
		while (!h.done() && sched.run_one()) {
		}
		return std::move(h.promise().value);
	}

	handle h;
};

// A generator: each co_yield hands one value to the consumer.
template <typename T> struct generator {
	struct promise_type {
		T value{};
		generator get_return_object() { return generator{handle::from_promise(*this)}; }
		std::suspend_always initial_suspend() { return {}; }
		std::suspend_always final_suspend() noexcept { return {}; }
		std::suspend_always yield_value(T v)
		{
			value = v;
			return {};
		}
		void return_void() {}
		void unhandled_exception() { std::terminate(); }
	};
	using handle = std::coroutine_handle<promise_type>;

	explicit generator(handle h) : h(h) {}
	generator(generator &&o) : h(std::exchange(o.h, {})) {}
	~generator()
	{
		if (h)
			h.destroy();
	}

	// Advances to the next value; false at the end.
	bool next()
	{
		h.resume();
		return !h.done();
	}
	T value() const { return h.promise().value; }

	handle h;
};

// Yields the first n Fibonacci numbers: a and b live across every yield.
generator<long> fibonacci(int n)
{
	long a = 0, b = 1;
	for (int i = 0; i < n; i++) {
		co_yield a;
		long c = a + b;
		a = b;
		b = c;
	}
}

// A value LLVM cannot recompute after a suspend (it is not inlined), so it
// must be kept in the frame.
[[gnu::noinline]] long sample(long x) { return x * 2654435761 % 1000; }

// Four values across the first suspend, four others across the second.
task<long> mix(long seed)
{
	long a = sample(seed), b = sample(seed + 1), c = sample(seed + 2), d = sample(seed + 3);
	long t = co_await yield_now{};
	long e = sample(a + t), f = sample(b + t), g = sample(c + t), h = sample(d + t);
	t = co_await yield_now{};
	std::printf("mix(%ld): %ld %ld %ld %ld\n", seed, e + t, f + t, g + t, h + t);
	co_return e + f + g + h;
}

// A 1000-byte buffer across the first suspend, two 600-byte buffers across
// the second.
task<unsigned> checksum(unsigned seed)
{
	unsigned sum = 0;
	{
		unsigned char big[1000];
		for (unsigned i = 0; i < sizeof big; i++)
			big[i] = (unsigned char)(seed + i * 7);
		long t = co_await yield_now{};
		big[t % sizeof big] ^= 0xff;
		for (unsigned char x : big)
			sum = sum * 31 + x;
	}
	{
		unsigned char left[600], right[600];
		for (unsigned i = 0; i < sizeof left; i++) {
			left[i] = (unsigned char)(sum >> (i % 24));
			right[i] = (unsigned char)(sum + i);
		}
		long t = co_await yield_now{};
		left[t % sizeof left] ^= right[t % sizeof right];
		for (unsigned i = 0; i < sizeof left; i++)
			sum = sum * 33 + (left[i] ^ right[sizeof right - 1 - i]);
	}
	co_return sum;
}

// Awaits the others in turn.
task<long> run_all()
{
	long total = 0;
	auto fib = fibonacci(10);
	while (fib.next())
		total += fib.value();
	std::printf("fibonacci: sum of the first 10 = %ld\n", total);
	total += co_await mix(5);
	unsigned sum = co_await checksum(42);
	std::printf("checksum(42) = %u\n", sum);
	co_return total + sum;
}

int main()
{
	long total = run_all().run();
	std::printf("total = %ld\n", total);
	return 0;
}
