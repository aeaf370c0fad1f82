; Driver for coro-pack-split.ll (linked with it, run by lli): fill writes
; i + 1 to each byte's position (as i64 sums: 1..n), sum prints the sum.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@fmt = private constant [15 x i8] c"sum %ld = %ld\0A\00"
@bias = global i64 0
declare i32 @printf(ptr, ...)
declare ptr @f(i32)
define void @fill(ptr %p, i64 %n) {
entry:
  %b = load i64, ptr @bias
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %q = getelementptr i8, ptr %p, i64 %i
  %i1 = add i64 %i, 1
  %v = add i64 %i1, %b
  %t = trunc i64 %v to i8
  store i8 %t, ptr %q
  %d = icmp eq i64 %i1, %n
  br i1 %d, label %done, label %loop
done:
  %b1 = add i64 %b, 1
  store i64 %b1, ptr @bias
  ret void
}
define void @sum(ptr %p, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %q = getelementptr i8, ptr %p, i64 %i
  %c = load i8, ptr %q
  %z = zext i8 %c to i64
  %i1 = add i64 %i, 1
  %w = mul i64 %z, %i1
  %s1 = add i64 %s, %w
  %d = icmp eq i64 %i1, %n
  br i1 %d, label %done, label %loop
done:
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %n, i64 %s1)
  ret void
}
define i32 @main() {
  %h = call ptr @f(i32 1)
  call void @llvm.coro.resume(ptr %h)
  call void @llvm.coro.resume(ptr %h)
  call void @llvm.coro.destroy(ptr %h)
  ret i32 0
}
declare void @llvm.coro.resume(ptr)
declare void @llvm.coro.destroy(ptr)
