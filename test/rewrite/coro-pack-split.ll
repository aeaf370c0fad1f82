; A frame field CoroSplit shares between allocas is split into one slot per
; alloca, and a call outside an escaped alloca's scope ends its use.
;
; %big lives across suspend 0, %left and %right across suspend 1; all three
; escape into @fill and @sum. LLVM's lifetime-marker colouring gives %big and
; %left one 1000-byte field at 24 and %right its own at 1024 (1632 bytes).
; coropack splits the shared field (the pre-split tags name the alloca of
; every access), and since @fill(%left) and @fill(%right) run after %big's
; scope has ended, %right may take %big's bytes past %left: 1232 bytes, at
; the bound.
;
; The pre-split records: each call of unknown code names the allocas in
; whose scope it is (@malloc: none; @fill(%big): %big; @fill(%left) and
; @fill(%right): %left and %right, not %big).
; RUN: %opt -passes=coro-pack-presplit -S %s | FileCheck --check-prefix=TAGS %s
; TAGS:      call ptr @malloc({{.*}} !coropack.inscope ![[NONE:[0-9]+]]
; TAGS:      call void @fill(ptr %big, {{.*}} !coropack.scope ![[BIG:[0-9]+]], !coropack.inscope ![[INBIG:[0-9]+]]
; TAGS:      call void @fill(ptr %left, {{.*}} !coropack.scope ![[L:[0-9]+]], !coropack.inscope ![[INLR:[0-9]+]]
; TAGS:      call void @fill(ptr %right, {{.*}} !coropack.scope ![[R:[0-9]+]], !coropack.inscope ![[INLR]]
; TAGS-DAG:  ![[NONE]] = !{ptr @f}
; TAGS-DAG:  ![[INBIG]] = !{ptr @f, ![[BIG]]}
; TAGS-DAG:  ![[INLR]] = !{ptr @f, ![[L]], ![[R]]}
;
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split<reuse-storage>),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
;
; REPORT-LABEL: coro-frames: f status=packed frame=1632 align=8 bound=1232 packed=1232
; REPORT:       suspend #0 index=0 in ramp
; REPORT:       suspend #2 index=1 in resume
; REPORT:       slot #3 field=3 alloca off=24 size=1000 align=1 new=24 shared=2 live={}
; REPORT-NEXT:  slot #4 field=4 alloca off=1024 size=600 align=1 new=624 escaped scoped live={2}
; REPORT-NEXT:  slot #5 field=5 index off=1624 size=1 align=1 new=1224
; REPORT-NEXT:  slot #6 field=3 alloca off=24 size=1000 align=1 new=24 escaped scoped of=#3 live={0}
; REPORT-NEXT:  slot #7 field=3 alloca off=24 size=600 align=1 new=24 escaped scoped of=#3 live={2}
; REPORT:       states alloc-size=1632 in f
;
; The allocation shrinks; the shared field's root stays, each alloca's uses
; get their own root.
; IR-LABEL: define ptr @f(
; IR:         call ptr @malloc(i64 1232)
; IR-LABEL: define internal fastcc void @f.resume(
; IR:         call void @sum(ptr {{.*}}%[[BIG:[a-z.0-9]+]], i64 1000)
; IR:         call void @fill(ptr {{.*}}%[[L:[a-z.0-9]+]], i64 600)
; IR:         call void @fill(ptr {{.*}}%[[R:[a-z.0-9]+]], i64 600)
; IR-NOT:   define
; IR:         call void @sum(ptr {{.*}}%[[L]], i64 600)
; IR:         call void @sum(ptr {{.*}}%[[R]], i64 600)
;
; Run the program with and without coropack: the same output.
; RUN: llvm-link %s %S/Inputs/split-main.ll -o %t.linked.bc
; RUN: opt -passes='coro-early,cgscc(coro-split<reuse-storage>),coro-cleanup' %t.linked.bc -o %t.run0.bc
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split<reuse-storage>),coro-pack,coro-cleanup' %t.linked.bc -o %t.run1.bc
; RUN: lli %t.run0.bc > %t.out0
; RUN: lli %t.run1.bc > %t.out1
; RUN: diff %t.out0 %t.out1
; RUN: FileCheck --check-prefix=OUT %s < %t.out1
; OUT:      sum 1000 = 66693404
; OUT-NEXT: sum 600 = 21695440
; OUT-NEXT: sum 600 = 21680156
;
; The default pipeline splits it too, and leaves none of its records behind.
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
; RUN: FileCheck --check-prefix=STRIP %s < %t.O2.ll
; O2: coro-frames: f status=packed frame=1632 {{.*}} packed=1232
; STRIP-NOT: coropack.scope
; STRIP-NOT: coropack.resume
; STRIP-NOT: coropack.inscope
; STRIP-NOT: coropack.tags

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @fill(ptr, i64)
declare void @sum(ptr, i64)

define ptr @f(i32 %seed) presplitcoroutine {
entry:
  %promise = alloca i64
  %big = alloca [1000 x i8], align 1
  %left = alloca [600 x i8], align 1
  %right = alloca [600 x i8], align 1
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.lifetime.start.p0(ptr %big)
  call void @fill(ptr %big, i64 1000)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %one
                                 i8 1, label %cleanup0]
cleanup0:
  call void @llvm.lifetime.end.p0(ptr %big)
  br label %cleanup
one:
  call void @sum(ptr %big, i64 1000)
  call void @llvm.lifetime.end.p0(ptr %big)
  call void @llvm.lifetime.start.p0(ptr %left)
  call void @llvm.lifetime.start.p0(ptr %right)
  call void @fill(ptr %left, i64 600)
  call void @fill(ptr %right, i64 600)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %two
                                 i8 1, label %cleanup1]
cleanup1:
  call void @llvm.lifetime.end.p0(ptr %left)
  call void @llvm.lifetime.end.p0(ptr %right)
  br label %cleanup
two:
  call void @sum(ptr %left, i64 600)
  call void @sum(ptr %right, i64 600)
  call void @llvm.lifetime.end.p0(ptr %left)
  call void @llvm.lifetime.end.p0(ptr %right)
  %s2 = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %s2, label %suspend [i8 0, label %trap
                                 i8 1, label %cleanup]
trap:
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
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
