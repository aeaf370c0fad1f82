; IR without a coroutine: the tool says so and succeeds.
; RUN: coropack-report --plugin %plugin %s | FileCheck %s
; RUN: coropack-report --plugin %plugin --json %s | FileCheck %s --check-prefix=JSON
; CHECK: coropack-report: no coroutines found in {{.*}}report-no-coroutine.ll
; JSON: []

define i32 @add(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  ret i32 %s
}
