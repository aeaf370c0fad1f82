; A split ramp whose llvm.coro.id names the ramp through a zero GEP instruction
; (operand 2 is `%self`, not `@f`): the CGSCC entry, which finds ids from the
; users of the function, finds this one as the module pass does (by a scan
; that sees through the GEP), and both pack it the same way.
; RUN: %opt -passes='cgscc(coro-pack-cgscc<report>)' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes='coro-pack<report>' -disable-output %s 2>&1 | FileCheck %s
; CHECK: coro-frames: f status=packed frame=56 align=8 bound=48 packed=48
; CHECK: functions: ramp=f resume=f.resume destroy=f.destroy cleanup=f.cleanup
; Made from test/rewrite/coro-pack-offsets.ll by
;   opt -passes='coro-early,cgscc(coro-split)' -S, then the GEP added by hand.

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%f.Frame = type { ptr, ptr, i64, i64, i64, i64, i1 }

@f.resumers = private constant [3 x ptr] [ptr @f.resume, ptr @f.destroy, ptr @f.cleanup]

define ptr @f() {
entry:
  %promise = alloca i64, align 8
  %x = alloca i64, align 8
  %self = getelementptr i8, ptr @f, i64 0
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr %self, ptr @f.resumers)
  %alloc = call ptr @malloc(i64 56)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 0
  store ptr @f.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 1
  store ptr @f.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %a = call i64 @get()
  %a.spill.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
  store i64 %a, ptr %a.spill.addr, align 8
  br label %CoroSave

CoroSave:                                         ; preds = %PostSpill
  %index.addr6 = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  store i1 false, ptr %index.addr6, align 1
  br label %CoroSuspend

CoroSuspend:                                      ; preds = %CoroSave
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %CoroSuspend
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 -1, label %suspend [
    i8 0, label %r0
    i8 1, label %cleanup
  ]

r0:                                               ; preds = %AfterCoroSuspend
  %a.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
  %a.reload = load i64, ptr %a.reload.addr, align 8
  call void @use(i64 %a.reload)
  %b = call i64 @get()
  %b.spill.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  store i64 %b, ptr %b.spill.addr, align 8
  %c = call i64 @get()
  store i64 %c, ptr %x.reload.addr, align 8
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr7 = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  store i1 true, ptr %index.addr7, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %CoroSuspend2
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 -1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup1
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %b.reload.addr4 = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload5 = load i64, ptr %b.reload.addr4, align 8
  %xv = load i64, ptr %x.reload.addr, align 8
  call void @use(i64 %xv)
  call void @use(i64 %b.reload5)
  br label %cleanup

cleanup1:                                         ; preds = %AfterCoroSuspend3
  %b.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload = load i64, ptr %b.reload.addr, align 8
  call void @use(i64 %b.reload)
  br label %cleanup

cleanup:                                          ; preds = %cleanup1, %r1, %AfterCoroSuspend
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @sized_free(ptr %mem, i64 56)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  br label %AfterCoroEnd

AfterCoroEnd:                                     ; preds = %CoroEnd
  ret ptr %hdl
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare token @llvm.coro.id(i32, ptr readnone, ptr readonly captures(none), ptr) #0

; Function Attrs: nounwind memory(none)
declare i64 @llvm.coro.size.i64() #1

; Function Attrs: nounwind
declare ptr @llvm.coro.begin(token, ptr writeonly) #2

; Function Attrs: nounwind
declare i8 @llvm.coro.suspend(token, i1) #2

; Function Attrs: nounwind memory(argmem: read)
declare ptr @llvm.coro.free(token, ptr readonly captures(none)) #3

; Function Attrs: nounwind
declare void @llvm.coro.end(ptr, i1, token) #2

declare noalias ptr @malloc(i64)

declare void @sized_free(ptr, i64)

declare i64 @get()

declare void @use(i64)

; Function Attrs: nounwind memory(none)
declare ptr @llvm.coro.promise(ptr captures(none), i32, i1) #1

; Function Attrs: nomerge nounwind
declare token @llvm.coro.save(ptr) #4

