; Slot alignment from call arguments: %a and %b are alignas(4096) arrays
; reached only at constant indices and through memset(ptr align 4096 ...), as
; clang emits for alignas objects. coropack once took a slot's alignment from
; its type and its loads and stores only, moved both to offset 24 and kept the
; align 4096 claim: llc's movaps stores then faulted (a miscompile). Now the
; align(N) of pointer arguments (and the alloca's own alignment, recorded
; before the split) count: both stay at multiples of 4096, sharing 4096.
;
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: llvm-link %s %S/Inputs/varidx-main.ll -o %t.linked.bc
; RUN: opt -passes='coro-early,cgscc(coro-split),coro-cleanup' %t.linked.bc -o %t.run0.bc
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack,coro-cleanup' %t.linked.bc -o %t.run1.bc
; RUN: lli %t.run0.bc > %t.out0
; RUN: lli %t.run1.bc > %t.out1
; RUN: diff %t.out0 %t.out1
;
; REPORT-LABEL: coro-frames: f status=packed frame=8256 align=4096 bound=96 packed=4160
; REPORT: slot #5 field=5 alloca off=4096 size=64 align=4 new=4096 live={0}{{$}}
; REPORT: slot #7 field=7 alloca off=8192 size=64 align=4 new=4096 live={2}{{$}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global ptr null

define ptr @f(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4096
  %b = alloca [16 x i32], align 4096
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %align = call i64 @llvm.coro.align.i64()
  %alloc = call ptr @aligned_alloc(i64 %align, i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr align 4096 %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 3
  store i32 1, ptr %pa
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 5
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  call void @llvm.memset.p0.i64(ptr align 4096 %b, i8 0, i64 64, i1 false)
  %pb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 5
  store i32 2, ptr %pb
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %qb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 3
  %vb = load i32, ptr %qb
  call void @use(i32 %vb)
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

declare token @llvm.coro.id(i32, ptr, ptr, ptr)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare void @use(i32)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare i64 @llvm.coro.align.i64()
declare noalias ptr @aligned_alloc(i64, i64)
