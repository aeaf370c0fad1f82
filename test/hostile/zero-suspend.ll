; Coroutines with zero suspend points. CoroSplit lowers them in place (no
; resume/destroy clones, no resumers array): @nosusp (heap elision through
; coro.alloc: the frame becomes an alloca) and @deadsusp (its only suspend is
; in a block no path reaches, so CoroSplit drops it). Neither is a split
; family: coropack must report nothing, change nothing (not even the
; "coropack" mark) and stay verifier-clean, in every pipeline.
;
; RUN: opt -passes='coro-early,cgscc(coro-split)' %s -o %t.split.bc
; RUN: opt %t.split.bc -o %t.base.bc
; RUN: %opt -passes='coro-pack<report>' -verify-each %t.split.bc -o %t.pack.bc 2>%t.report
; RUN: cmp %t.base.bc %t.pack.bc
; RUN: count 0 < %t.report
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | count 0
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack' -pass-remarks-missed=coro-pack -pass-remarks=coro-pack -pass-remarks-analysis=coro-frames -disable-output %s 2>&1 | count 0
; The split really left no clones and kept the frame (so the checks above see
; what they should):
; RUN: llvm-dis %t.split.bc -o - | FileCheck --check-prefix=SPLIT %s
;
; default<O2>: byte-identical with and without the plugin.
; RUN: opt -passes='default<O2>' -S %s -o %t.O2.base.ll
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: diff %t.O2.base.ll %t.O2.ll
; RUN: count 0 < %t.O2.report
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split),coro-pack' -verify-each -disable-output %s
;
; SPLIT-NOT: .resume
; SPLIT-LABEL: define ptr @nosusp(
; SPLIT:       alloca %nosusp.Frame
; SPLIT-LABEL: define ptr @deadsusp(
; SPLIT:       call ptr @malloc(i64 32)
; SPLIT-NOT: .resume

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; No suspend at all, but an alloca and a value used after the call.
define ptr @nosusp(i64 %n) presplitcoroutine {
entry:
  %promise = alloca i64
  %buf = alloca [32 x i64], align 8
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %need = call i1 @llvm.coro.alloc(token %id)
  br i1 %need, label %doalloc, label %begin
doalloc:
  %size = call i64 @llvm.coro.size.i64()
  %m = call ptr @malloc(i64 %size)
  br label %begin
begin:
  %alloc = phi ptr [ null, %entry ], [ %m, %doalloc ]
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @fill(ptr %buf)
  %v = call i64 @get()
  call void @use(i64 %v)
  call void @fill(ptr %buf)
  br label %cleanup
cleanup:
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}

; The only suspends sit in a block no path from the entry reaches.
define ptr @deadsusp(i64 %n) presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %v = call i64 @get()
  br label %cleanup
dead:
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @use(i64 %v)
  br label %dead
cleanup:
  call void @use(i64 %v)
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}

declare token @llvm.coro.id(i32, ptr, ptr, ptr)
declare i1 @llvm.coro.alloc(token)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare i64 @get()
declare void @use(i64)
declare void @fill(ptr)
