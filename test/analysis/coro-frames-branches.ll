; Branches: %a crosses only the suspend of the left branch (index 0), %b only the one of the right branch (index 1).
; RUN: %opt -passes='coro-early,cgscc(coro-split),function(simplifycfg),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; SimplifyCFG after the split gives each suspend of the ramp its own
; return (see coro-frames-shared-return.ll for the unsimplified clones).
;
; Frame: promise@16, %a@24, %b@32, index(i1)@40: 41 -> 48 bytes. The two
; paths never meet while a spill is live: bound = 24 + 8 + 1 = 33 -> 40.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: coro-frames: f status=analyzed frame=48 align=8 bound=40 packed={{[0-9]+}} header=24 maxlive=9 slots=6 suspends=2
; CHECK-NEXT:   functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup{{$}}
; The two suspend ids may come in either order: name them.
; CHECK-DAG:    suspend #[[L:[0-9]+]] index=0 in ramp
; CHECK-DAG:    suspend #[[R:[0-9]+]] index=1 in ramp
; CHECK:        slot #0 field=0 resume
; CHECK-NEXT:   slot #1 field=1 destroy
; CHECK-NEXT:   slot #2 field=2 promise off=16 size=8
; CHECK-NEXT:   slot #3 field=3 spill off=24 size=8 align=8 new={{[0-9]+}} live={[[L]]}{{$}}
; CHECK-NEXT:   slot #4 field=4 spill off=32 size=8 align=8 new={{[0-9]+}} live={[[R]]}{{$}}
; CHECK-NEXT:   slot #5 field=5 index off=40 size=1 align=1 new={{[0-9]+}} live={0,1}{{$}}

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %c = call i1 @getb()
  br i1 %c, label %left, label %right
left:
  %a = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @use(i64 %a)
  br label %cleanup
right:
  %b = call double @getd()
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @used(double %b)
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
declare i1 @getb()
declare void @use(i64)
declare double @getd()
declare void @used(double)
