; Buffers filled and read by memcpy/memset move with their slot (the intrinsics' pointers are derived from the moved roots); a slot whose address becomes an integer leaves its family untouched, with the reason.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack,function(instcombine)' -S %s | FileCheck %s
;
; @f: %b1 ([16 x i8]) is memset in the ramp and memcpy'd out after suspend
; 0; %b2 ([16 x i8]) is memcpy'd in (all 16 bytes: a kill) after that and
; read after suspend 1. No lifetime markers, so LLVM keeps them apart:
; resume@0 destroy@8 promise@16 %b1@24 %b2@40 index@56 -> 64. They never
; meet: %b2 moves onto %b1 (24), the index to 40: 41 -> 48.
; @g: the same shape, but the address of %b1 is turned into an integer.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; REPORT: coro-frames: f status=packed frame=64 {{.*}}packed=48
; REPORT: slot #3 field=3 alloca off=24 size=16 align=1 new=24 live={0}{{$}}
; REPORT: slot #4 field=4 alloca off=40 size=16 align=1 new=24 live={1}{{$}}
; REPORT: coro-frames: g status=skipped {{.*}}reason="a pointer into frame slot 3 is converted to an integer in g.resume"

; CHECK-LABEL: define ptr @f()
; CHECK: call ptr @malloc(i64 48)
; CHECK: [[B1:%.*]] = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; CHECK: call void @llvm.memset.p0.i64(ptr {{.*}}[[B1]], i8 7, i64 16, i1 false)
; CHECK-LABEL: define ptr @g()
; CHECK: call ptr @malloc(i64 64)
; CHECK-LABEL: define internal fastcc void @f.resume(
; CHECK-DAG: [[R1:%.*]] = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; CHECK-DAG: [[R2:%.*]] = getelementptr inbounds nuw i8, ptr %hdl, i64 24
; CHECK: call void @llvm.memcpy.p0.p0.i64(ptr {{.*}}@out, ptr {{.*}}[[R1]], i64 16, i1 false)
; CHECK: call void @llvm.memcpy.p0.p0.i64(ptr {{.*}}[[R2]], ptr {{.*}}@in, i64 16, i1 false)
; CHECK: getelementptr inbounds nuw i8, ptr %hdl, i64 40
; CHECK-LABEL: define internal fastcc void @g.resume(
; CHECK-NOT: coropack.slot
; CHECK: ret void

@in = global [16 x i8] zeroinitializer
@out = global [16 x i8] zeroinitializer
@sink = global i64 0

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %b1 = alloca [16 x i8]
  %b2 = alloca [16 x i8]
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %b1, i8 7, i64 16, i1 false)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @llvm.memcpy.p0.p0.i64(ptr @out, ptr %b1, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %b2, ptr @in, i64 16, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @llvm.memcpy.p0.p0.i64(ptr @out, ptr %b2, i64 16, i1 false)
  br label %cleanup
cleanup:
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}

define ptr @g() presplitcoroutine {
entry:
  %promise = alloca i64
  %b1 = alloca [16 x i8]
  %b2 = alloca [16 x i8]
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  call void @llvm.memset.p0.i64(ptr %b1, i8 7, i64 16, i1 false)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @llvm.memcpy.p0.p0.i64(ptr @out, ptr %b1, i64 16, i1 false)
  %int = ptrtoint ptr %b1 to i64
  store i64 %int, ptr @sink
  call void @llvm.memcpy.p0.p0.i64(ptr %b2, ptr @in, i64 16, i1 false)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @llvm.memcpy.p0.p0.i64(ptr @out, ptr %b2, i64 16, i1 false)
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
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
