; Frames bigger than 4 GiB: offsets, sizes, bounds and size statements are
; 64-bit everywhere (report, JSON, remarks, rewritten IR), and never larger.
;   big  [5000000000 x i8] live across suspend 0 only, [64 x i8] across
;        suspend 1 only: they overlap, 5000000104 -> 5000000040.
;   two  [5000000000 x i8] and [6000000000 x i8] never live together:
;        11000000040 -> 6000000040 (above 2^32 both before and after).
;   esc  the 5 GB array escapes into @fill: live everywhere, nothing moves.
;
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames><json>' -disable-output %s 2>&1 | FileCheck --check-prefix=PJSON %s
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack' -pass-remarks=coro-pack -pass-remarks-analysis=coro-frames -disable-output %s 2>&1 | FileCheck --check-prefix=REM %s
; The packed-size check script of test/pack reads the same reports: never larger.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<json>' -disable-output %s 2>%t.json
; RUN: FileCheck --check-prefix=JSON %s < %t.json
; RUN: %python -c "import json,sys; r=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]; assert len(r)==3, r; assert all(x['packed_size']<=x['frame_size'] for x in r); print('\n'.join('%%s %%d %%d'%%(x['coroutine'],x['frame_size'],x['packed_size']) for x in r))" %t.json | FileCheck --check-prefix=SIZES %s
; default<O2>: SROA removes the arrays only touched at constant offsets; the
; escaped one stays, and the frame is still reported with 64-bit sizes.
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
; RUN: FileCheck --check-prefix=O2IR %s < %t.O2.ll
;
; REPORT-LABEL: coro-frames: big status=packed frame=5000000104 align=16 bound=5000000040 packed=5000000040 header=24 maxlive=5000000009 slots=7 suspends=3
; REPORT:       slot #3 field=3 alloca off=24 size=64 align=1 new=24 live={2}{{$}}
; REPORT-NEXT:  slot #4 field=4 spill off=88 size=8 align=8 new=5000000024 live={0,2}{{$}}
; REPORT-NEXT:  slot #5 field=5 alloca off=96 size=5000000000 align=1 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #6 field=6 index off=5000000096 size=1 align=1 new=5000000032 live={0,1,2}{{$}}
; REPORT-NEXT:  states alloc-size=5000000104 in big
; REPORT-NEXT:  states param-dereferenceable=5000000112 in big.resume
; REPORT-LABEL: coro-frames: two status=packed frame=11000000040 align=16 bound=6000000040 packed=6000000040
; REPORT:       slot #3 field=3 alloca off=24 size=6000000000 align=1 new=24 live={2}{{$}}
; REPORT-NEXT:  slot #4 field=4 spill off=6000000024 size=8 align=8 new=6000000024 live={0,2}{{$}}
; REPORT-NEXT:  slot #5 field=5 alloca off=6000000032 size=5000000000 align=1 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #6 field=6 index off=11000000032 size=1 align=1 new=6000000032 live={0,1,2}{{$}}
; REPORT-LABEL: coro-frames: esc status=analyzed frame=5000000104 align=16 bound=5000000104 packed=5000000104
; REPORT:       slot #5 field=5 alloca off=96 size=5000000000 align=1 new=96 escaped live={0,1,2}{{$}}
;
; IR-LABEL: define ptr @big()
; IR:       call ptr @malloc(i64 5000000040)
; IR:       %huge.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; IR:       %last = getelementptr inbounds [5000000000 x i8], ptr %huge.reload.addr, i64 0, i64 4999999999
; IR:       %d.spill.addr = getelementptr inbounds i8, ptr %hdl, i64 5000000024
; IR:       getelementptr inbounds i8, ptr %hdl, i64 5000000032
; IR-LABEL: define ptr @two()
; IR:       call ptr @malloc(i64 6000000040)
; IR:       %huge.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; IR:       getelementptr inbounds i8, ptr %hdl, i64 6000000032
; IR-LABEL: define ptr @esc()
; IR:       call ptr @malloc(i64 5000000104)
; IR-LABEL: define internal fastcc void @big.resume(ptr noundef nonnull align 16 dereferenceable(5000000040) %hdl)
; IR-LABEL: define internal fastcc void @two.resume(ptr noundef nonnull align 16 dereferenceable(6000000040) %hdl)
; IR-LABEL: define internal fastcc void @esc.resume(ptr noundef nonnull align 16 dereferenceable(5000000112) %hdl)
;
; PJSON: {"coroutine":"two","status":"analyzed","reason":null,{{.*}}"frame_size":11000000040,"frame_align":16,"packed_size":11000000040,"lower_bound":6000000040,
; JSON: {"coroutine":"two","status":"packed","reason":null,{{.*}}"frame_size":11000000040,"frame_align":16,"packed_size":6000000040,"lower_bound":6000000040,
; JSON-SAME: {"field":5,"kind":"alloca","offset":6000000032,"size":5000000000,
;
; REM: remark: {{.*}}packed coroutine frame of big: 5000000104 -> 5000000040 bytes (lower bound 5000000040)
; REM: remark: {{.*}}packed coroutine frame of two: 11000000040 -> 6000000040 bytes (lower bound 6000000040)
; REM: remark: {{.*}}coroutine frame of esc: 5000000104 bytes, lower bound 5000000104
;
; SIZES: big 5000000104 5000000040
; SIZES: two 11000000040 6000000040
; SIZES: esc 5000000104 5000000104
;
; O2: coro-frames: esc status=analyzed frame=5000000040 align=16 bound=5000000040 packed=5000000040
; O2IR-LABEL: define {{.*}}@esc()
; O2IR: call {{.*}}ptr @malloc(i64 5000000040)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define ptr @big() presplitcoroutine {
entry:
  %promise = alloca i64
  %huge = alloca [5000000000 x i8], align 16
  %small = alloca [64 x i8], align 8
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %last = getelementptr inbounds [5000000000 x i8], ptr %huge, i64 0, i64 4999999999
  store i8 7, ptr %last
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %v = load i8, ptr %last
  call void @use8(i8 %v)
  call void @llvm.memset.p0.i64(ptr %small, i8 1, i64 64, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %w = load i8, ptr %small
  call void @use8(i8 %w)
  call void @use(i64 %d)
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

define ptr @two() presplitcoroutine {
entry:
  %promise = alloca i64
  %huge = alloca [5000000000 x i8], align 16
  %small = alloca [6000000000 x i8], align 8
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %last = getelementptr inbounds [5000000000 x i8], ptr %huge, i64 0, i64 4999999999
  store i8 7, ptr %last
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %v = load i8, ptr %last
  call void @use8(i8 %v)
  call void @llvm.memset.p0.i64(ptr %small, i8 1, i64 6000000000, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %w = load i8, ptr %small
  call void @use8(i8 %w)
  call void @use(i64 %d)
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

define ptr @esc() presplitcoroutine {
entry:
  %promise = alloca i64
  %huge = alloca [5000000000 x i8], align 16
  %small = alloca [64 x i8], align 8
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %last = getelementptr inbounds [5000000000 x i8], ptr %huge, i64 0, i64 4999999999
  store i8 7, ptr %last
  call void @fill(ptr %huge)
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %v = load i8, ptr %last
  call void @fill(ptr %huge)
  call void @use8(i8 %v)
  call void @llvm.memset.p0.i64(ptr %small, i8 1, i64 64, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %w = load i8, ptr %small
  call void @use8(i8 %w)
  call void @use(i64 %d)
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
declare i64 @get()
declare void @use(i64)
declare void @use8(i8)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @fill(ptr)
