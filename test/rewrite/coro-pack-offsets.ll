; Two i64 spills and an alloca live across different suspends: the rewrite moves the spills down, shrinks every size statement, keeps the alloca.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck %s < %t.ll
; The rewritten offsets, once instcombine has folded the adjustment GEPs:
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack,function(instcombine)' -S %s \
; RUN:   | FileCheck --check-prefix=FOLD %s
;
; LLVM's frame (%f.Frame = { ptr, ptr, i64, i64, i64, i64, i1 }): resume@0
; destroy@8 promise@16, alloca %x@24, %a@32, %b@40, index(i1)@48: 49 bytes,
; 56 with the alignment.
; Liveness: %a is spilled in the ramp and last read in r0: live across
; suspend 0 only. %x is written in r0 and read in r1: live across suspend 1
; only. %b is defined in r0 and read after suspend 1 (r1, and cleanup1 on
; the destroy path): live across suspend 1 only. The index: across both.
; First fit, largest first (all 8 bytes, ties by old offset): %x stays at
; 24; %a does not meet %x: 24; %b meets %x: 32; the index meets both: 40.
; End 41, rounded to 8: 48. So only %a (-8), %b (-8) and the index (-8) move.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; REPORT: coro-frames: f status=packed frame=56 align=8 bound=48 packed=48
; REPORT: slot #3 field=3 {{.*}}off=24 size=8 align=8 new=24 live={1}{{$}}
; REPORT: slot #4 field=4 spill off=32 size=8 align=8 new=24 live={0}{{$}}
; REPORT: slot #5 field=5 spill off=40 size=8 align=8 new=32 live={1}{{$}}
; REPORT: slot #6 field=6 index off=48 size=1 align=1 new=40 live={0,1}{{$}}

; The ramp: allocation and sized free state 48; each moved root GEP of
; CoroSplit is now one in-bounds byte GEP to the slot's new offset.
; CHECK-LABEL: define ptr @f()
; CHECK: call ptr @malloc(i64 48)
; CHECK: %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
; CHECK: %a.spill.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; CHECK-NEXT: store i64 %a, ptr %a.spill.addr
; CHECK: %index.addr{{[0-9]*}} = getelementptr inbounds i8, ptr %hdl, i64 40
; CHECK: call void @sized_free(ptr %mem, i64 48)
; CHECK: ret ptr %hdl

; CHECK-LABEL: define internal fastcc void @f.resume(ptr noundef nonnull align 8 dereferenceable(48) %hdl)
; CHECK: %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
; CHECK: %index.addr = getelementptr inbounds i8, ptr %hdl, i64 40
; CHECK: %a.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; CHECK: %b.spill.addr = getelementptr inbounds i8, ptr %hdl, i64 32
; CHECK: store i64 %c, ptr %x.reload.addr
; CHECK: call void @sized_free(ptr %hdl, i64 48)

; In .destroy, r0 is unreachable (CoroSplit's `switch i8 1` never goes
; there): code no path reaches is left as LLVM laid it out, for SimplifyCFG
; to delete.
; CHECK-LABEL: define internal fastcc void @f.destroy(ptr noundef nonnull align 8 dereferenceable(48) %hdl)
; CHECK: switch i8 1, label %suspend [
; CHECK: r0:
; CHECK-NEXT: %a.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
; CHECK: cleanup1:
; CHECK-NEXT: %b.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 32
; CHECK: call void @sized_free(ptr %hdl, i64 48)

; CHECK-LABEL: define internal fastcc void @f.cleanup(ptr noundef nonnull align 8 dereferenceable(48) %hdl)
; CHECK: cleanup1:
; CHECK-NEXT: %b.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 32

; The ramp is marked so that it is never packed twice.
; CHECK: attributes #0 = { "coropack"="packed" }

; FOLD-LABEL: define ptr @f()
; FOLD: call ptr @malloc(i64 48)
; FOLD: %a.spill.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; FOLD-NEXT: store i64 %a, ptr %a.spill.addr
; FOLD: %index.addr{{[0-9]*}} = getelementptr inbounds nuw i8, ptr %hdl, i64 40
; FOLD-NEXT: store i1 false
; FOLD-LABEL: define internal fastcc void @f.resume(
; FOLD: %x.reload.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; FOLD: %index.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 40
; FOLD: %a.reload.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; FOLD: %b.spill.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 32
; FOLD: store i64 %c, ptr %x.reload.addr
; FOLD: %index.addr7 = getelementptr inbounds nuw i8, ptr %hdl, i64 40
; FOLD-NEXT: store i1 true
; FOLD: %b.reload.addr4 = getelementptr inbounds nuw i8, ptr %hdl, i64 32
; FOLD: %xv = load i64, ptr %x.reload.addr
; FOLD-LABEL: define internal fastcc void @f.destroy(
; FOLD: %index.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 40
; FOLD: %b.reload.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 32
; FOLD-LABEL: define internal fastcc void @f.cleanup(
; FOLD: %index.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 40
; FOLD: %b.reload.addr = getelementptr inbounds nuw i8, ptr %hdl, i64 32

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %x = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %a = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @use(i64 %a)
  %b = call i64 @get()
  %c = call i64 @get()
  store i64 %c, ptr %x
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup1]
r1:
  %xv = load i64, ptr %x
  call void @use(i64 %xv)
  call void @use(i64 %b)
  br label %cleanup
cleanup1:
  call void @use(i64 %b)
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
