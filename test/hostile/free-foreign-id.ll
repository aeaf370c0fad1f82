; A llvm.coro.free that is not the ramp's own: CoroSplit lowers each clone's
; frees of its own llvm.coro.id, so one left in a clone belongs to another
; coroutine inlined into it (here a coro.id, coro.begin and coro.free added
; by hand to the .resume clone of a split family; pk.ll in the commit that
; added this test: x, x2, x3 live across suspend 0, y, y2, y3 across 1).
; coropack finds the family's frees from the ramp's coro.id and checks every
; other coro.free where access.c meets it:
;   fa  frees the other coroutine's frame (its coro.begin): packed 72 -> 56,
;       and that frame's sized delete keeps its size (72, like the old one);
;   fb  frees through a select of that coro.begin and a global: it may free
;       anything, so the family is skipped with the reason;
;   fc  frees this frame (the clone's frame pointer) with the other id: its
;       sized delete cannot be told apart from another frame's, skipped.
; The skipped ramps carry no "coropack"="packed" mark (no attribute group).
;
; RUN: %opt -passes='coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
;
; REPORT: coro-frames: fa status=packed frame=72 align=8 bound=56 packed=56
; REPORT: coro-frames: fb status=skipped frame=72 reason="fb.resume frees a frame through a pointer coropack cannot tie to it"
; REPORT: coro-frames: fc status=skipped frame=72 reason="fc.resume frees the frame with an llvm.coro.id other than the ramp's"
;
; IR-LABEL: define ptr @fa(
; IR:       call ptr @malloc(i64 56)
; IR:       call void @_ZdlPvm(ptr %mem, i64 56)
; IR-LABEL: define internal fastcc void @fa.resume(
; IR:       %gfr = call ptr @llvm.coro.free(token %gid, ptr %gh)
; IR-NEXT:  call void @_ZdlPvm(ptr %gfr, i64 72)
; IR:       call void @_ZdlPvm(ptr %hdl, i64 56)
; IR-LABEL: define ptr @fb(i64 %x, i64 %x2, i64 %x3) {{{$}}
; IR:       call ptr @malloc(i64 72)
; IR-LABEL: define ptr @fc(i64 %x, i64 %x2, i64 %x3) {{{$}}
; IR:       call ptr @malloc(i64 72)
; IR-LABEL: define internal fastcc void @fc.resume(
; IR:       call void @_ZdlPvm(ptr %gfr, i64 72)

%fa.Frame = type { ptr, ptr, i64, i64, i64, i64, i64, i64, i1 }
%fb.Frame = type { ptr, ptr, i64, i64, i64, i64, i64, i64, i1 }
%fc.Frame = type { ptr, ptr, i64, i64, i64, i64, i64, i64, i1 }

@fa.resumers = private constant [3 x ptr] [ptr @fa.resume, ptr @fa.destroy, ptr @fa.cleanup]
@fb.resumers = private constant [3 x ptr] [ptr @fb.resume, ptr @fb.destroy, ptr @fb.cleanup]
@fc.resumers = private constant [3 x ptr] [ptr @fc.resume, ptr @fc.destroy, ptr @fc.cleanup]
@flag = global i1 false

define ptr @fa(i64 %x, i64 %x2, i64 %x3) {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr @fa, ptr @fa.resumers)
  %alloc = call ptr @malloc(i64 72)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 0
  store ptr @fa.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 1
  store ptr @fa.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %x3.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 4
  store i64 %x3, ptr %x3.spill.addr, align 4
  %x2.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 3
  store i64 %x2, ptr %x2.spill.addr, align 4
  %x.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 2
  store i64 %x, ptr %x.spill.addr, align 4
  br label %CoroSave

CoroSave:                                         ; preds = %PostSpill
  %index.addr4 = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
  store i1 false, ptr %index.addr4, align 1
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
  %x3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %CoroSuspend2
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 -1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @_ZdlPvm(ptr %mem, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  br label %AfterCoroEnd

AfterCoroEnd:                                     ; preds = %CoroEnd
  ret ptr %hdl
}

define internal fastcc void @fa.resume(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.resume:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  %index.addr = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  %gid = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %gm = call ptr @malloc(i64 72)
  %gh = call ptr @llvm.coro.begin(token %gid, ptr %gm)
  %gfr = call ptr @llvm.coro.free(token %gid, ptr %gh)
  call void @_ZdlPvm(ptr %gfr, i64 72)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fa.destroy(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.destroy:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  %index.addr = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fa.cleanup(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.cleanup:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  %index.addr = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fa.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fa.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr null, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define ptr @fb(i64 %x, i64 %x2, i64 %x3) {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr @fb, ptr @fb.resumers)
  %alloc = call ptr @malloc(i64 72)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 0
  store ptr @fb.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 1
  store ptr @fb.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %x3.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 4
  store i64 %x3, ptr %x3.spill.addr, align 4
  %x2.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 3
  store i64 %x2, ptr %x2.spill.addr, align 4
  %x.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 2
  store i64 %x, ptr %x.spill.addr, align 4
  br label %CoroSave

CoroSave:                                         ; preds = %PostSpill
  %index.addr4 = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
  store i1 false, ptr %index.addr4, align 1
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
  %x3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %CoroSuspend2
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 -1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @_ZdlPvm(ptr %mem, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  br label %AfterCoroEnd

AfterCoroEnd:                                     ; preds = %CoroEnd
  ret ptr %hdl
}

define internal fastcc void @fb.resume(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.resume:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  %index.addr = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  %gid = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %gm = call ptr @malloc(i64 72)
  %gh = call ptr @llvm.coro.begin(token %gid, ptr %gm)
  %b = load i1, ptr @flag, align 1
  %q = select i1 %b, ptr %gh, ptr @flag
  %gfr = call ptr @llvm.coro.free(token %gid, ptr %q)
  call void @_ZdlPvm(ptr %gfr, i64 72)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fb.destroy(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.destroy:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  %index.addr = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fb.cleanup(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.cleanup:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  %index.addr = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fb.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fb.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr null, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define ptr @fc(i64 %x, i64 %x2, i64 %x3) {
entry:
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr @fc, ptr @fc.resumers)
  %alloc = call ptr @malloc(i64 72)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 0
  store ptr @fc.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 1
  store ptr @fc.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %x3.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 4
  store i64 %x3, ptr %x3.spill.addr, align 4
  %x2.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 3
  store i64 %x2, ptr %x2.spill.addr, align 4
  %x.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 2
  store i64 %x, ptr %x.spill.addr, align 4
  br label %CoroSave

CoroSave:                                         ; preds = %PostSpill
  %index.addr4 = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
  store i1 false, ptr %index.addr4, align 1
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
  %x3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
  br label %CoroSuspend2

CoroSuspend2:                                     ; preds = %CoroSave1
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %CoroSuspend2
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 -1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @_ZdlPvm(ptr %mem, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  br label %AfterCoroEnd

AfterCoroEnd:                                     ; preds = %CoroEnd
  ret ptr %hdl
}

define internal fastcc void @fc.resume(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.resume:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  %index.addr = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  %gid = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %gfr = call ptr @llvm.coro.free(token %gid, ptr %hdl)
  call void @_ZdlPvm(ptr %gfr, i64 72)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fc.destroy(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.destroy:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  %index.addr = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr %hdl, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

define internal fastcc void @fc.cleanup(ptr noundef nonnull align 8 dereferenceable(72) %hdl) {
entry.cleanup:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  %index.addr = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
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
  %x3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 4
  %x3.reload = load i64, ptr %x3.reload.addr, align 4
  %x2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 3
  %x2.reload = load i64, ptr %x2.reload.addr, align 4
  %x.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 2
  %x.reload = load i64, ptr %x.reload.addr, align 4
  call void @use(i64 %x.reload)
  call void @use(i64 %x2.reload)
  call void @use(i64 %x3.reload)
  %y = call i64 @get()
  %y.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  store i64 %y, ptr %y.spill.addr, align 4
  %y2 = call i64 @get()
  %y2.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  store i64 %y2, ptr %y2.spill.addr, align 4
  %y3 = call i64 @get()
  %y3.spill.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  store i64 %y3, ptr %y3.spill.addr, align 4
  br label %CoroSave1

CoroSave1:                                        ; preds = %r0
  %index.addr5 = getelementptr inbounds nuw %fc.Frame, ptr %hdl, i32 0, i32 8
  store i1 true, ptr %index.addr5, align 1
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
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %y3.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 7
  %y3.reload = load i64, ptr %y3.reload.addr, align 4
  %y2.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 6
  %y2.reload = load i64, ptr %y2.reload.addr, align 4
  %y.reload.addr = getelementptr inbounds %fc.Frame, ptr %hdl, i32 0, i32 5
  %y.reload = load i64, ptr %y.reload.addr, align 4
  call void @use(i64 %y.reload)
  call void @use(i64 %y2.reload)
  call void @use(i64 %y3.reload)
  br label %cleanup

cleanup:                                          ; preds = %r1, %AfterCoroSuspend3, %AfterCoroSuspend
  call void @_ZdlPvm(ptr null, i64 72)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
}

declare token @llvm.coro.id(i32, ptr readnone, ptr readonly captures(none), ptr)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr writeonly)
declare i8 @llvm.coro.suspend(token, i1)
declare ptr @llvm.coro.free(token, ptr readonly captures(none))
declare void @llvm.coro.end(ptr, i1, token)
declare noalias ptr @malloc(i64)
declare void @_ZdlPvm(ptr, i64)
declare void @use(i64)
declare i64 @get()
declare token @llvm.coro.save(ptr)
