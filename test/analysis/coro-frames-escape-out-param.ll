; An escaped alloca whose first access is the escaping call itself (an out-parameter) is live from that call on, not before it.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; Regression test (fixed): escape() records USE+DEF at the call, and the backward liveness
; carries the USE up past suspend 0 to the ramp entry, although nothing
; was written to %x before the call (its bytes are undefined there). The
; tool reports %x live={0,1}, bound=64, maxlive=33 (it counts %x and %y together
; before suspend 0); the banner of live.c and the escape rule say
; "live from its first access on". Same as `int x; init(&x); co_await ...`.
;
; %y ([4 x i32], never escapes) is stored before suspend 0 and read, through
; a variable index, after it: live across suspend 0 only.
; %x ([2 x i64]) is first touched after suspend 0 by @escape, which may keep
; the pointer: every later opaque call (@get after suspend 1) may use
; it, so it is live across suspend 1 but not across suspend 0.
; Layout (alignment first): promise@16, %x@24, %y@40, index(i1)@56: 64 bytes.
; At most one of %x, %y is in use at any point (the last read of %y comes
; before the escape): bound = 24 + 16 + 1 = 41 -> 48.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=64 align=8 bound=48 packed={{[0-9]+}} header=24 maxlive=17 slots=6 suspends=2
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; CHECK-NEXT:   suspend #0 index=0 in ramp
; CHECK-NEXT:   suspend #1 index=1 in resume
; CHECK-NEXT:   slot #0 field=0 resume
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 alloca off=24 size=16 align=8 new={{[0-9]+}} escaped live={1}{{$}}
; CHECK-NEXT:   slot #4 field=4 alloca off=40 size=16 align=4 new={{[0-9]+}} live={0}{{$}}
; CHECK-NEXT:   slot #5 field=5 index off=56 size=1 align=1 new={{[0-9]+}} live={0,1}{{$}}

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %x = alloca [2 x i64]
  %y = alloca [4 x i32]
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %v = call i64 @get()
  %v32 = trunc i64 %v to i32
  store i32 %v32, ptr %y
  %y1 = getelementptr [4 x i32], ptr %y, i64 0, i64 1
  store i32 %v32, ptr %y1
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %i = call i64 @get()
  %yi = getelementptr [4 x i32], ptr %y, i64 0, i64 %i
  %w = load i32, ptr %yi
  %w64 = zext i32 %w to i64
  call void @use(i64 %w64)
  call void @escape(ptr %x)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %g1 = call i64 @get()
  br label %cleanup
cleanup:
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}

declare token @llvm.coro.id(i32, ptr, ptr, ptr)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare i64 @get()
declare void @use(i64)
declare void @escape(ptr)
