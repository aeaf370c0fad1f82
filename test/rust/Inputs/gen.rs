// gen.rs: a switch-ABI generator written in Rust with the coropack bridge.
//
// `numbers` is a coroutine: it calls the coropack_* placeholders, which the
// plugin's coro-bridge pass turns into llvm.coro.* intrinsics before
// coro-early. It yields through its promise (a u64) in three phases, each
// with different values live across its suspends:
//   1. Fibonacci numbers: a, b and the loop counter;
//   2. running sums over a 16-entry table built from phase 1's b;
//   3. the Collatz trajectory of a seed made from phase 1 and 2 results,
//      yielding every 8th value, then the step count.
// main drives one generator to completion and destroys a second one at a
// non-final suspend (the cleanup path, which frees the frame).
//
// Build (absolute plugin path; -C opt-level=0..3 all work):
//   RUSTC_BOOTSTRAP=1 rustc -Z llvm-plugins=/abs/coropack.so gen.rs
//   rustc +nightly -Z llvm-plugins=/abs/coropack.so gen.rs
// Without the plugin the program does not link (undefined coropack_*).
//
// Expected output:
// CHECK: fib: 0 1 1 2 3 5 8 13 21 34 55 89
// CHECK-NEXT: sums: 233 556 969 1472 2065 2748
// CHECK-NEXT: collatz: 1180 998 844 119 101 88 13 2 steps=65
// CHECK-NEXT: yields: 27 checksum: 122308
// CHECK-NEXT: early: 0 1 1 destroyed
// CHECK-NEXT: ok

#![feature(link_llvm_intrinsics)]
#![allow(internal_features)]

use std::mem::{align_of, size_of};
use std::ptr::null_mut;

// The bridge placeholders (see docs/rust.md).
unsafe extern "C" {
    fn coropack_id(align: u32, promise_size: usize, promise_align: usize);
    fn coropack_alloc() -> bool;
    fn coropack_size() -> usize;
    fn coropack_begin(mem: *mut u8) -> *mut u8;
    fn coropack_promise() -> *mut u8;
    fn coropack_suspend() -> i8;
    fn coropack_suspend_final() -> i8;
    fn coropack_free(frame: *mut u8) -> *mut u8;
    fn coropack_end(frame: *mut u8);
}

// Token-free intrinsics, declared directly.
unsafe extern "C" {
    #[link_name = "llvm.coro.resume"]
    fn coro_resume(h: *mut u8);
    #[link_name = "llvm.coro.destroy"]
    fn coro_destroy(h: *mut u8);
    #[link_name = "llvm.coro.done"]
    fn coro_done(h: *mut u8) -> bool;
    #[link_name = "llvm.coro.promise"]
    fn coro_promise(h: *mut u8, align: i32, from: bool) -> *mut u8;
}

unsafe extern "C" {
    fn malloc(n: usize) -> *mut u8;
    fn free(p: *mut u8);
}

// coropack_id and llvm.coro.promise need constants: rustc calls
// size_of/align_of at opt-level 0 unless they are evaluated in a const.
const PROMISE_SIZE: usize = size_of::<u64>();
const PROMISE_ALIGN: usize = align_of::<u64>();

// Suspends. On resume, goes on; on destroy, breaks out of the labelled
// body with true (run the cleanup); when suspended, breaks with false
// (return the handle to the caller). A macro, not a function: the
// placeholder must be called in the coroutine itself.
macro_rules! suspend {
    ($destroy:lifetime) => {
        match coropack_suspend() {
            0 => {}
            1 => break $destroy true,
            _ => break $destroy false,
        }
    };
}

// The coroutine. #[inline(never)]: rustc's MIR inliner must not move the
// placeholder calls into the caller.
#[inline(never)]
fn numbers(n: u32) -> *mut u8 {
    unsafe {
        // A u64 promise, made by the bridge in the frame's header.
        coropack_id(16, PROMISE_SIZE, PROMISE_ALIGN);
        let mem = if coropack_alloc() { malloc(coropack_size()) } else { null_mut() };
        let h = coropack_begin(mem);
        // Yielded values go to the promise; the caller reads them through
        // llvm.coro.promise.
        let out = coropack_promise() as *mut u64;
        // true: destroyed at a suspend; false: suspended (return to caller).
        let destroy = 'body: {
            suspend!('body); // initial suspend: start lazily
            let (mut a, mut b) = (0u64, 1u64);
            for _ in 0..n {
                *out = a;
                suspend!('body);
                let t = a + b;
                a = b;
                b = t;
            }
            let mut table = [0u64; 16];
            for (i, e) in table.iter_mut().enumerate() {
                *e = (i as u64 * 2654435761) % 997 + b;
            }
            let mut acc = 0u64;
            for i in (0..16).step_by(3) {
                acc += table[i];
                *out = acc;
                suspend!('body);
            }
            let mut x = acc * 3 + a;
            let mut steps = 0u64;
            while x != 1 {
                x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
                steps += 1;
                if steps % 8 == 0 {
                    *out = x;
                    suspend!('body);
                }
            }
            *out = 1_000_000 + steps;
            suspend!('body);
            coropack_suspend_final() == 1
        };
        if destroy {
            let m = coropack_free(h);
            if !m.is_null() {
                free(m);
            }
        }
        coropack_end(h);
        h
    }
}

fn main() {
    unsafe {
        let h = numbers(12);
        let p = coro_promise(h, PROMISE_ALIGN as i32, false) as *const u64;
        let mut all = Vec::new();
        loop {
            coro_resume(h);
            if coro_done(h) {
                break;
            }
            all.push(*p);
        }
        coro_destroy(h);

        let show = |v: &[u64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" ");
        let steps = all.last().copied().unwrap_or(0) - 1_000_000;
        println!("fib: {}", show(&all[..12]));
        println!("sums: {}", show(&all[12..18]));
        println!("collatz: {} steps={}", show(&all[18..all.len() - 1]), steps);
        let checksum = all.iter().fold(0u64, |s, &x| (s * 31 + x) % 1_000_003);
        println!("yields: {} checksum: {}", all.len(), checksum);

        let e = numbers(5);
        let q = coro_promise(e, PROMISE_ALIGN as i32, false) as *const u64;
        let mut early = Vec::new();
        for _ in 0..3 {
            coro_resume(e);
            early.push(*q);
        }
        coro_destroy(e);
        println!("early: {} destroyed", show(&early));
        println!("ok");
    }
}
