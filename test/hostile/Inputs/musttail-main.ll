; Driver for musttail-symmetric.ll (linked with it, run by lli): runs f(i, j)
; to its final suspend and destroys it, for three (i, j). @next hands out
; llvm.coro.noop handles: each symmetric transfer (a musttail call of the
; handle's resume) runs a coroutine that does nothing and returns.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@fmt = private constant [4 x i8] c"%d\0A\00"
declare i32 @printf(ptr, ...)
declare ptr @f(i64, i64)
define ptr @next() {
  %h = call ptr @llvm.coro.noop()
  ret ptr %h
}
declare ptr @llvm.coro.noop()
define void @use(i32 %v) {
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
  ret void
}
define void @run(i64 %i, i64 %j) {
  %h = call ptr @f(i64 %i, i64 %j)
  call void @llvm.coro.resume(ptr %h)
  call void @llvm.coro.resume(ptr %h)
  call void @llvm.coro.destroy(ptr %h)
  ret void
}
define i32 @main() {
  call void @run(i64 3, i64 3)
  call void @run(i64 3, i64 5)
  call void @run(i64 15, i64 0)
  ret i32 0
}
declare void @llvm.coro.resume(ptr)
declare void @llvm.coro.destroy(ptr)
