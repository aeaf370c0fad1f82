; Without packing (the printer), the text report's new= of every slot is its current offset, as new_offset is in the JSON report; fixed slots never move.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; Regression test (fixed): report_text() prints Slot.newoff, which only pack() fills; the
; printer does not pack, so every slot shows new=0 (e.g. "slot #1 field=1
; destroy off=8 ... new=0 fixed") while report_json() prints the offset
; when the family is not packed.
;
; CHECK:      slot #0 field=0 resume off=0 size=8 align=8 new=0 fixed
; CHECK-NEXT: slot #1 field=1 destroy off=8 size=8 align=8 new=8 fixed
; CHECK-NEXT: slot #2 field=2 promise off=16 size=8 align=8 new=16 fixed
; CHECK-NEXT: slot #3 field=3 spill off=24 size=8 align=8 new=24 live
; CHECK-NEXT: slot #4 field=4 spill off=32 size=8 align=8 new=32 live
; CHECK-NEXT: slot #5 field=5 index off=40 size=1 align=1 new=40 live

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"


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
