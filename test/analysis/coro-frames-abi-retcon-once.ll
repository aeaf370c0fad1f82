; A retcon.once coroutine is left alone: status=skipped, and the reason names the retcon.once ABI.
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK: coro-frames: once status=skipped frame={{[0-9]+}} reason="the retcon.once ABI is not supported{{[^"]*}}"{{$}}
; CHECK-NOT: status=analyzed
; CHECK-NOT: status=packed

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define {ptr, i32} @once(ptr %buffer, ptr %array) presplitcoroutine {
entry:
  %id = call token @llvm.coro.id.retcon.once(i32 8, i32 8, ptr %buffer, ptr @prototype, ptr @allocate, ptr @deallocate)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr null)
  %load = load i32, ptr %array
  %unwind = call i1 (...) @llvm.coro.suspend.retcon.i1(i32 %load)
  br i1 %unwind, label %cleanup, label %cont
cont:
  store i32 0, ptr %array
  br label %cleanup
cleanup:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  unreachable
}

declare token @llvm.coro.id.retcon.once(i32, i32, ptr, ptr, ptr, ptr)
declare ptr @llvm.coro.begin(token, ptr)
declare i1 @llvm.coro.suspend.retcon.i1(...)
declare void @llvm.coro.end(ptr, i1, token)
declare void @prototype(ptr, i1 zeroext)
declare noalias ptr @allocate(i32 %size)
declare void @deallocate(ptr %ptr)
