; Over-aligned frame slots (alignas(64) and alignas(4096) arrays, reached
; through variable indices) and an aligned allocation (aligned_alloc with
; llvm.coro.align). The packed layout must keep every moved slot at a multiple
; of its alignment, the allocation's alignment argument and the clones'
; align(N) must stay, and the size statements must shrink together.
;   @al64  %a (align 64) live across suspend 0, %b (align 64) across suspend 2:
;          LLVM's 192-byte frame (a@64, b@128) packs to 128 with b@64.
;   @al4k  the same with align 4096: 8256 (a@4096, b@8192) -> 4160, b@4096.
;
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; The four over-aligned arrays (size=64 align=4 in the report; their old
; offsets are multiples of 64): every new offset is a multiple of 64, and of
; 4096 in @al4k.
; RUN: %python %S/Inputs/check-align.py %t.report al64=64 al4k=4096 | FileCheck --check-prefix=ALIGNED %s
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
;
; REPORT-LABEL: coro-frames: al64 status=packed frame=192 align=64 bound=112 packed=128
; REPORT:       slot #7 field=7 alloca off=64 size=64 align=4 new=64 live={0}{{$}}
; REPORT-NEXT:  slot #8 field=8 alloca off=128 size=64 align=4 new=64 live={2}{{$}}
; REPORT-NEXT:  states alloc-size=192 in al64
; REPORT:       states param-align=64 in al64.resume
; REPORT-LABEL: coro-frames: al4k status=packed frame=8256 align=4096 bound=112 packed=4160
; REPORT:       slot #7 field=7 alloca off=4096 size=64 align=4 new=4096 live={0}{{$}}
; REPORT:       slot #9 field=9 alloca off=8192 size=64 align=4 new=4096 live={2}{{$}}
; REPORT-NEXT:  states alloc-size=8256 in al4k
; REPORT:       states param-align=4096 in al4k.resume
;
; IR-LABEL: define ptr @al64(
; IR:       call ptr @aligned_alloc(i64 64, i64 128)
; IR:       %b.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 64
; IR-LABEL: define ptr @al4k(
; IR:       call ptr @aligned_alloc(i64 4096, i64 4160)
; IR:       %b.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 4096
; IR-LABEL: define internal fastcc void @al64.resume(ptr noundef nonnull align 64 dereferenceable(128) %hdl)
; IR-LABEL: define internal fastcc void @al4k.resume(ptr noundef nonnull align 4096 dereferenceable(4160) %hdl)
;
; ALIGNED: aligned 4 misaligned 0
; O2: coro-frames: al64 status=packed frame=192 align=64
; O2: coro-frames: al4k status=packed frame=8256 align=4096

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global ptr null

define ptr @al64(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 64
  %b = alloca [16 x i32], align 64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %align = call i64 @llvm.coro.align.i64()
  %alloc = call ptr @aligned_alloc(i64 %align, i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr align 64 %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  call void @llvm.memset.p0.i64(ptr align 64 %b, i8 0, i64 64, i1 false)
  %pb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %j
  store i32 2, ptr %pb
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %qb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %i
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

define ptr @al4k(i64 %i, i64 %j) presplitcoroutine {
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
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  call void @llvm.memset.p0.i64(ptr align 4096 %b, i8 0, i64 64, i1 false)
  %pb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %j
  store i32 2, ptr %pb
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %qb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %i
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