define internal fastcc void @f.resume(ptr noundef nonnull align 8 dereferenceable(56) %hdl) {
entry.resume:
  %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  %index.addr = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  %index = load i1, ptr %index.addr, align 1
  switch i1 %index, label %unreachable [
    i1 false, label %resume.0
    i1 true, label %resume.1
  ]

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 0, label %suspend [
    i8 0, label %r0
    i8 1, label %cleanup
  ]

r0:                                               ; preds = %AfterCoroSuspend
  %a.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
  %a.reload = load i64, ptr %a.reload.addr, align 8
  call void @use(i64 %a.reload)
  %b = call i64 @get()
  %b.spill.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  store i64 %b, ptr %b.spill.addr, align 8
  %c = call i64 @get()
  store i64 %c, ptr %x.reload.addr, align 8
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr7 = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  store i1 true, ptr %index.addr7, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1:                                         ; preds = %resume.entry
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1, %CoroSuspend2
  %0 = phi i8 [ -1, %CoroSuspend2 ], [ 0, %resume.1 ]
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 %0, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup1
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %b.reload.addr4 = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload5 = load i64, ptr %b.reload.addr4, align 8
  %xv = load i64, ptr %x.reload.addr, align 8
  call void @use(i64 %xv)
  call void @use(i64 %b.reload5)
  br label %cleanup

cleanup1:                                         ; preds = %AfterCoroSuspend3
  %b.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload = load i64, ptr %b.reload.addr, align 8
  call void @use(i64 %b.reload)
  br label %cleanup

cleanup:                                          ; preds = %cleanup1, %r1, %AfterCoroSuspend
  call void @sized_free(ptr %hdl, i64 56)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @f.destroy(ptr noundef nonnull align 8 dereferenceable(56) %hdl) {
entry.destroy:
  %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  %index.addr = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  %index = load i1, ptr %index.addr, align 1
  switch i1 %index, label %unreachable [
    i1 false, label %resume.0
    i1 true, label %resume.1
  ]

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %suspend [
    i8 0, label %r0
    i8 1, label %cleanup
  ]

r0:                                               ; preds = %AfterCoroSuspend
  %a.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
  %a.reload = load i64, ptr %a.reload.addr, align 8
  call void @use(i64 %a.reload)
  %b = call i64 @get()
  %b.spill.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  store i64 %b, ptr %b.spill.addr, align 8
  %c = call i64 @get()
  store i64 %c, ptr %x.reload.addr, align 8
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr7 = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  store i1 true, ptr %index.addr7, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1:                                         ; preds = %resume.entry
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1, %CoroSuspend2
  %0 = phi i8 [ -1, %CoroSuspend2 ], [ 1, %resume.1 ]
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 %0, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup1
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %b.reload.addr4 = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload5 = load i64, ptr %b.reload.addr4, align 8
  %xv = load i64, ptr %x.reload.addr, align 8
  call void @use(i64 %xv)
  call void @use(i64 %b.reload5)
  br label %cleanup

cleanup1:                                         ; preds = %AfterCoroSuspend3
  %b.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload = load i64, ptr %b.reload.addr, align 8
  call void @use(i64 %b.reload)
  br label %cleanup

cleanup:                                          ; preds = %cleanup1, %r1, %AfterCoroSuspend
  call void @sized_free(ptr %hdl, i64 56)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @f.cleanup(ptr noundef nonnull align 8 dereferenceable(56) %hdl) {
entry.cleanup:
  %x.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  %index.addr = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  %index = load i1, ptr %index.addr, align 1
  switch i1 %index, label %unreachable [
    i1 false, label %resume.0
    i1 true, label %resume.1
  ]

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %suspend [
    i8 0, label %r0
    i8 1, label %cleanup
  ]

r0:                                               ; preds = %AfterCoroSuspend
  %a.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 4
  %a.reload = load i64, ptr %a.reload.addr, align 8
  call void @use(i64 %a.reload)
  %b = call i64 @get()
  %b.spill.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  store i64 %b, ptr %b.spill.addr, align 8
  %c = call i64 @get()
  store i64 %c, ptr %x.reload.addr, align 8
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr7 = getelementptr inbounds nuw %f.Frame, ptr %hdl, i32 0, i32 6
  store i1 true, ptr %index.addr7, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1:                                         ; preds = %resume.entry
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1, %CoroSuspend2
  %0 = phi i8 [ -1, %CoroSuspend2 ], [ 1, %resume.1 ]
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 %0, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup1
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %b.reload.addr4 = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload5 = load i64, ptr %b.reload.addr4, align 8
  %xv = load i64, ptr %x.reload.addr, align 8
  call void @use(i64 %xv)
  call void @use(i64 %b.reload5)
  br label %cleanup

cleanup1:                                         ; preds = %AfterCoroSuspend3
  %b.reload.addr = getelementptr inbounds %f.Frame, ptr %hdl, i32 0, i32 5
  %b.reload = load i64, ptr %b.reload.addr, align 8
  call void @use(i64 %b.reload)
  br label %cleanup

cleanup:                                          ; preds = %cleanup1, %r1, %AfterCoroSuspend
  call void @sized_free(ptr null, i64 56)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #1 = { nounwind memory(none) }
attributes #2 = { nounwind }
attributes #3 = { nounwind memory(argmem: read) }
attributes #4 = { nomerge nounwind }
