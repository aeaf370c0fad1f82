; Five slots where every first-fit order tried ends above the bound and only the search reaches it: 80 -> 64 bytes.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck %s < %t.ll
; RUN: env COROPACK_DEBUG=1 %opt -passes='coro-early,cgscc(coro-split),coro-pack' -disable-output %s 2>&1 \
; RUN:   | FileCheck --check-prefix=DEBUG %s
;
; LLVM's frame: resume@0 destroy@8 promise@16, then %a ([3 x i64]) @24,
; %x and %y (i128, 16-aligned) @48 and @64, %b ([3 x i32]) @80 and the
; index (i2) @92: 93 bytes, 96 with the 16-byte alignment.
; In use across suspends: %x, %y across 2; %a, %b across 3 (made after
; %x and %y are last read); the index across all four. The most at one
; point: %a + %b + index = 37, so the bound is 24 + 37 = 61, rounded: 64.
; Largest first: %a@24, %x@32 (not 16-aligned at 24), %y@48, %b@48 (clear
; of %a), and the index, in the way of everything, @64: 80. The other
; orders (most aligned, most interfering bytes or slots first) do no
; better. At 64 the index must go first, at 24, so that %b@28 and %a@40
; still fit below 64, over %x@32 and %y@48 that they do not meet.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; REPORT: coro-frames: f status=packed frame=96 align=16 bound=64 packed=64 header=24 maxlive=37
; REPORT: slot #3 field=3 {{.*}}off=24 size=24 align=8 new=40 live={1}{{$}}
; REPORT: slot #4 field=4 spill off=48 size=16 align=16 new=32 live={2}{{$}}
; REPORT: slot #5 field=5 spill off=64 size=16 align=16 new=48 live={2}{{$}}
; REPORT: slot #6 field=6 {{.*}}off=80 size=12 align=4 new=28 live={1}{{$}}
; REPORT: slot #7 field=7 index off=92 size=1 align=1 new=24 live={0,1,2,3}{{$}}

; DEBUG: coropack: pack of f: 5 slots, bound 64: first fit 80, orders 80, clique bound 64, search 64 ({{[0-9]+}} nodes, optimal); frame 96 -> 64

; CHECK-LABEL: define ptr @f()
; CHECK: call ptr @malloc(i64 64)
; CHECK-LABEL: define internal fastcc void @f.resume(ptr noundef nonnull align 16 dereferenceable(64) %hdl)
; CHECK-LABEL: define internal fastcc void @f.destroy(ptr noundef nonnull align 16 dereferenceable(64) %hdl)
; CHECK-LABEL: define internal fastcc void @f.cleanup(ptr noundef nonnull align 16 dereferenceable(64) %hdl)

define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  %x = call i128 @getq()
  %y = call i128 @getq()
  %s2 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s2, label %suspend [i8 0, label %r2
                                 i8 1, label %cleanup]
r2:
  call void @useq(i128 %x)
  call void @useq(i128 %y)
  %a = call [3 x i64] @getl3()
  %b = call [3 x i32] @geti3()
  %s3 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s3, label %suspend [i8 0, label %r3
                                 i8 1, label %cleanup]
r3:
  call void @usel3([3 x i64] %a)
  call void @usei3([3 x i32] %b)
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
declare i128 @getq()
declare [3 x i64] @getl3()
declare [3 x i32] @geti3()
declare void @useq(i128)
declare void @usel3([3 x i64])
declare void @usei3([3 x i32])
