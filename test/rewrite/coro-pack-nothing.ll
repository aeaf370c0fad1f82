; Two spills live across the same (only) suspend cannot share bytes: coro-pack leaves the IR exactly as CoroSplit made it.
; RUN: %opt -passes='coro-early,cgscc(coro-split)' -S %s -o %t.base.ll
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -S %s -o %t.pack.ll 2>%t.report
; RUN: diff %t.base.ll %t.pack.ll
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; In the default pipeline: identical to the plugin analysing only, and to no
; coropack pass at all once attribute groups (the ramp's "coropack" mark) are
; stripped.
; RUN: env COROPACK_DISABLE=1 %opt -passes='default<O2>' -S %s -o %t.O2.base.ll
; RUN: env COROPACK_PACK=0 %opt -passes='default<O2>' -S %s -o %t.O2.dry.ll
; RUN: %opt -passes='default<O2>' -S %s -o %t.O2.pack.ll
; RUN: diff %t.O2.dry.ll %t.O2.pack.ll
; RUN: FileCheck --check-prefix=MARK %s < %t.O2.pack.ll
; RUN: sed -e '/^attributes #/d' -e 's/ #[0-9][0-9]*//g' %t.O2.base.ll > %t.O2.base.stripped
; RUN: sed -e '/^attributes #/d' -e 's/ #[0-9][0-9]*//g' %t.O2.pack.ll > %t.O2.pack.stripped
; RUN: diff %t.O2.base.stripped %t.O2.pack.stripped
;
; Frame: resume@0 destroy@8 promise@16 %a@24 %b@32 index@40: 48 bytes.
; %a and %b are both live across suspend 0 (the destroy path reads both):
; they interfere, the index interferes with both, and the header is fixed,
; so no byte can be saved: bound = 24 + 8 + 8 + 1 = 41 -> 48 = frame.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; REPORT: coro-frames: f status=analyzed frame=48 align=8 bound=48 packed=48
; REPORT-NOT: status=packed

;   (the "analyzed" mark itself is gone after OptimizerLastEP)
; MARK-NOT: "coropack"=

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %a = call i64 @get()
  %b = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup0]
r0:
  call void @use(i64 %a)
  call void @use(i64 %b)
  br label %cleanup
cleanup0:
  call void @use(i64 %b)
  call void @use(i64 %a)
  br label %cleanup
cleanup:
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  %sz = call i64 @llvm.coro.size.i64()
  call void @sized_free(ptr %mem, i64 %sz)
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
declare void @sized_free(ptr, i64)
declare i64 @get()
declare void @use(i64)
