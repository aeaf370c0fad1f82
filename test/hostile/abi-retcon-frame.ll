; A retcon coroutine whose frame has two arrays (allocas) that are never live
; across the same suspend: for the switch ABI coropack could overlay them, but
; the retcon ABI is unsupported, so the family must be left byte-identical and a
; missed remark must say why.
;
; 1. coro-pack on post-split IR changes nothing (compared against the same IR
;    re-printed by opt without the plugin, so that use-list order is the same).
; RUN: opt -passes='coro-early,cgscc(coro-split)' %s -o %t.split.bc
; RUN: opt %t.split.bc -o %t.base.bc
; RUN: %opt -passes=coro-pack %t.split.bc -o %t.pack.bc -pass-remarks-missed=coro-pack 2>%t.rem
; RUN: cmp %t.base.bc %t.pack.bc
; RUN: FileCheck --check-prefix=REM %s < %t.rem
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck --check-prefix=PRINT %s
;
; 2. default<O2> with and without the plugin: byte-identical (the CGSCC walk's
;    "skipped" mark is removed at OptimizerLastEP).
; RUN: opt -passes='default<O2>' -S %s -o %t.O2.base.ll
; RUN: %opt -passes='default<O2>' -S %s -o %t.O2.plug.ll -pass-remarks-missed=coro-pack 2>%t.O2.rem
; RUN: %python %S/Inputs/strip-mark.py %t.O2.base.ll %t.O2.base.c 2>%t.mark.base
; RUN: %python %S/Inputs/strip-mark.py %t.O2.plug.ll %t.O2.plug.c 2>%t.mark.plug
; RUN: diff %t.O2.base.ll %t.O2.plug.ll
; RUN: count 0 < %t.mark.base
; RUN: count 0 < %t.mark.plug
; RUN: FileCheck --check-prefix=O2REM %s < %t.O2.rem
; RUN: FileCheck --check-prefix=ALLOC %s < %t.O2.plug.ll
; RUN: env COROPACK_DISABLE=1 %opt -passes='default<O2>' -S %s -o %t.O2.disabled.ll
; RUN: diff %t.O2.base.ll %t.O2.disabled.ll
;
; REM: remark: {{.*}}coroutine frame of rc left unchanged: the retcon ABI is not supported
; REM-NOT: status=packed
; PRINT: coro-frames: rc status=skipped frame={{[0-9]+}} reason="the retcon ABI is not supported{{[^"]*}}"{{$}}
; PRINT-NOT: status=analyzed
; PRINT-NOT: status=packed
; O2REM: coroutine frame of rc left unchanged: the retcon ABI is not supported
; The frame keeps LLVM's layout: both arrays and the spill, 256 + 256 + 4 bytes.
; ALLOC: call ptr @allocate(i32 516)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define ptr @rc(ptr %buffer, i32 %n) presplitcoroutine {
entry:
  %a = alloca [64 x i32], align 4
  %b = alloca [64 x i32], align 4
  %id = call token @llvm.coro.id.retcon(i32 8, i32 4, ptr %buffer, ptr @prototype, ptr @allocate, ptr @deallocate)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr null)
  call void @fill(ptr %a, i32 %n)
  %u0 = call i1 (...) @llvm.coro.suspend.retcon.i1()
  br i1 %u0, label %cleanup, label %r0
r0:
  call void @use(ptr %a)
  call void @fill(ptr %b, i32 %n)
  %u1 = call i1 (...) @llvm.coro.suspend.retcon.i1()
  br i1 %u1, label %cleanup, label %r1
r1:
  call void @use(ptr %b)
  %x = add i32 %n, 7
  %u2 = call i1 (...) @llvm.coro.suspend.retcon.i1()
  br i1 %u2, label %cleanup, label %r2
r2:
  call void @print(i32 %x)
  br label %cleanup
cleanup:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  unreachable
}

declare token @llvm.coro.id.retcon(i32, i32, ptr, ptr, ptr, ptr)
declare ptr @llvm.coro.begin(token, ptr)
declare i1 @llvm.coro.suspend.retcon.i1(...)
declare void @llvm.coro.end(ptr, i1, token)
declare ptr @prototype(ptr, i1 zeroext)
declare noalias ptr @allocate(i32 %size)
declare void @deallocate(ptr %ptr)
declare void @print(i32)
declare void @fill(ptr, i32)
declare void @use(ptr)
