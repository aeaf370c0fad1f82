; Only the initial and the final suspend: nothing but the header, the promise and the index; a coroutine with no suspend at all gets no frame and no report.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; @f: %t is produced and consumed between the two suspends: no spill.
; Frame: resume, destroy, promise(i64)@16, index(i1)@24: 25 -> 32. The
; index is written at the initial suspend (in use there: maxlive=1) but
; never read: f.destroy tells the two suspends apart by the resume pointer.
; @g: CoroSplit lowers a coroutine without suspends in place (no clones,
; no resumers): it is not a split family.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-NOT:   coro-frames: g
; CHECK-LABEL: coro-frames: f status=analyzed frame=32 align=8 bound=32 packed={{[0-9]+}} header=24 maxlive=1 slots=4 suspends=2
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; CHECK-NEXT:   suspend #0 index=0 in ramp
; CHECK-NEXT:   suspend #1 index=final in resume
; CHECK-NEXT:   slot #0 field=0 resume off=0 size=8 align=8 new={{[0-9]+}} fixed live={0,1}{{$}}
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 index off=24 size=1 align=1 new={{[0-9]+}} live={}{{$}}
; CHECK-NOT:   coro-frames: g

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %t = call i64 @get()
  call void @use(i64 %t)
  %sf = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %sf, label %suspend [i8 0, label %unr
                                 i8 1, label %cleanup]
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
define ptr @g() presplitcoroutine {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %t = call i64 @get()
  call void @use(i64 %t)
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
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
