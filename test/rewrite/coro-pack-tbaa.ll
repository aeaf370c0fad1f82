; A long and a double alloca that end up sharing frame bytes lose !tbaa, !alias.scope and !noalias on every access; an int alloca that shares nothing keeps them.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck %s < %t.ll
;
; %l (i64, TBAA "long") is written in the ramp and read after suspend 0;
; %d (double, TBAA "double") is written after that read and read after
; suspend 1. They are never in use at one point, so they share bytes, and a
; pass trusting the two TBAA types (or the scopes) could move the store of
; %d above the last load of %l. %k (i32, TBAA "int") is in use across both
; suspends, so it overlaps nothing and keeps its metadata.
; Frame: resume@0 destroy@8 promise@16, %l@24, %d@32, %k@40, index(i1)@44:
; 45 -> 48. Packed: %l and %d at 24 (largest first: 8-byte slots, ties by
; old offset), %k at 32, index at 36: 37 -> 40. (discover.c calls a scalar
; alloca slot a "spill": the kind is guessed from the field type.)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; REPORT: coro-frames: f status=packed frame=48 {{.*}}packed=40
; REPORT: slot #3 field=3 {{spill|alloca}} off=24 size=8 align=8 new=24 live={0}{{$}}
; REPORT: slot #4 field=4 {{spill|alloca}} off=32 size=8 align=8 new=24 live={1}{{$}}
; REPORT: slot #5 field=5 {{spill|alloca}} off=40 size=4 align=4 new=32 live={0,1}{{$}}

; The ramp runs only up to suspend 0: its entry accesses are checked. (The
; ramp, .destroy and .cleanup still hold CoroSplit's copy of r0 behind a
; constant switch that never goes there; coropack does not visit such blocks,
; so their accesses keep their metadata, which is harmless in dead code.)
; CHECK-LABEL: define ptr @f()
; CHECK: store i64 %v, ptr %l.reload.addr, align 8{{$}}
; CHECK-NEXT: store i32 7, ptr %k.reload.addr, align 4, !tbaa [[INT:![0-9]+]], !alias.scope [[SK:![0-9]+]]{{$}}
; CHECK-LABEL: define internal fastcc void @f.resume(
; CHECK: r0:
; CHECK-NEXT: %lv = load i64, ptr %l.reload.addr, align 8{{$}}
; CHECK-NEXT: store double 2.500000e+00, ptr %d.reload.addr, align 8{{$}}
; CHECK-NEXT: %kv = load i32, ptr %k.reload.addr, align 4, !tbaa [[INT]], !noalias [[SKR:![0-9]+]]{{$}}
; CHECK: r1:
; CHECK-NEXT: %dv = load double, ptr %d.reload.addr, align 8{{$}}
; CHECK-NEXT: %kv2 = load i32, ptr %k.reload.addr, align 4, !tbaa [[INT]]{{$}}
; CHECK-LABEL: define internal fastcc void @f.destroy(
; CHECK: r1:
; CHECK-NEXT: %dv = load double, ptr %d.reload.addr, align 8{{$}}
; CHECK-NEXT: %kv2 = load i32, ptr %k.reload.addr, align 4, !tbaa [[INT]]{{$}}
; CHECK-LABEL: define internal fastcc void @f.cleanup(
; CHECK: r1:
; CHECK-NEXT: %dv = load double, ptr %d.reload.addr, align 8{{$}}
; CHECK-NEXT: %kv2 = load i32, ptr %k.reload.addr, align 4, !tbaa [[INT]]{{$}}
; CHECK: [[INT]] = !{[[INTT:![0-9]+]], [[INTT]], i64 0}
; CHECK: [[INTT]] = !{!"int",

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %l = alloca i64
  %d = alloca double
  %k = alloca i32
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %v = call i64 @get()
  store i64 %v, ptr %l, !tbaa !4, !alias.scope !12
  store i32 7, ptr %k, !tbaa !7, !alias.scope !13
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %lv = load i64, ptr %l, !tbaa !4, !noalias !13
  store double 2.5, ptr %d, !tbaa !9, !noalias !12
  %kv = load i32, ptr %k, !tbaa !7, !noalias !12
  call void @use(i64 %lv)
  call void @usei(i32 %kv)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %dv = load double, ptr %d, !tbaa !9
  %kv2 = load i32, ptr %k, !tbaa !7
  call void @used(double %dv)
  call void @usei(i32 %kv2)
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
declare void @usei(i32)
declare void @used(double)

!0 = !{!"Simple C++ TBAA"}
!1 = !{!"omnipotent char", !0, i64 0}
!3 = !{!"long", !1, i64 0}
!4 = !{!3, !3, i64 0}
!6 = !{!"int", !1, i64 0}
!7 = !{!6, !6, i64 0}
!8 = !{!"double", !1, i64 0}
!9 = !{!8, !8, i64 0}
!10 = distinct !{!10, !"dom"}
!11 = distinct !{!11, !10, !"s"}
!12 = !{!11}
!14 = distinct !{!14, !10, !"t"}
!13 = !{!14}
