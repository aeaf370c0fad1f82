; Symmetric transfer: await_suspend returns a coroutine_handle
; (llvm.coro.await.suspend.handle, what clang emits for it), so CoroSplit ends
; each such suspend in the clones with
;   %h = call ptr @wrap(...); %fn = llvm.coro.subfn.addr(%h, 0)
;   musttail call fastcc void %fn(ptr %h); ret void
; The family packs (two arrays never live together, 184 -> 112; the awaiter
; %aw, whose address @wrap receives, is escaped and moves to 88). The musttail
; calls must survive unchanged in number and shape (musttail must stay right
; before the ret), the verifier must accept every step, the backend must
; accept the calls, and the packed code must run as LLVM's layout does.
;
; RUN: opt -passes='coro-early,cgscc(coro-split)' -S %s -o %t.base.ll
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: grep -c 'musttail call fastcc void' %t.base.ll > %t.n.base
; RUN: grep -c 'musttail call fastcc void' %t.ll > %t.n.pack
; RUN: diff %t.n.base %t.n.pack
; RUN: FileCheck --check-prefix=COUNT %s < %t.n.pack
; RUN: opt -passes=coro-cleanup %t.ll -o %t.lowered.bc
; RUN: llc -O2 -filetype=null %t.lowered.bc
;
; default<O2>: packed, the musttail calls survive, codegen accepts them.
; RUN: opt -passes='default<O2>' -S %s -o %t.O2.base.ll
; RUN: env COROPACK_REPORT=text %opt -passes='default<O2>' -verify-each -S %s -o %t.O2.ll 2>%t.O2.report
; RUN: FileCheck --check-prefix=O2 %s < %t.O2.report
; RUN: grep -c 'musttail call fastcc void' %t.O2.base.ll > %t.n.O2.base
; RUN: grep -c 'musttail call fastcc void' %t.O2.ll > %t.n.O2.pack
; RUN: diff %t.n.O2.base %t.n.O2.pack
; RUN: FileCheck --check-prefix=O2IR %s < %t.O2.ll
; RUN: llc -O2 -filetype=null %t.O2.ll
;
; Execution (lli): each transfer resumes an llvm.coro.noop coroutine.
; RUN: llvm-link %s %S/Inputs/musttail-main.ll -o %t.linked.bc
; RUN: opt -passes='coro-early,cgscc(coro-split),coro-cleanup' %t.linked.bc -o %t.run0.bc
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack,coro-cleanup' -verify-each %t.linked.bc -o %t.run1.bc
; RUN: llvm-dis %t.run1.bc -o - | FileCheck --check-prefix=LINKED %s
; RUN: lli %t.run0.bc > %t.out0
; RUN: lli %t.run1.bc > %t.out1
; RUN: diff %t.out0 %t.out1
; RUN: FileCheck --check-prefix=EXEC %s < %t.out1
;
; REPORT-LABEL: coro-frames: f status=packed frame=184 align=8 bound=112 packed=112
; REPORT:       slot #3 field=3 alloca off=24 size=8 align=8 new=88 escaped live={1,2}{{$}}
; REPORT:       slot #6 field=6 alloca off=48 size=64 align=4 new=24 live={0}{{$}}
; REPORT-NEXT:  slot #7 field=7 alloca off=112 size=64 align=4 new=24 live={1}{{$}}
;
; IR-LABEL: define internal fastcc void @f.resume(ptr noundef nonnull align 8 dereferenceable(112) %hdl)
; IR:       %aw.reload.addr = getelementptr inbounds i8, ptr %hdl, i64 88
; IR:       [[H1:%[0-9]+]] = call ptr @wrap(ptr %aw.reload.addr, ptr %hdl)
; IR-NEXT:  [[F1:%[0-9]+]] = call ptr @llvm.coro.subfn.addr(ptr [[H1]], i8 0)
; IR-NEXT:  musttail call fastcc void [[F1]](ptr [[H1]])
; IR-NEXT:  ret void
; IR:       [[H2:%[0-9]+]] = call ptr @wrap(ptr %aw.reload.addr, ptr %hdl)
; IR-NEXT:  [[F2:%[0-9]+]] = call ptr @llvm.coro.subfn.addr(ptr [[H2]], i8 0)
; IR-NEXT:  musttail call fastcc void [[F2]](ptr [[H2]])
; IR-NEXT:  ret void
; IR-LABEL: define internal fastcc void @f.destroy(
;
; COUNT: {{^[1-9][0-9]*$}}
; O2: coro-frames: f status=packed frame=184 align=8
; O2IR-LABEL: define internal fastcc void @f.resume(
; O2IR:       musttail call fastcc void %{{[0-9]+}}(ptr {{.*}})
; O2IR-NEXT:  ret void
; LINKED: musttail call fastcc void
; EXEC:      1
; EXEC-NEXT: 2
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NEXT: 0
; EXEC-NOT: {{.}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; await_suspend(h) returning coroutine_handle: the awaiter holds the handle to
; transfer to.
define internal ptr @wrap(ptr %aw, ptr %frame) {
  %next = load ptr, ptr %aw
  ret ptr %next
}

define ptr @f(i64 %i, i64 %j) presplitcoroutine {
entry:
  %promise = alloca i64
  %aw = alloca ptr, align 8
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
  %n1 = call ptr @next()
  store ptr %n1, ptr %aw
  %sv1 = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.handle(ptr %aw, ptr %hdl, ptr @wrap)
  %s1 = call i8 @llvm.coro.suspend(token %sv1, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %qb = getelementptr inbounds [16 x i32], ptr %b, i64 0, i64 %i
  %vb = load i32, ptr %qb
  call void @use(i32 %vb)
  %n2 = call ptr @next()
  store ptr %n2, ptr %aw
  %svf = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.handle(ptr %aw, ptr %hdl, ptr @wrap)
  %sf = call i8 @llvm.coro.suspend(token %svf, i1 true)
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
declare token @llvm.coro.save(ptr)
declare void @llvm.coro.await.suspend.handle(ptr, ptr, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare void @use(i32)
declare ptr @next()
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
