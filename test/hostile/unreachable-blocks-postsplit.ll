; Post-split IR (unreachable-resume.ll's @ur after coro-early,cgscc(coro-split))
; with two blocks added by hand to @ur.resume that no path reaches:
;   dead.hostile   reads slot %d (old offset 96), writes %buf (24) and %e
;                  (field 6, 104): all at offsets of known slots;
;   dead.straddle  an i64 load at offset 84 that straddles %buf and the next
;                  spill, and a ptrtoint of that pointer: either would make
;                  coro-pack skip the family if it were reachable.
; Unreachable code must not change the analysis: the same layout as without
; the dead blocks (120 -> 104, see unreachable-resume.ll), -verify-each clean.
; Code no path reaches never runs, so it is neither analysed nor rewritten:
; both blocks are left as LLVM laid them out (dead.hostile still at 96, 24
; and field 6), for SimplifyCFG to delete.
;
; RUN: %opt -passes='coro-pack<report>' -verify-each -S %s -o %t.ll 2>%t.report
; RUN: FileCheck --check-prefix=REPORT %s < %t.report
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: %opt -passes='coro-pack<verify>' -disable-output %s
;
; REPORT-LABEL: coro-frames: ur status=packed frame=120 align=8 bound=104 packed=104 header=24 maxlive=73 slots=8 suspends=3
; REPORT:       slot #5 field=5 spill off=96 size=8 align=8 new=24 live={1}{{$}}
; REPORT-NEXT:  slot #6 field=6 spill off=104 size=8 align=8 new=24 live={2}{{$}}
; REPORT-NEXT:  slot #7 field=7 index off=112 size=1 align=1 new=96 live={0,1,2}{{$}}
; REPORT-LABEL: coro-frames: allunr status=analyzed
;
; IR-LABEL: define ptr @ur(
; IR:       call ptr @malloc(i64 104)
; IR-LABEL: define internal fastcc void @ur.resume(
; IR:       dead.hostile:
; IR-NEXT:    %dh0 = getelementptr inbounds i8, ptr %hdl, i64 96
; IR-NEXT:    %dh1 = load i64, ptr %dh0, align 8
; IR-NEXT:    %dh2 = getelementptr inbounds i8, ptr %hdl, i64 24
; IR-NEXT:    store i64 %dh1, ptr %dh2, align 8
; IR-NEXT:    %dh3 = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
; IR:       dead.straddle:
; IR-NEXT:    %ds0 = getelementptr inbounds i8, ptr %hdl, i64 84
; IR-LABEL: define internal fastcc void @ur.destroy(

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%ur.Frame = type { ptr, ptr, i64, [8 x i64], i64, i64, i64, i2 }
%allunr.Frame = type { ptr, ptr, i64, i64, i1 }

@ur.resumers = private constant [3 x ptr] [ptr @ur.resume, ptr @ur.destroy, ptr @ur.cleanup]
@allunr.resumers = private constant [3 x ptr] [ptr @allunr.resume, ptr @allunr.destroy, ptr @allunr.cleanup]

define ptr @ur(i64 %n) {
entry:
  %promise = alloca i64, align 8
  %buf = alloca [8 x i64], align 8
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr @ur, ptr @ur.resumers)
  %alloc = call ptr @malloc(i64 120)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  store ptr @ur.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 1
  store ptr @ur.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  %buf.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 3
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %n.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 4
  store i64 %n, ptr %n.spill.addr, align 8
  %d = call i64 @get()
  %d.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 5
  store i64 %d, ptr %d.spill.addr, align 8
  %c = icmp eq i64 %n, 0
  br i1 %c, label %CoroSave, label %second

CoroSave:                                         ; preds = %PostSpill
  %index.addr7 = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 7
  store i2 0, ptr %index.addr7, align 1
  br label %CoroSuspend

CoroSuspend:                                      ; preds = %CoroSave
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %CoroSuspend
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 -1, label %suspend [
    i8 0, label %never
    i8 1, label %destroyed0
  ]

never:                                            ; preds = %AfterCoroSuspend
  store i64 1, ptr %buf.reload.addr, align 8
  unreachable

destroyed0:                                       ; preds = %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 5
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  br label %cleanup

second:                                           ; preds = %PostSpill
  call void @llvm.memset.p0.i64(ptr %buf.reload.addr, i8 0, i64 64, i1 false)
  br label %CoroSave1

CoroSave1:                                        ; preds = %second
  %index.addr8 = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 7
  store i2 1, ptr %index.addr8, align 1
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
  %n.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 4
  %n.reload = load i64, ptr %n.reload.addr, align 8
  %p = getelementptr inbounds [8 x i64], ptr %buf.reload.addr, i64 0, i64 %n.reload
  %x = load i64, ptr %p, align 8
  call void @use(i64 %x)
  %e = call i64 @get()
  %e.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  store i64 %e, ptr %e.spill.addr, align 8
  br label %CoroSave4

CoroSave4:                                        ; preds = %r1
  %ResumeFn.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  store ptr null, ptr %ResumeFn.addr, align 8
  br label %CoroSuspend5

CoroSuspend5:                                     ; preds = %CoroSave4
  br label %resume.2.landing

resume.2.landing:                                 ; preds = %CoroSuspend5
  br label %AfterCoroSuspend6

AfterCoroSuspend6:                                ; preds = %resume.2.landing
  switch i8 -1, label %suspend [
    i8 0, label %unr
    i8 1, label %destroyedf
  ]

unr:                                              ; preds = %AfterCoroSuspend6
  unreachable

destroyedf:                                       ; preds = %AfterCoroSuspend6
  %e.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  %e.reload = load i64, ptr %e.reload.addr, align 8
  call void @use(i64 %e.reload)
  br label %cleanup

cleanup:                                          ; preds = %destroyedf, %AfterCoroSuspend3, %destroyed0
  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @free(ptr %mem)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend6, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  br label %AfterCoroEnd

AfterCoroEnd:                                     ; preds = %CoroEnd
  ret ptr %hdl
}

define ptr @allunr(i64 %n) {
entry:
  %promise = alloca i64, align 8
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr @allunr, ptr @allunr.resumers)
  %alloc = call ptr @malloc(i64 40)
  %hdl = call noalias nonnull ptr @llvm.coro.begin(token %id, ptr %alloc)
  %resume.addr = getelementptr inbounds nuw %allunr.Frame, ptr %hdl, i32 0, i32 0
  store ptr @allunr.resume, ptr %resume.addr, align 8
  %destroy.addr = getelementptr inbounds nuw %allunr.Frame, ptr %hdl, i32 0, i32 1
  store ptr @allunr.destroy, ptr %destroy.addr, align 8
  br label %AllocaSpillBB

AllocaSpillBB:                                    ; preds = %entry
  br label %PostSpill

PostSpill:                                        ; preds = %AllocaSpillBB
  %d = call i64 @get()
  %d.spill.addr = getelementptr inbounds %allunr.Frame, ptr %hdl, i32 0, i32 3
  store i64 %d, ptr %d.spill.addr, align 8
  br label %CoroSave

CoroSave:                                         ; preds = %PostSpill
  %index.addr1 = getelementptr inbounds nuw %allunr.Frame, ptr %hdl, i32 0, i32 4
  store i1 false, ptr %index.addr1, align 1
  br label %CoroSuspend

CoroSuspend:                                      ; preds = %CoroSave
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %CoroSuspend
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 -1, label %CoroEnd [
    i8 0, label %unr
    i8 1, label %unr
  ]

unr:                                              ; preds = %AfterCoroSuspend, %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %allunr.Frame, ptr %hdl, i32 0, i32 3
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  unreachable

CoroEnd:                                          ; preds = %AfterCoroSuspend
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

declare void @free(ptr)

declare i64 @get()

declare void @use(i64)

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nounwind memory(none)
declare ptr @llvm.coro.promise(ptr captures(none), i32, i1) #1

; Function Attrs: nomerge nounwind
declare token @llvm.coro.save(ptr) #5

define internal fastcc void @ur.resume(ptr noundef nonnull align 8 dereferenceable(120) %hdl) {
entry.resume:
  %buf.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  %index.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 7
  %index = load i2, ptr %index.addr, align 1
  switch i2 %index, label %unreachable [
    i2 0, label %resume.0
    i2 1, label %resume.1
  ]

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 0, label %suspend [
    i8 0, label %never
    i8 1, label %destroyed0
  ]

never:                                            ; preds = %AfterCoroSuspend
  store i64 1, ptr %buf.reload.addr, align 8
  unreachable

destroyed0:                                       ; preds = %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 5
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  br label %cleanup

resume.1:                                         ; preds = %resume.entry
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 0, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %n.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 4
  %n.reload = load i64, ptr %n.reload.addr, align 8
  %p = getelementptr inbounds [8 x i64], ptr %buf.reload.addr, i64 0, i64 %n.reload
  %x = load i64, ptr %p, align 8
  call void @use(i64 %x)
  %e = call i64 @get()
  %e.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  store i64 %e, ptr %e.spill.addr, align 8
  br label %CoroSave4

CoroSave4:                                        ; preds = %r1
  %ResumeFn.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  store ptr null, ptr %ResumeFn.addr, align 8
  br label %CoroSuspend5

CoroSuspend5:                                     ; preds = %CoroSave4
  br label %resume.2.landing

resume.2.landing:                                 ; preds = %CoroSuspend5
  br label %AfterCoroSuspend6

AfterCoroSuspend6:                                ; preds = %resume.2.landing
  switch i8 -1, label %suspend [
    i8 0, label %unr
    i8 1, label %destroyedf
  ]

unr:                                              ; preds = %AfterCoroSuspend6
  unreachable

destroyedf:                                       ; preds = %AfterCoroSuspend6
  %e.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  %e.reload = load i64, ptr %e.reload.addr, align 8
  call void @use(i64 %e.reload)
  br label %cleanup

cleanup:                                          ; preds = %destroyedf, %AfterCoroSuspend3, %destroyed0
  call void @free(ptr %hdl)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend6, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %resume.entry
  unreachable
dead.hostile:                                     ; no predecessors (hand-added)
  %dh0 = getelementptr inbounds i8, ptr %hdl, i64 96
  %dh1 = load i64, ptr %dh0, align 8
  %dh2 = getelementptr inbounds i8, ptr %hdl, i64 24
  store i64 %dh1, ptr %dh2, align 8
  %dh3 = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  store i64 7, ptr %dh3, align 8
  br label %dead.hostile

dead.straddle:                                    ; no predecessors (hand-added)
  %ds0 = getelementptr inbounds i8, ptr %hdl, i64 84
  %ds1 = load i64, ptr %ds0, align 4
  %ds2 = ptrtoint ptr %ds0 to i64
  call void @use(i64 %ds1)
  call void @use(i64 %ds2)
  br label %dead.straddle
}

define internal fastcc void @ur.destroy(ptr noundef nonnull align 8 dereferenceable(120) %hdl) {
entry.destroy:
  %buf.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  %index.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 7
  %index = load i2, ptr %index.addr, align 1
  %ResumeFn.addr1 = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  %0 = load ptr, ptr %ResumeFn.addr1, align 8
  %1 = icmp eq ptr %0, null
  br i1 %1, label %resume.2, label %Switch

Switch:                                           ; preds = %resume.entry
  switch i2 %index, label %unreachable [
    i2 0, label %resume.0
    i2 1, label %resume.1
  ]

resume.0:                                         ; preds = %Switch
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %suspend [
    i8 0, label %never
    i8 1, label %destroyed0
  ]

never:                                            ; preds = %AfterCoroSuspend
  store i64 1, ptr %buf.reload.addr, align 8
  unreachable

destroyed0:                                       ; preds = %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 5
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  br label %cleanup

resume.1:                                         ; preds = %Switch
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %n.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 4
  %n.reload = load i64, ptr %n.reload.addr, align 8
  %p = getelementptr inbounds [8 x i64], ptr %buf.reload.addr, i64 0, i64 %n.reload
  %x = load i64, ptr %p, align 8
  call void @use(i64 %x)
  %e = call i64 @get()
  %e.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  store i64 %e, ptr %e.spill.addr, align 8
  br label %CoroSave4

CoroSave4:                                        ; preds = %r1
  %ResumeFn.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  store ptr null, ptr %ResumeFn.addr, align 8
  br label %CoroSuspend5

CoroSuspend5:                                     ; preds = %CoroSave4
  br label %resume.2.landing

resume.2:                                         ; preds = %resume.entry
  br label %resume.2.landing

resume.2.landing:                                 ; preds = %resume.2, %CoroSuspend5
  %2 = phi i8 [ -1, %CoroSuspend5 ], [ 1, %resume.2 ]
  br label %AfterCoroSuspend6

AfterCoroSuspend6:                                ; preds = %resume.2.landing
  switch i8 %2, label %suspend [
    i8 0, label %unr
    i8 1, label %destroyedf
  ]

unr:                                              ; preds = %AfterCoroSuspend6
  unreachable

destroyedf:                                       ; preds = %AfterCoroSuspend6
  %e.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  %e.reload = load i64, ptr %e.reload.addr, align 8
  call void @use(i64 %e.reload)
  br label %cleanup

cleanup:                                          ; preds = %destroyedf, %AfterCoroSuspend3, %destroyed0
  call void @free(ptr %hdl)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend6, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %Switch
  unreachable
}

define internal fastcc void @ur.cleanup(ptr noundef nonnull align 8 dereferenceable(120) %hdl) {
entry.cleanup:
  %buf.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 3
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  %index.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 7
  %index = load i2, ptr %index.addr, align 1
  %ResumeFn.addr1 = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  %0 = load ptr, ptr %ResumeFn.addr1, align 8
  %1 = icmp eq ptr %0, null
  br i1 %1, label %resume.2, label %Switch

Switch:                                           ; preds = %resume.entry
  switch i2 %index, label %unreachable [
    i2 0, label %resume.0
    i2 1, label %resume.1
  ]

resume.0:                                         ; preds = %Switch
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %suspend [
    i8 0, label %never
    i8 1, label %destroyed0
  ]

never:                                            ; preds = %AfterCoroSuspend
  store i64 1, ptr %buf.reload.addr, align 8
  unreachable

destroyed0:                                       ; preds = %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 5
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  br label %cleanup

resume.1:                                         ; preds = %Switch
  br label %resume.1.landing

resume.1.landing:                                 ; preds = %resume.1
  br label %AfterCoroSuspend3

AfterCoroSuspend3:                                ; preds = %resume.1.landing
  switch i8 1, label %suspend [
    i8 0, label %r1
    i8 1, label %cleanup
  ]

r1:                                               ; preds = %AfterCoroSuspend3
  %n.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 4
  %n.reload = load i64, ptr %n.reload.addr, align 8
  %p = getelementptr inbounds [8 x i64], ptr %buf.reload.addr, i64 0, i64 %n.reload
  %x = load i64, ptr %p, align 8
  call void @use(i64 %x)
  %e = call i64 @get()
  %e.spill.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  store i64 %e, ptr %e.spill.addr, align 8
  br label %CoroSave4

CoroSave4:                                        ; preds = %r1
  %ResumeFn.addr = getelementptr inbounds nuw %ur.Frame, ptr %hdl, i32 0, i32 0
  store ptr null, ptr %ResumeFn.addr, align 8
  br label %CoroSuspend5

CoroSuspend5:                                     ; preds = %CoroSave4
  br label %resume.2.landing

resume.2:                                         ; preds = %resume.entry
  br label %resume.2.landing

resume.2.landing:                                 ; preds = %resume.2, %CoroSuspend5
  %2 = phi i8 [ -1, %CoroSuspend5 ], [ 1, %resume.2 ]
  br label %AfterCoroSuspend6

AfterCoroSuspend6:                                ; preds = %resume.2.landing
  switch i8 %2, label %suspend [
    i8 0, label %unr
    i8 1, label %destroyedf
  ]

unr:                                              ; preds = %AfterCoroSuspend6
  unreachable

destroyedf:                                       ; preds = %AfterCoroSuspend6
  %e.reload.addr = getelementptr inbounds %ur.Frame, ptr %hdl, i32 0, i32 6
  %e.reload = load i64, ptr %e.reload.addr, align 8
  call void @use(i64 %e.reload)
  br label %cleanup

cleanup:                                          ; preds = %destroyedf, %AfterCoroSuspend3, %destroyed0
  call void @free(ptr null)
  br label %suspend

suspend:                                          ; preds = %cleanup, %AfterCoroSuspend6, %AfterCoroSuspend3, %AfterCoroSuspend
  br label %CoroEnd

CoroEnd:                                          ; preds = %suspend
  ret void

unreachable:                                      ; preds = %Switch
  unreachable
}

define internal fastcc void @allunr.resume(ptr noundef nonnull align 8 dereferenceable(40) %hdl) {
entry.resume:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.resume
  br label %resume.0

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 0, label %CoroEnd [
    i8 0, label %unr
    i8 1, label %unr
  ]

unr:                                              ; preds = %AfterCoroSuspend, %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %allunr.Frame, ptr %hdl, i32 0, i32 3
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  unreachable

CoroEnd:                                          ; preds = %AfterCoroSuspend
  ret void
}

define internal fastcc void @allunr.destroy(ptr noundef nonnull align 8 dereferenceable(40) %hdl) {
entry.destroy:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.destroy
  br label %resume.0

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %CoroEnd [
    i8 0, label %unr
    i8 1, label %unr
  ]

unr:                                              ; preds = %AfterCoroSuspend, %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %allunr.Frame, ptr %hdl, i32 0, i32 3
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  unreachable

CoroEnd:                                          ; preds = %AfterCoroSuspend
  ret void
}

define internal fastcc void @allunr.cleanup(ptr noundef nonnull align 8 dereferenceable(40) %hdl) {
entry.cleanup:
  br label %resume.entry

resume.entry:                                     ; preds = %entry.cleanup
  br label %resume.0

resume.0:                                         ; preds = %resume.entry
  br label %resume.0.landing

resume.0.landing:                                 ; preds = %resume.0
  br label %AfterCoroSuspend

AfterCoroSuspend:                                 ; preds = %resume.0.landing
  switch i8 1, label %CoroEnd [
    i8 0, label %unr
    i8 1, label %unr
  ]

unr:                                              ; preds = %AfterCoroSuspend, %AfterCoroSuspend
  %d.reload.addr = getelementptr inbounds %allunr.Frame, ptr %hdl, i32 0, i32 3
  %d.reload = load i64, ptr %d.reload.addr, align 8
  call void @use(i64 %d.reload)
  unreachable

CoroEnd:                                          ; preds = %AfterCoroSuspend
  ret void
}

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #1 = { nounwind memory(none) }
attributes #2 = { nounwind }
attributes #3 = { nounwind memory(argmem: read) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nomerge nounwind }
