; Frame array slots reached through variable-index GEPs, and derived pointers
; into them that escape: each family must either pack correctly or be skipped
; with a reason. What happens, per coroutine:
;   f           [16 x i32] %a (live across suspend 0) and %b (live across
;               suspend 1 only: a memset kills it first) are both indexed by
;               runtime values: PACKED, %a and %b share offset 24, 176 -> 112.
;               Checked by executing both versions with lli.
;   esc_global  a variable-index pointer into %a is stored to a global:
;               packed, but %a is escaped and live everywhere, so it shares no
;               byte with %b (24..88 vs 88..152).
;   esc_call    an interior pointer (%a + 4) passed to an opaque call: the same.
;   esc_int     ptrtoint of a variable-index pointer into %a: SKIPPED (reason
;               printed), its functions byte-identical.
;   esc_cmp     icmp of pointers into %a and %b: SKIPPED, byte-identical.
;
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
;
; Skipped families: not one byte changed (llvm-extract of their functions).
; RUN: opt -passes='coro-early,cgscc(coro-split)' %s -o %t.split.bc
; RUN: opt %t.split.bc -o %t.base.bc
; RUN: %opt -passes=coro-pack -pass-remarks-missed=coro-pack %t.split.bc -o %t.pack.bc 2>%t.rem
; RUN: FileCheck --check-prefix=REM %s < %t.rem
; RUN: llvm-extract --rfunc='^esc_int' -S %t.base.bc | sed 1d > %t.int.base.ll
; RUN: llvm-extract --rfunc='^esc_int' -S %t.pack.bc | sed 1d > %t.int.pack.ll
; RUN: diff %t.int.base.ll %t.int.pack.ll
; RUN: llvm-extract --rfunc='^esc_cmp' -S %t.base.bc | sed 1d > %t.cmp.base.ll
; RUN: llvm-extract --rfunc='^esc_cmp' -S %t.pack.bc | sed 1d > %t.cmp.pack.ll
; RUN: diff %t.cmp.base.ll %t.cmp.pack.ll
; ... and the packed ones did change (the comparison above can fail):
; RUN: llvm-extract --rfunc='^f' -S %t.base.bc | sed 1d > %t.f.base.ll
; RUN: llvm-extract --rfunc='^f' -S %t.pack.bc | sed 1d > %t.f.pack.ll
; RUN: not diff -q %t.f.base.ll %t.f.pack.ll
;
; Execution (lli, with a driver that resumes twice and destroys): the packed
; module prints what LLVM's layout prints.
; RUN: llvm-link %s %S/Inputs/varidx-main.ll -o %t.linked.bc
; RUN: opt -passes='coro-early,cgscc(coro-split),coro-cleanup' %t.linked.bc -o %t.run0.bc
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>,coro-cleanup' -verify-each %t.linked.bc -o %t.run1.bc 2>%t.run1.report
; RUN: FileCheck --check-prefix=LINKED %s < %t.run1.report
; RUN: lli %t.run0.bc > %t.out0
; RUN: lli %t.run1.bc > %t.out1
; RUN: diff %t.out0 %t.out1
; RUN: FileCheck --check-prefix=EXEC %s < %t.out1
;
; REPORT-LABEL: coro-frames: f status=packed frame=176 align=8 bound=112 packed=112
; REPORT:       slot #5 field=5 alloca off=40 size=64 align=4 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #6 field=6 alloca off=104 size=64 align=4 new=24 live={2}{{$}}
; REPORT-LABEL: coro-frames: esc_global status=packed frame=176 align=8 bound=168 packed=168
; REPORT:       slot #5 field=5 alloca off=40 size=64 align=4 new=24 escaped live={0,1,2}{{$}}
; REPORT-NEXT:  slot #6 field=6 alloca off=104 size=64 align=4 new=88 live={2}{{$}}
; REPORT-LABEL: coro-frames: esc_call status=packed frame=176 align=8 bound=168 packed=168
; REPORT:       slot #5 field=5 alloca off=40 size=64 align=4 new=24 escaped live={0,1,2}{{$}}
; REPORT-NEXT:  slot #6 field=6 alloca off=104 size=64 align=4 new=88 live={2}{{$}}
; REPORT-LABEL: coro-frames: esc_int status=skipped frame=176 reason="a pointer into frame slot 5 is converted to an integer in esc_int"
; REPORT-LABEL: coro-frames: esc_cmp status=skipped frame=176 reason="frame pointers into different slots are compared in esc_cmp.resume"
;
; REM-DAG: remark: {{.*}}coroutine frame of esc_int left unchanged: a pointer into frame slot 5 is converted to an integer
; REM-DAG: remark: {{.*}}coroutine frame of esc_cmp left unchanged: frame pointers into different slots are compared
;
; IR-LABEL: define ptr @f(
; IR:       call ptr @malloc(i64 112)
; IR-DAG:   %a.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; IR-DAG:   %b.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 24
; IR:       %pa = getelementptr inbounds [16 x i32], ptr %a.reload.addr, i64 0, i64 %i
; IR-LABEL: define ptr @esc_int(
; IR:       call ptr @malloc(i64 176)
; IR-LABEL: define ptr @esc_cmp(
; IR:       call ptr @malloc(i64 176)
; IR-LABEL: define internal fastcc void @f.resume(ptr noundef nonnull align 8 dereferenceable(112) %hdl)
; IR:       %qa = getelementptr inbounds [16 x i32], ptr %a.reload.addr, i64 0, i64 %j.reload
; IR:       %pb = getelementptr inbounds [16 x i32], ptr %b.reload.addr, i64 0, i64 %j.reload
; IR:       %qb = getelementptr inbounds [16 x i32], ptr %b.reload.addr, i64 0, i64 %i.reload
;
; LINKED: coro-frames: f status=packed frame=176 align=8 bound=112 packed=112
; Runs (i, j) = (3, 3), (3, 5), (15, 0): a[j] is 1 and b[i] is 2 only when i == j.
; EXEC:      1
; EXEC-NEXT: 2
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NOT: {{.}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global ptr null

define ptr @f(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
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

define ptr @esc_global(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  store ptr %pa, ptr @g
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
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

define ptr @esc_call(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %in = getelementptr inbounds i8, ptr %a, i64 4
  call void @keep(ptr %in)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
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

define ptr @esc_int(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %pi = ptrtoint ptr %pa to i64
  call void @keepi(i64 %pi)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
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

define ptr @esc_cmp(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %a = alloca [16 x i32], align 4
  %b = alloca [16 x i32], align 4
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 64, i1 false)
  %pa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  store i32 1, ptr %pa
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %qa = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %j
  %va = load i32, ptr %qa
  call void @use(i32 %va)
  call void @llvm.memset.p0.i64(ptr %b, i8 0, i64 64, i1 false)
  %pb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %j
  store i32 2, ptr %pb
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %qa.r = getelementptr inbounds [16 x i32], ptr %a, i64 0, i64 %i
  %qb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %i
  %vb = load i32, ptr %qb
  %c = icmp ult ptr %qb, %qa.r
  call void @usec(i1 %c)
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
declare void @keep(ptr)
declare void @keepi(i64)
declare void @usec(i1)
