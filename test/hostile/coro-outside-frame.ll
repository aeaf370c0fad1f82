; !coro.outside.frame on an alloca: CoroSplit keeps it out of the frame (each
; clone gets its own alloca) even though it is used across a suspend. coropack
; must not count it as a frame slot nor touch its accesses.
;   @f    %o carries the metadata: the frame holds only %a and %b (8 slots,
;         176 bytes), %o stays an alloca with its GEPs unchanged.
;   @ctl  the same code without the metadata: %o is a third [16 x i32] frame
;         slot (9 slots, 240 bytes), which packs to 176.
;
; Precision note (not a miscompile: the result is conservative): in @f the
; alloca CoroSplit puts at the top of each clone's entry block stops coropack
; from resolving the resume-index dispatch. Every suspend is then taken to
; resume at the clone's entry ("suspend #N -> <entry blocks>" in
; coro-pack<debug>), so %a and %b look live across suspends where they are
; dead, and @f is not packed after a plain coro-split, while @ctl is
; (it would reach 112, as default<O2> does below once the clones are simplified).
;
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<debug>' -disable-output %s 2>&1 | FileCheck --check-prefix=DEBUG %s
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
;
; REPORT-LABEL: coro-frames: f status=analyzed frame=176 align=8 bound=176 packed=176 header=24 maxlive=145 slots=8 suspends=3
; REPORT:       slot #5 field=5 alloca off=40 size=64 align=4 new=40 live={0,2}{{$}}
; REPORT-NEXT:  slot #6 field=6 alloca off=104 size=64 align=4 new=104 live={1,2}{{$}}
; REPORT-NEXT:  slot #7 field=7 index off=168 size=1 align=1
; REPORT-LABEL: coro-frames: ctl status=packed frame=240 align=8 bound=176 packed=176 header=24 maxlive=145 slots=9 suspends=3
; REPORT:       slot #5 field=5 alloca off=40 size=64 align=4 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #6 field=6 alloca off=104 size=64 align=4 new=24 live={2}{{$}}
; REPORT-NEXT:  slot #7 field=7 alloca off=168 size=64 align=4 new=88 live={0}{{$}}
; REPORT-NEXT:  slot #8 field=8 index
;
; The frame types (LLVM's) and the untouched outside-frame alloca:
; IR:           %f.Frame = type { ptr, ptr, i64, i64, i64, [16 x i32], [16 x i32], i2 }
; IR:           %ctl.Frame = type { ptr, ptr, i64, i64, i64, [16 x i32], [16 x i32], [16 x i32], i2 }
; IR-LABEL:     define ptr @f(
; IR:           %o = alloca [16 x i32], align 4, !coro.outside.frame
; IR:           call void @llvm.memset.p0.i64(ptr %o, i8 5, i64 64, i1 false)
; IR-NEXT:      %po = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %i
; IR-NEXT:      store i32 3, ptr %po
; IR-LABEL:     define ptr @ctl(
; IR:           call ptr @malloc(i64 176)
; IR:           %o.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 88
; IR-LABEL:     define internal fastcc void @f.resume(
; IR-NEXT:      entry.resume:
; IR-NEXT:      %o = alloca [16 x i32], align 4, !coro.outside.frame
; IR:           %qo = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %j.reload
;
; DEBUG-LABEL: coropack: graph of f:
; DEBUG:       suspend #0 -> b{{[0-9]+}} b{{[0-9]+}} b{{[0-9]+}}{{$}}
; DEBUG-LABEL: coropack: graph of ctl:
;
; O2: coro-frames: f status=packed frame=176 align=8 bound=112 packed=112
; O2: coro-frames: ctl status=packed frame=240 align=8 bound=176 packed=176

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global ptr null

define ptr @f(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %o = alloca [16 x i32], align 4, !coro.outside.frame !0
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  call void @llvm.memset.p0.i64(ptr %o, i8 5, i64 64, i1 false)
  %po = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %i
  store i32 3, ptr %po
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  %qo = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %j
  %vo = load i32, ptr %qo
  call void @use(i32 %vo)
  call void @llvm.memset.p0.i64(ptr %b, i8 0, i64 64, i1 false)
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

define ptr @ctl(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %o = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  call void @llvm.memset.p0.i64(ptr %o, i8 5, i64 64, i1 false)
  %po = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %i
  store i32 3, ptr %po
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  %qo = getelementptr inbounds [16 x i32], ptr %o, i64 0, i64 %j
  %vo = load i32, ptr %qo
  call void @use(i32 %vo)
  call void @llvm.memset.p0.i64(ptr %b, i8 0, i64 64, i1 false)
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
!0 = !{}
