; Driver for unreachable-resume.ll (linked with it, run by lli).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@fmt = private constant [5 x i8] c"%ld\0A\00"
@ctr = global i64 0
declare i32 @printf(ptr, ...)
declare ptr @ur(i64)
define i64 @get() {
  %v = load i64, ptr @ctr
  %n = add i64 %v, 10
  store i64 %n, ptr @ctr
  ret i64 %n
}
define void @use(i64 %v) {
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %v)
  ret void
}
define i32 @main() {
  ; suspend 0, then destroyed: prints %d (10)
  %h0 = call ptr @ur(i64 0)
  call void @llvm.coro.destroy(ptr %h0)
  ; suspend 1, resumed: prints buf[5] (0), then destroyed at the final suspend: prints %e (30)
  %h1 = call ptr @ur(i64 5)
  call void @llvm.coro.resume(ptr %h1)
  call void @llvm.coro.destroy(ptr %h1)
  ret i32 0
}
declare void @llvm.coro.resume(ptr)
declare void @llvm.coro.destroy(ptr)
