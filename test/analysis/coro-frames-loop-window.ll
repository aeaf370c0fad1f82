; A loop with a suspend, after an initial suspend: %x and %i, born after the initial suspend, cross only the loop suspend.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; Regression: the window of a suspend (slots accessed between the index
; store and the return) used to be a union over every path into the shared
; `ret`, including paths that stored no index; through f.destroy it made
; %i and %x live across suspend 0 ({0,1} instead of {1}).
;
; Suspend 0 (initial, ramp), suspend 1 in the loop body (resume clone).
; %n: read by every loop test: {0,1}. %a: defined before suspend 0, read
; after the loop: {0,1}. %i: the counter, starts at 0 after suspend 0:
; {1}. %x: defined and consumed around suspend 1: {1}. The index is read
; by the dispatch: {0,1}.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=64 align=8
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; CHECK-NEXT:   suspend #0 index=0 in ramp
; CHECK-NEXT:   suspend #1 index=1 in resume
; CHECK-NEXT:   slot #0 field=0 resume
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 spill off=24 size=8 align=8 new={{[0-9]+}} live={0,1}{{$}}
; CHECK-NEXT:   slot #4 field=4 spill off=32 size=8 align=8 new={{[0-9]+}} live={0,1}{{$}}
; CHECK-NEXT:   slot #5 field=5 spill off=40 size=8 align=8 new={{[0-9]+}} live={1}{{$}}
; CHECK-NEXT:   slot #6 field=6 spill off=48 size=8 align=8 new={{[0-9]+}} live={1}{{$}}
; CHECK-NEXT:   slot #7 field=7 index off=56 size=1 align=1 new={{[0-9]+}} live={0,1}{{$}}

define ptr @f(i64 %n) presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %a = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %loop
                                 i8 1, label %cleanup]
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %body.r ]
  %more = icmp ult i64 %i, %n
  br i1 %more, label %body, label %done
body:
  %x = call i64 @get()
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %body.r
                                 i8 1, label %cleanup]
body.r:
  call void @use(i64 %x)
  %i1 = add i64 %i, 1
  br label %loop
done:
  call void @use(i64 %a)
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
