; The JSON report of a known coroutine: one object on one line, with the documented keys and values (README "JSON report").
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames><json>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes='coro-early,cgscc(coro-split),print<coro-frames><json>' -disable-output %s 2>&1 | count 1
;
; Same coroutine as coro-frames-final-destroy-path.ll: %d is live across
; suspend 0 (read on its destroy path), %p across the final suspend (id 1,
; index -1, final true), the index is never read. Nothing is packed by
; the printer: packed_size = frame_size and new_offset = offset.
;
; CHECK: {"coroutine":"f","status":"analyzed","reason":null,
; CHECK-SAME: "functions":{"ramp":"f","resume":"f.resume","destroy":"f.destroy","cleanup":"f.cleanup","noalloc":null},
; CHECK-SAME: "frame_size":48,"frame_align":8,"packed_size":48,"lower_bound":40,"header_size":24,"max_live_bytes":9,
; CHECK-SAME: "suspend_points":[{"id":0,"index":0,"final":false,"function":"ramp"},{"id":1,"index":-1,"final":true,"function":"resume"}],
; CHECK-SAME: "slots":[{"field":0,"kind":"resume","offset":0,"size":8,"align":8,"new_offset":0,"fixed":true,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[0,1]},
; CHECK-SAME: {"field":1,"kind":"destroy","offset":8,"size":8,"align":8,"new_offset":8,"fixed":true,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[]},
; CHECK-SAME: {"field":2,"kind":"promise","offset":16,"size":8,"align":8,"new_offset":16,"fixed":true,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[]},
; CHECK-SAME: {"field":3,"kind":"spill","offset":24,"size":8,"align":8,"new_offset":24,"fixed":false,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[0]},
; CHECK-SAME: {"field":4,"kind":"spill","offset":32,"size":8,"align":8,"new_offset":32,"fixed":false,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[1]},
; CHECK-SAME: {"field":5,"kind":"index","offset":40,"size":1,"align":1,"new_offset":40,"fixed":false,"escaped":false,"scoped":false,"alloca_of":null,"live_across":[]}],
; CHECK-SAME: "size_statements":[{"kind":"alloc-size","function":"f","value":48}
; CHECK-SAME: {"kind":"param-dereferenceable","function":"f.resume","value":48}
; CHECK-SAME: {"kind":"param-align","function":"f.resume","value":8}
; CHECK-SAME: ]}{{$}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"


define ptr @f() presplitcoroutine {
entry:
  %promise = alloca i64
  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %d = call i64 @get()
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %destroyed0]
destroyed0:
  call void @use(i64 %d)
  br label %cleanup
r0:
  %p = call i64 @get()
  %sf = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %sf, label %suspend [i8 0, label %unr
                                 i8 1, label %destroyedf]
destroyedf:
  call void @use(i64 %p)
  br label %cleanup
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
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare i64 @get()
declare void @use(i64)
