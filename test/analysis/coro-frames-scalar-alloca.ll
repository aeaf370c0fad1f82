; A scalar alloca moved into the frame is an alloca slot, not a spill.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; Regression test (fixed): discover.c's fillslots() calls a field an alloca only when
; its type is a struct or an array; %z (`alloca i64`, escaped, read after
; suspend 1) gets an i64 field and is reported "spill". An escaped slot
; that is "spill" reads as nonsense (an SSA value has no address).
;
; %z is written and escaped before suspend 0 and read after suspend 1:
; live from its first access on, across both.
;
; CHECK-LABEL: coro-frames: f status=analyzed
; CHECK: slot #{{[0-9]+}} field={{[0-9]+}} alloca off={{[0-9]+}} size=8 align=8 new={{[0-9]+}} escaped live={0,1}{{$}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"


define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %x = alloca { i64, i64 }
  %y = alloca [4 x i32]
  %z = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %v = call i64 @get()
  %v32 = trunc i64 %v to i32
  store i32 %v32, ptr %y
  %y1 = getelementptr [4 x i32], ptr %y, i64 0, i64 1
  store i32 %v32, ptr %y1
  store i64 %v, ptr %z
  call void @escape(ptr %z)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %i = call i64 @get()
  %yi = getelementptr [4 x i32], ptr %y, i64 0, i64 %i
  %w = load i32, ptr %yi
  %w64 = zext i32 %w to i64
  call void @use(i64 %w64)
  call void @llvm.memset.p0.i64(ptr %x, i8 0, i64 16, i1 false)
  call void @escape(ptr %x)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %g1 = call i64 @get()
  %zv = load i64, ptr %z
  call void @use(i64 %zv)
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
declare void @escape(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
