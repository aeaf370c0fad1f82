; A module without coroutines (and one with a coroutine not yet split) prints no report at all.
; RUN: %opt -passes='print<coro-frames>' -disable-output %s 2>&1 | count 0
; RUN: %opt -passes='print<coro-frames><json>' -disable-output %s 2>&1 | count 0
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s --allow-empty
;
; Without the split, @co is still a presplit coroutine: nothing to
; report either. After it, @co is reported but @plain never is.
;
; CHECK-NOT: coro-frames: plain
; CHECK: coro-frames: co status=analyzed
; CHECK-NOT: coro-frames: plain

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i64 @plain(i64 %x) {
  %y = add i64 %x, 1
  ret i64 %y
}

define ptr @co() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %cleanup
                                 i8 1, label %cleanup]
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
