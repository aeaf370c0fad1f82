; Without a promise (null promise operand of coro.id) the header is just the two function pointers.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; XFAIL: *
; BUG: discover.c classifies the third frame field as the promise whenever
; it sits at alignTo(16, its align), which every field at offset 16 does.
; Here that field is the spill of %a (coro.id has no promise), so it is
; reported "promise ... fixed", header=24 and bound=40 instead of 32.
;
; Frame: resume@0 destroy@8 %a@16 %b@24 index(i1)@32: 33 -> 40 bytes.
; %a lives across suspend 0 only, %b across suspend 1 only:
; bound = 16 + max(8, 8) + 1 (index) = 25 -> 32.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=40 align=8 bound=32 packed={{[0-9]+}} header=16 maxlive=9 slots=5 suspends=2
; CHECK:   slot #2 field=2 spill off=16 size=8 align=8 new={{[0-9]+}} live={0}{{$}}
; CHECK-NEXT:   slot #3 field=3 spill off=24 size=8 align=8 new={{[0-9]+}} live={1}{{$}}
; CHECK-NEXT:   slot #4 field=4 index off=32 size=1 align=1 new={{[0-9]+}} live={0,1}{{$}}

define ptr @f() presplitcoroutine {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %a = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @use(i64 %a)
  %b = call i64 @get()
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @use(i64 %b)
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
