; The pre-split records (!coropack.resume, !coropack.scope,
; !coropack.inscope) and the !coropack.tags mark that says a function holds
; some are gone once no coroutine needs them, also where a ramp was inlined.
;
; The CGSCC walk strips a family's records when it handles the family, before
; a caller can inline the ramp: from all the code of the family that runs.
; The ramp's blocks no path reaches (CoroSplit leaves its code after the first
; suspend behind `switch i8 -1`, for SimplifyCFG to delete; no inliner copies
; it) keep theirs, and the ramp its !coropack.tags mark, so that
; coro-pack-strip walks the ramp again, and nothing else.
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split,coro-pack-cgscc)' -S %s | FileCheck --check-prefix=CGSCC %s
; CGSCC-LABEL: define ptr @g(
; CGSCC-NOT: !coropack.
; CGSCC: define internal ptr @f({{.*}} #[[RAMP:[0-9]+]] !coropack.tags
; CGSCC: entry:
; CGSCC-NOT: !coropack.
; CGSCC: switch i8 -1
; CGSCC: !coropack.
; CGSCC-LABEL: define internal fastcc void @f.resume(
; CGSCC-NOT: !coropack.
; CGSCC: attributes #[[RAMP]] = { {{.*}}"coropack"="packed"
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split,coro-pack-cgscc),coro-pack-strip' -S %s | FileCheck --check-prefix=CGSTRIP %s
; CGSTRIP-NOT: !coropack.
; CGSTRIP: attributes #{{[0-9]+}} = { {{.*}}"coropack"="packed"
;
; Without the CGSCC walk the inliner copies the ramp's records into @g (the
; check that the test can fail) ...
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split),always-inline' -S %s | FileCheck --check-prefix=LEAK %s
; LEAK-LABEL: define ptr @g(
; LEAK: call void @fill({{.*}} !coropack.scope
; LEAK: define internal ptr @f({{.*}} !coropack.tags
; LEAK: define internal fastcc void @f.resume({{.*}} !coropack.tags
; ... and coro-pack-strip walks every function, @g included.
; RUN: %opt -passes='coro-pack-presplit,coro-early,cgscc(coro-split),always-inline,coro-pack-strip' -S %s | FileCheck --check-prefix=STRIP %s
; STRIP-LABEL: define ptr @g(
; STRIP: call void @fill(
; STRIP-NOT: coropack.
;
; The default pipeline: nothing left anywhere.
; RUN: %opt -passes='default<O2>' -S %s | FileCheck --check-prefix=O2 %s
; O2-LABEL: define {{.*}} @g(
; O2-NOT: coropack.scope
; O2-NOT: coropack.resume
; O2-NOT: coropack.inscope
; O2-NOT: coropack.tags

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @fill(ptr, i64)
declare void @sum(ptr, i64)

define ptr @g() {
  %h = call ptr @f(i32 1)
  ret ptr %h
}

define internal ptr @f(i32 %seed) alwaysinline presplitcoroutine {
entry:
  %promise = alloca i64
  %big = alloca [1000 x i8], align 1
  %left = alloca [600 x i8], align 1
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
  call void @fill(ptr %left, i64 600)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %two
                                 i8 1, label %cleanup1]
cleanup1:
  call void @llvm.lifetime.end.p0(ptr %left)
  br label %cleanup
two:
  call void @sum(ptr %left, i64 600)
  call void @llvm.lifetime.end.p0(ptr %left)
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
