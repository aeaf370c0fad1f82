; A slot moved to a lower offset must not be reached through an inbounds GEP that steps below the frame base.
; RUN: %opt -passes='coro-early,cgscc(coro-split),coro-pack' -S %S/coro-pack-offsets.ll | FileCheck %s
;
; In coro-pack-offsets.ll %a, %b and the index move down by 8. The frame
; base %hdl is the start of the frame object (the allocation in the ramp,
; the frame parameter in the clones), so %hdl - 8 lies outside it. LangRef:
; an inbounds GEP whose result (or, for the struct GEP on top, whose base)
; is out of bounds of the object is poison, and the access through it UB.
; Regression test (fixed): the rewrite used to emit
; `getelementptr inbounds i8, ptr %hdl, i64 -8` under CoroSplit's struct GEP;
; it now emits one in-bounds byte GEP to the new offset.
;
; CHECK-LABEL: define ptr @f()
; CHECK-NOT: getelementptr inbounds {{.*}}i64 -
; CHECK-NOT: getelementptr inbounds {{.*}}ptr %coropack.slot
; CHECK-LABEL: define internal fastcc void @f.resume(
; CHECK-NOT: getelementptr inbounds {{.*}}i64 -
; CHECK-NOT: getelementptr inbounds {{.*}}ptr %coropack.slot
; CHECK-LABEL: define internal fastcc void @f.destroy(
; CHECK-NOT: getelementptr inbounds {{.*}}i64 -
; CHECK-NOT: getelementptr inbounds {{.*}}ptr %coropack.slot
; CHECK-LABEL: define internal fastcc void @f.cleanup(
; CHECK-NOT: getelementptr inbounds {{.*}}i64 -
; CHECK-NOT: getelementptr inbounds {{.*}}ptr %coropack.slot
; CHECK: attributes
