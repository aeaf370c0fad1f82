; Unknown pass parameters are rejected with a message naming the parameter and the accepted ones.
; RUN: not %opt -passes='print<coro-frames><bogus>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINT
; RUN: not %opt -passes='coro-pack<bogus>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PACK
; RUN: not %opt -passes='print<coro-frames><json;bogus>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINT
; RUN: not %opt -passes='print<coro-frames><dry-run>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINTDRY
;
; PRINT: invalid print<coro-frames> pass parameter 'bogus' (accepted: text, json, debug)
; PACK: invalid coro-pack pass parameter 'bogus' (accepted: dry-run, report, json, no-remarks, debug, verify)
; dry-run belongs to coro-pack only:
; PRINTDRY: invalid print<coro-frames> pass parameter 'dry-run' (accepted: text, json, debug)

define void @f() {
  ret void
}
