// bad.rs: placeholder misuses the bridge must reject (see bridge-rustc-errors.test).
#![crate_type = "lib"]

use std::mem::size_of;

unsafe extern "C" {
    fn coropack_id(align: u32, promise_size: usize, promise_align: usize);
    fn coropack_begin(mem: *mut u8) -> *mut u8;
    fn coropack_suspend() -> i32; // wrong: returns i8
}

// Wrong placeholder signature.
#[inline(never)]
pub unsafe fn wrong() -> *mut u8 {
    coropack_id(16, 0, 1);
    let h = coropack_begin(std::ptr::null_mut());
    coropack_suspend();
    h
}

// size_of outside a const is a call at opt-level 0, not a constant.
#[inline(never)]
pub unsafe fn nonconst() -> *mut u8 {
    coropack_id(16, size_of::<u64>(), 8);
    coropack_begin(std::ptr::null_mut())
}
