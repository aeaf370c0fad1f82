; The final suspend, and values used only on destroy paths: %d is read only when the coroutine is destroyed at suspend 0, %p only when destroyed at the final suspend.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; Both values are really live across their suspend, although no resume
; path reads them: the destroy clone does. The final suspend stores null
; to the resume pointer and is reported index=final; f.destroy tells the
; two suspends apart by that null check, so the resume pointer is read
; after both suspends and the index is never read.
; Frame: promise@16, %d@24, %p@32, index(i1)@40: 41 -> 48.
; %d and %p never coexist: bound = 24 + 8 + 1 = 33 -> 40.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=48 align=8 bound=40 packed={{[0-9]+}} header=24 maxlive=9 slots=6 suspends=2
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; CHECK-NEXT:   suspend #0 index=0 in ramp
; CHECK-NEXT:   suspend #1 index=final in resume
; CHECK-NEXT:   slot #0 field=0 resume off=0 size=8 align=8 new={{[0-9]+}} fixed live={0,1}{{$}}
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 spill off=24 size=8 align=8 new={{[0-9]+}} live={0}{{$}}
; CHECK-NEXT:   slot #4 field=4 spill off=32 size=8 align=8 new={{[0-9]+}} live={1}{{$}}
; CHECK-NEXT:   slot #5 field=5 index off=40 size=1 align=1 new={{[0-9]+}} live={}{{$}}

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %destroyed0]
destroyed0:
  call void @use(i64 %d)
  br label %cleanup
r0:
  %p = call i64 @get()
  %sf = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %sf, label %suspend [i8 0, label %unr
                                 i8 1, label %destroyedf]
destroyedf:
  call void @use(i64 %p)
  br label %cleanup
unr:
  unreachable
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
