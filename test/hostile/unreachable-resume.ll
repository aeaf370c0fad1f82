; Unreachable resume targets: a suspend whose resume edge leads to
; `unreachable` (it can only be destroyed), and a coroutine whose every
; suspend edge is unreachable. Both must be analysed without crashing and
; pass -verify-each; @ur packs, and runs (lli) as LLVM's layout does.
;
; @ur: suspend "first" (s0) only ever destroyed: %d is live across it (the
; destroy path reads it), %buf is not (the unreachable resume block only
; stores to it). Suspend "second" (s1): %buf (memset first) and %n live.
; Final: %e. s0 and s1 are on exclusive paths, so %d shares %buf's bytes;
; %e (defined after %buf's last read) does too: 120 -> 104.
; @allunr: the spill is live across its suspend; nothing can move.
;
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
; Execution: the packed coroutine prints what LLVM's layout prints.
; RUN: llvm-link %s %S/Inputs/unreachable-main.ll -o %t.linked.bc
; RUN: opt -passes='coro-early,cgscc(coro-split),coro-cleanup' %t.linked.bc -o %t.run0.bc
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>,coro-cleanup' -verify-each %t.linked.bc -o %t.run1.bc 2>%t.run1.report
; RUN: FileCheck --check-prefix=LINKED %s < %t.run1.report
; RUN: lli %t.run0.bc > %t.out0
; RUN: lli %t.run1.bc > %t.out1
; RUN: diff %t.out0 %t.out1
; RUN: FileCheck --check-prefix=EXEC %s < %t.out1
; Packed at O2 too, and the same output.
; RUN: opt -passes='default<O2>' %t.linked.bc -o %t.runO2a.bc
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each %t.linked.bc -o %t.runO2b.bc 2>%t.O2linked.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2linked.report
; RUN: lli %t.runO2a.bc > %t.outO2a
; RUN: lli %t.runO2b.bc > %t.outO2b
; RUN: diff %t.outO2a %t.outO2b
; RUN: FileCheck --check-prefix=EXEC %s < %t.outO2b
;
; REPORT-LABEL: coro-frames: ur status=packed frame=120 align=8 bound=104 packed=104 header=24 maxlive=73 slots=8 suspends=3
; REPORT-NEXT:  functions: ramp=ur resume=ur.resume destroy=ur.destroy cleanup=ur.cleanup
; REPORT-NEXT:  suspend #0 index=1 in ramp
; REPORT-NEXT:  suspend #1 index=0 in ramp
; REPORT-NEXT:  suspend #2 index=final in resume
; REPORT:       slot #3 field=3 alloca off=24 size=64 align=8 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #4 field=4 spill off=88 size=8 align=8 new=88 live={0}{{$}}
; REPORT-NEXT:  slot #5 field=5 spill off=96 size=8 align=8 new=24 live={1}{{$}}
; REPORT-NEXT:  slot #6 field=6 spill off=104 size=8 align=8 new=24 live={2}{{$}}
; REPORT-NEXT:  slot #7 field=7 index off=112 size=1 align=1 new=96 live={0,1,2}{{$}}
; REPORT-LABEL: coro-frames: allunr status=analyzed frame=40 align=8 bound=40 packed=40
; REPORT:       slot #3 field=3 spill off=24 size=8 align=8 new=24 live={0}{{$}}
;
; IR-LABEL: define ptr @ur(
; IR:       call ptr @malloc(i64 104)
; IR-LABEL: define ptr @allunr(
; IR:       call ptr @malloc(i64 40)
;
; O2: coro-frames: ur status=packed frame=120 align=8
; O2: coro-frames: allunr status=analyzed frame=40
; LINKED: coro-frames: ur status=packed frame=120 align=8 bound=104 packed=104
; EXEC:      10
; EXEC-NEXT: 0
; EXEC-NEXT: 30
; EXEC-NOT: {{.}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Suspend 0 can never be resumed (its resume target is unreachable), only
; destroyed; %d is read on that destroy path.  Suspend 1 is normal.
define ptr @ur(i64 %n) presplitcoroutine {
entry:
  %promise = alloca i64
  %buf = alloca [8 x i64], align 8
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %d = call i64 @get()
  %c = icmp eq i64 %n, 0
  br i1 %c, label %first, label %second
first:
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %never
                                 i8 1, label %destroyed0]
never:
  store i64 1, ptr %buf
  unreachable
destroyed0:
  call void @use(i64 %d)
  br label %cleanup
second:
  call void @llvm.memset.p0.i64(ptr %buf, i8 0, i64 64, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %p = getelementptr inbounds [8 x i64], ptr %buf, i64 0, i64 %n
  %x = load i64, ptr %p
  call void @use(i64 %x)
  %e = call i64 @get()
  %sf = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %sf, label %suspend [i8 0, label %unr
                                 i8 1, label %destroyedf]
unr:
  unreachable
destroyedf:
  call void @use(i64 %e)
  br label %cleanup
cleanup:
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}

; Every suspend's resume and destroy targets are unreachable: once
; suspended, the coroutine may only be abandoned.
define ptr @allunr(i64 %n) presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %unr
                                 i8 1, label %unr]
unr:
  call void @use(i64 %d)
  unreachable
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
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
