; coro.free on a pointer that is not the frame (here a select between the
; frame and a global): coropack cannot tell whether the sized delete after it
; frees this frame, so rewriting or ignoring its size could break new/delete
; sizes. The family is skipped with the reason, and the IR stays as LLVM laid
; it out.
;
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
;
; REPORT: coro-frames: f status=skipped frame=40 reason="f frees a frame through a pointer coropack cannot tie to it"
; IR: call ptr @malloc(i64 40)
; IR: call void @_ZdlPvm(ptr %mem, i64 40)
; IR-NOT: "coropack"="packed"

define ptr @f(i1 %c, i64 %x, i64 %y) presplitcoroutine {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %alloc = call ptr @malloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)
  %s0 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s0, label %suspend [i8 0, label %r0
                                 i8 1, label %cleanup]
r0:
  call void @use(i64 %x)
  %s1 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s1, label %suspend [i8 0, label %r1
                                 i8 1, label %cleanup]
r1:
  call void @use(i64 %y)
  br label %cleanup
cleanup:
  %p = select i1 %c, ptr %hdl, ptr @g
  %mem = call ptr @llvm.coro.free(token %id, ptr %p)
  call void @_ZdlPvm(ptr %mem, i64 40)
  br label %suspend
suspend:
  call void @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}
@g = global i64 0
declare token @llvm.coro.id(i32, ptr, ptr, ptr)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @_ZdlPvm(ptr, i64)
declare void @use(i64)
