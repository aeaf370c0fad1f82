; invoke/landingpad between two suspends: the value read on the unwind path after suspend 0 is not live across the later suspend 1.
; RUN: %opt -passes='coro-early,cgscc(coro-split),function(simplifycfg),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; XFAIL: *
; BUG (precision): after SimplifyCFG the resume clone's switch sends
; index 1 to a block with phis (the landing of suspend 1). access.c's
; dispatch() stops there ("a target with phis keeps its predecessor's
; meaning") and makes the clone's entry the target of suspend 1, so the
; path entry -> r0 -> lpad (reads %v) looks like a resumption of suspend
; 1: %v is reported live={0,2} instead of {0}.
;
; Suspends: #0 index 0 (ramp), #1 the unwind out of f.resume (final),
; #2 index 1 (resume). %v: read in the landing pad, reached only from
; suspend 0: {0}. %w: defined after the invoke, read after suspend 1: {2}.
; The index is read by the resume dispatch for #0 and #2; f.destroy is
; folded to a bare free and reads nothing: {0,2}.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=48 align=8
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; CHECK-NEXT:   suspend #0 index=0 in ramp
; CHECK-NEXT:   suspend #1 index=final in resume
; CHECK-NEXT:   suspend #2 index=1 in resume
; CHECK-NEXT:   slot #0 field=0 resume
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 spill off=24 size=8 align=8 new={{[0-9]+}} live={0}{{$}}
; CHECK-NEXT:   slot #4 field=4 spill off=32 size=8 align=8 new={{[0-9]+}} live={2}{{$}}
; CHECK-NEXT:   slot #5 field=5 index off=40 size=1 align=1 new={{[0-9]+}} live={0,2}{{$}}

define ptr @f() presplitcoroutine personality ptr @__gxx_personality_v0 {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %v = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  invoke void @may_throw()
          to label %cont unwind label %lpad
cont:
  %w = call i64 @get()
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @use(i64 %w)
  br label %cleanup
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  call void @use(i64 %v)
  call void @llvm.coro.end(ptr null, i1 true, token none)
  resume { ptr, i32 } %lp
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
declare void @may_throw()
declare i32 @__gxx_personality_v0(...)
