; clang-22 C++20 task with two co_awaits: `a` lives across the first await only, `b` across the second only, the awaiter (escaped into await_suspend) from its construction on.
; RUN: env COROPACK_REPORT=text COROPACK_PACK=off %opt -passes='default<O2>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=O2
;
; Suspends: initial (ramp, index 0), the two co_awaits (1, 2), final.
; At O2 LLVM merges the two `ev` awaiters (disjoint lifetimes) into one
; 8-byte slot; each is fully written (ev{get()}) before await_suspend
; takes its address, then stays live: across 1, 2 and final, not 0.
; `a` is computed after the initial suspend (the body starts on the first
; resume). The index is dispatched on for 0, 1, 2; f.destroy at O2 is a
; bare sized delete, so nothing is read after the final suspend except
; what an escaped pointer may reach.
; Frame: promise(long)@16, awaiter@24, a@32, b@40, index(i2)@48: 56.
; The frame alignment is 16: clang passes the new-alignment (16) to
; coro.id. bound = 24 + awaiter 8 + one of a/b 8 + index 1 = 41 -> 48.
;
; O2-LABEL: coro-frames: _Z4workv status=analyzed frame=56 align=16 bound=48 packed={{[0-9]+}} header=24 maxlive=17 slots=7 suspends=4
; O2-NEXT:   functions: ramp=_Z4workv resume=_Z4workv.resume destroy=_Z4workv.destroy cleanup=_Z4workv.cleanup{{$}}
; O2-NEXT:   suspend #0 index=0 in ramp
; O2-NEXT:   suspend #1 index=1 in resume
; O2-NEXT:   suspend #2 index=2 in resume
; O2-NEXT:   suspend #3 index=final in resume
; O2-NEXT:   slot #0 field=0 resume
; O2-NEXT:   slot #1 field=1 destroy
; O2-NEXT:   slot #2 field=2 promise off=16 size=8 align=8 new={{[0-9]+}} fixed
; O2-NEXT:   slot #3 field=3 alloca off=24 size=8 align=8 new={{[0-9]+}} escaped live={1,2,3}{{$}}
; O2-NEXT:   slot #4 field=4 spill off=32 size=8 align=8 new={{[0-9]+}} live={1}{{$}}
; O2-NEXT:   slot #5 field=5 spill off=40 size=8 align=8 new={{[0-9]+}} live={2}{{$}}
; O2-NEXT:   slot #6 field=6 index off=48 size=1 align=1 new={{[0-9]+}} live={0,1,2}{{$}}
; O2-DAG:    states alloc-size=56 in _Z4workv
; O2-DAG:    states free-size=56 in _Z4workv.destroy
; O2-DAG:    states param-dereferenceable=56 in _Z4workv.resume
;
; Generated from this C++ (clang++-22 -std=c++20 -O2 -S -emit-llvm -Xclang -disable-llvm-passes):
; // A task awaiting an opaque awaiter twice: a and b live across different awaits.
; #include <coroutine>
; struct task {
;   struct promise_type {
;     long value = 0;
;     task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
;     std::suspend_always initial_suspend() noexcept { return {}; }
;     std::suspend_always final_suspend() noexcept { return {}; }
;     void return_value(long v) { value = v; }
;     void unhandled_exception() {}
;   };
;   std::coroutine_handle<promise_type> h;
; };
; struct ev {
;   long tag;
;   bool await_ready() noexcept { return false; }
;   void await_suspend(std::coroutine_handle<>) noexcept;
;   long await_resume() noexcept;
; };
; long get();
; void use(long);
; task work() {
;   long a = get();
;   long x = co_await ev{get()};
;   use(a + x);
;   long b = get();
;   long y = co_await ev{get()};
;   use(b + y);
;   co_return 0;
; }

source_filename = "x.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.task = type { %"struct.std::__n4861::coroutine_handle" }
%"struct.std::__n4861::coroutine_handle" = type { ptr }
%"struct.task::promise_type" = type { i64 }
%"struct.std::__n4861::suspend_always" = type { i8 }
%struct.ev = type { i64 }
%"struct.std::__n4861::coroutine_handle.0" = type { ptr }

$_ZN4task12promise_typeC2Ev = comdat any

$_ZN4task12promise_type17get_return_objectEv = comdat any

$_ZN4task12promise_type15initial_suspendEv = comdat any

$_ZNKSt7__n486114suspend_always11await_readyEv = comdat any

$_ZNKSt7__n486114suspend_always13await_suspendENS_16coroutine_handleIvEE = comdat any

$_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv = comdat any

$_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv = comdat any

$_ZNKSt7__n486114suspend_always12await_resumeEv = comdat any

$_ZN2ev11await_readyEv = comdat any

$_ZN4task12promise_type12return_valueEl = comdat any

$_ZN4task12promise_type19unhandled_exceptionEv = comdat any

$__clang_call_terminate = comdat any

$_ZN4task12promise_type13final_suspendEv = comdat any

$_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_promiseERS2_ = comdat any

$_ZNSt7__n486116coroutine_handleIN4task12promise_typeEEC2Ev = comdat any

$_ZNSt7__n486116coroutine_handleIvE12from_addressEPv = comdat any

$_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEE7addressEv = comdat any

$_ZNSt7__n486116coroutine_handleIvEC2Ev = comdat any

; Function Attrs: mustprogress presplitcoroutine uwtable
define dso_local ptr @_Z4workv() #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.task, align 8
  %2 = alloca %"struct.task::promise_type", align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %"struct.std::__n4861::suspend_always", align 1
  %6 = alloca %"struct.std::__n4861::suspend_always", align 1
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca %struct.ev, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca %struct.ev, align 8
  %14 = alloca i64, align 8
  %15 = alloca %"struct.std::__n4861::suspend_always", align 1
  %16 = alloca %"struct.std::__n4861::suspend_always", align 1
  %17 = call token @llvm.coro.id(i32 16, ptr %2, ptr null, ptr null)
  %18 = call i1 @llvm.coro.alloc(token %17)
  br i1 %18, label %19, label %22

19:                                               ; preds = %0
  %20 = call i64 @llvm.coro.size.i64()
  %21 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %20) #16
  br label %22

22:                                               ; preds = %19, %0
  %23 = phi ptr [ null, %0 ], [ %21, %19 ]
  %24 = call ptr @llvm.coro.begin(token %17, ptr %23)
  call void @llvm.lifetime.start.p0(ptr %2) #2
  call void @_ZN4task12promise_typeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %25 = invoke ptr @_ZN4task12promise_type17get_return_objectEv(ptr noundef nonnull align 8 dereferenceable(8) %2)
          to label %26 unwind label %34

26:                                               ; preds = %22
  %27 = getelementptr inbounds nuw %struct.task, ptr %1, i32 0, i32 0
  %28 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %27, i32 0, i32 0
  store ptr %25, ptr %28, align 8
  call void @llvm.lifetime.start.p0(ptr %5) #2
  call void @_ZN4task12promise_type15initial_suspendEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %29 = call noundef zeroext i1 @_ZNKSt7__n486114suspend_always11await_readyEv(ptr noundef nonnull align 1 dereferenceable(1) %5) #2
  br i1 %29, label %38, label %30

30:                                               ; preds = %26
  %31 = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.void(ptr %5, ptr %24, ptr @_Z4workv.__await_suspend_wrapper__init) #2
  %32 = call i8 @llvm.coro.suspend(token %31, i1 false)
  switch i8 %32, label %148 [
    i8 0, label %38
    i8 1, label %33
  ]

33:                                               ; preds = %30
  br label %39

34:                                               ; preds = %22
  %35 = landingpad { ptr, i32 }
          cleanup
  %36 = extractvalue { ptr, i32 } %35, 0
  store ptr %36, ptr %3, align 8
  %37 = extractvalue { ptr, i32 } %35, 1
  store i32 %37, ptr %4, align 4
  br label %155

38:                                               ; preds = %30, %26
  call void @_ZNKSt7__n486114suspend_always12await_resumeEv(ptr noundef nonnull align 1 dereferenceable(1) %5) #2
  br label %39

39:                                               ; preds = %38, %33
  %40 = phi i32 [ 0, %38 ], [ 2, %33 ]
  call void @llvm.lifetime.end.p0(ptr %5) #2
  switch i32 %40, label %140 [
    i32 0, label %41
  ]

41:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %7) #2
  %42 = invoke noundef i64 @_Z3getv()
          to label %43 unwind label %52

43:                                               ; preds = %41
  store i64 %42, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #2
  call void @llvm.lifetime.start.p0(ptr %9) #2
  %44 = getelementptr inbounds nuw %struct.ev, ptr %9, i32 0, i32 0
  %45 = invoke noundef i64 @_Z3getv()
          to label %46 unwind label %56

46:                                               ; preds = %43
  store i64 %45, ptr %44, align 8, !tbaa !11
  %47 = call noundef zeroext i1 @_ZN2ev11await_readyEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #2
  br i1 %47, label %60, label %48

48:                                               ; preds = %46
  %49 = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.void(ptr %9, ptr %24, ptr @_Z4workv.__await_suspend_wrapper__await) #2
  %50 = call i8 @llvm.coro.suspend(token %49, i1 false)
  switch i8 %50, label %148 [
    i8 0, label %60
    i8 1, label %51
  ]

51:                                               ; preds = %48
  br label %62

52:                                               ; preds = %41
  %53 = landingpad { ptr, i32 }
          catch ptr null
  %54 = extractvalue { ptr, i32 } %53, 0
  store ptr %54, ptr %3, align 8
  %55 = extractvalue { ptr, i32 } %53, 1
  store i32 %55, ptr %4, align 4
  br label %114

56:                                               ; preds = %43
  %57 = landingpad { ptr, i32 }
          catch ptr null
  %58 = extractvalue { ptr, i32 } %57, 0
  store ptr %58, ptr %3, align 8
  %59 = extractvalue { ptr, i32 } %57, 1
  store i32 %59, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #2
  br label %113

60:                                               ; preds = %48, %46
  %61 = call noundef i64 @_ZN2ev12await_resumeEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #2
  store i64 %61, ptr %10, align 8
  br label %62

62:                                               ; preds = %60, %51
  %63 = phi i32 [ 0, %60 ], [ 2, %51 ]
  call void @llvm.lifetime.end.p0(ptr %9) #2
  switch i32 %63, label %111 [
    i32 0, label %64
  ]

64:                                               ; preds = %62
  %65 = load i64, ptr %10, align 8
  store i64 %65, ptr %8, align 8, !tbaa !9
  %66 = load i64, ptr %7, align 8, !tbaa !9
  %67 = load i64, ptr %8, align 8, !tbaa !9
  %68 = add nsw i64 %66, %67
  invoke void @_Z3usel(i64 noundef %68)
          to label %69 unwind label %80

69:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %11) #2
  %70 = invoke noundef i64 @_Z3getv()
          to label %71 unwind label %84

71:                                               ; preds = %69
  store i64 %70, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #2
  call void @llvm.lifetime.start.p0(ptr %13) #2
  %72 = getelementptr inbounds nuw %struct.ev, ptr %13, i32 0, i32 0
  %73 = invoke noundef i64 @_Z3getv()
          to label %74 unwind label %88

74:                                               ; preds = %71
  store i64 %73, ptr %72, align 8, !tbaa !11
  %75 = call noundef zeroext i1 @_ZN2ev11await_readyEv(ptr noundef nonnull align 8 dereferenceable(8) %13) #2
  br i1 %75, label %92, label %76

76:                                               ; preds = %74
  %77 = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.void(ptr %13, ptr %24, ptr @_Z4workv.__await_suspend_wrapper__await2) #2
  %78 = call i8 @llvm.coro.suspend(token %77, i1 false)
  switch i8 %78, label %148 [
    i8 0, label %92
    i8 1, label %79
  ]

79:                                               ; preds = %76
  br label %94

80:                                               ; preds = %64
  %81 = landingpad { ptr, i32 }
          catch ptr null
  %82 = extractvalue { ptr, i32 } %81, 0
  store ptr %82, ptr %3, align 8
  %83 = extractvalue { ptr, i32 } %81, 1
  store i32 %83, ptr %4, align 4
  br label %113

84:                                               ; preds = %69
  %85 = landingpad { ptr, i32 }
          catch ptr null
  %86 = extractvalue { ptr, i32 } %85, 0
  store ptr %86, ptr %3, align 8
  %87 = extractvalue { ptr, i32 } %85, 1
  store i32 %87, ptr %4, align 4
  br label %110

88:                                               ; preds = %71
  %89 = landingpad { ptr, i32 }
          catch ptr null
  %90 = extractvalue { ptr, i32 } %89, 0
  store ptr %90, ptr %3, align 8
  %91 = extractvalue { ptr, i32 } %89, 1
  store i32 %91, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #2
  br label %109

92:                                               ; preds = %76, %74
  %93 = call noundef i64 @_ZN2ev12await_resumeEv(ptr noundef nonnull align 8 dereferenceable(8) %13) #2
  store i64 %93, ptr %14, align 8
  br label %94

94:                                               ; preds = %92, %79
  %95 = phi i32 [ 0, %92 ], [ 2, %79 ]
  call void @llvm.lifetime.end.p0(ptr %13) #2
  switch i32 %95, label %107 [
    i32 0, label %96
  ]

96:                                               ; preds = %94
  %97 = load i64, ptr %14, align 8
  store i64 %97, ptr %12, align 8, !tbaa !9
  %98 = load i64, ptr %11, align 8, !tbaa !9
  %99 = load i64, ptr %12, align 8, !tbaa !9
  %100 = add nsw i64 %98, %99
  invoke void @_Z3usel(i64 noundef %100)
          to label %101 unwind label %103

101:                                              ; preds = %96
  invoke void @_ZN4task12promise_type12return_valueEl(ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef 0)
          to label %102 unwind label %103

102:                                              ; preds = %101
  br label %107

103:                                              ; preds = %101, %96
  %104 = landingpad { ptr, i32 }
          catch ptr null
  %105 = extractvalue { ptr, i32 } %104, 0
  store ptr %105, ptr %3, align 8
  %106 = extractvalue { ptr, i32 } %104, 1
  store i32 %106, ptr %4, align 4
  br label %109

107:                                              ; preds = %102, %94
  %108 = phi i32 [ %95, %94 ], [ 3, %102 ]
  call void @llvm.lifetime.end.p0(ptr %12) #2
  call void @llvm.lifetime.end.p0(ptr %11) #2
  br label %111

109:                                              ; preds = %103, %88
  call void @llvm.lifetime.end.p0(ptr %12) #2
  br label %110

110:                                              ; preds = %109, %84
  call void @llvm.lifetime.end.p0(ptr %11) #2
  br label %113

111:                                              ; preds = %107, %62
  %112 = phi i32 [ %63, %62 ], [ %108, %107 ]
  call void @llvm.lifetime.end.p0(ptr %8) #2
  call void @llvm.lifetime.end.p0(ptr %7) #2
  switch i32 %112, label %140 [
    i32 3, label %121
  ]

113:                                              ; preds = %110, %80, %56
  call void @llvm.lifetime.end.p0(ptr %8) #2
  br label %114

114:                                              ; preds = %113, %52
  call void @llvm.lifetime.end.p0(ptr %7) #2
  br label %115

115:                                              ; preds = %114
  %116 = load ptr, ptr %3, align 8
  %117 = call ptr @__cxa_begin_catch(ptr %116) #2
  invoke void @_ZN4task12promise_type19unhandled_exceptionEv(ptr noundef nonnull align 8 dereferenceable(8) %2)
          to label %118 unwind label %127

118:                                              ; preds = %115
  invoke void @__cxa_end_catch()
          to label %119 unwind label %131

119:                                              ; preds = %118
  br label %120

120:                                              ; preds = %119
  br label %121

121:                                              ; preds = %120, %111
  call void @llvm.lifetime.start.p0(ptr %15) #2
  call void @_ZN4task12promise_type13final_suspendEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %122 = call noundef zeroext i1 @_ZNKSt7__n486114suspend_always11await_readyEv(ptr noundef nonnull align 1 dereferenceable(1) %15) #2
  br i1 %122, label %136, label %123

123:                                              ; preds = %121
  %124 = call token @llvm.coro.save(ptr null)
  call void @llvm.coro.await.suspend.void(ptr %15, ptr %24, ptr @_Z4workv.__await_suspend_wrapper__final) #2
  %125 = call i8 @llvm.coro.suspend(token %124, i1 true)
  switch i8 %125, label %148 [
    i8 0, label %136
    i8 1, label %126
  ]

126:                                              ; preds = %123
  br label %137

127:                                              ; preds = %115
  %128 = landingpad { ptr, i32 }
          cleanup
  %129 = extractvalue { ptr, i32 } %128, 0
  store ptr %129, ptr %3, align 8
  %130 = extractvalue { ptr, i32 } %128, 1
  store i32 %130, ptr %4, align 4
  invoke void @__cxa_end_catch()
          to label %135 unwind label %166

131:                                              ; preds = %118
  %132 = landingpad { ptr, i32 }
          cleanup
  %133 = extractvalue { ptr, i32 } %132, 0
  store ptr %133, ptr %3, align 8
  %134 = extractvalue { ptr, i32 } %132, 1
  store i32 %134, ptr %4, align 4
  br label %152

135:                                              ; preds = %127
  br label %152

136:                                              ; preds = %123, %121
  call void @_ZNKSt7__n486114suspend_always12await_resumeEv(ptr noundef nonnull align 1 dereferenceable(1) %15) #2
  br label %137

137:                                              ; preds = %136, %126
  %138 = phi i32 [ 0, %136 ], [ 2, %126 ]
  call void @llvm.lifetime.end.p0(ptr %15) #2
  switch i32 %138, label %140 [
    i32 0, label %139
  ]

139:                                              ; preds = %137
  br label %140

140:                                              ; preds = %139, %137, %111, %39
  %141 = phi i32 [ %40, %39 ], [ %112, %111 ], [ %138, %137 ], [ 0, %139 ]
  call void @llvm.lifetime.end.p0(ptr %2) #2
  %142 = call ptr @llvm.coro.free(token %17, ptr %24)
  %143 = icmp ne ptr %142, null
  br i1 %143, label %144, label %146

144:                                              ; preds = %140
  %145 = call i64 @llvm.coro.size.i64()
  call void @_ZdlPvm(ptr noundef %142, i64 noundef %145) #2
  br label %146

146:                                              ; preds = %140, %144
  switch i32 %141, label %169 [
    i32 0, label %147
    i32 2, label %148
  ]

147:                                              ; preds = %146
  br label %148

148:                                              ; preds = %147, %146, %123, %76, %48, %30
  call void @llvm.coro.end(ptr null, i1 false, token none)
  %149 = getelementptr inbounds nuw %struct.task, ptr %1, i32 0, i32 0
  %150 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %149, i32 0, i32 0
  %151 = load ptr, ptr %150, align 8
  ret ptr %151

152:                                              ; preds = %135, %131
  call void @llvm.coro.end(ptr null, i1 true, token none)
  %153 = call i1 @llvm.coro.is_in_ramp()
  br i1 %153, label %154, label %161

154:                                              ; preds = %152
  br label %155

155:                                              ; preds = %154, %34
  call void @llvm.lifetime.end.p0(ptr %2) #2
  %156 = call ptr @llvm.coro.free(token %17, ptr %24)
  %157 = icmp ne ptr %156, null
  br i1 %157, label %158, label %160

158:                                              ; preds = %155
  %159 = call i64 @llvm.coro.size.i64()
  call void @_ZdlPvm(ptr noundef %156, i64 noundef %159) #2
  br label %160

160:                                              ; preds = %155, %158
  br label %161

161:                                              ; preds = %160, %152
  %162 = load ptr, ptr %3, align 8
  %163 = load i32, ptr %4, align 4
  %164 = insertvalue { ptr, i32 } poison, ptr %162, 0
  %165 = insertvalue { ptr, i32 } %164, i32 %163, 1
  resume { ptr, i32 } %165

166:                                              ; preds = %127
  %167 = landingpad { ptr, i32 }
          catch ptr null
  %168 = extractvalue { ptr, i32 } %167, 0
  call void @__clang_call_terminate(ptr %168) #17
  unreachable

169:                                              ; preds = %146
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare token @llvm.coro.id(i32, ptr readnone, ptr readonly captures(none), ptr) #1

; Function Attrs: nounwind
declare i1 @llvm.coro.alloc(token) #2

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #3

; Function Attrs: nounwind memory(none)
declare i64 @llvm.coro.size.i64() #4

; Function Attrs: nounwind
declare ptr @llvm.coro.begin(token, ptr writeonly) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4task12promise_typeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.task::promise_type", ptr %3, i32 0, i32 0
  store i64 0, ptr %4, align 8, !tbaa !16
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local ptr @_ZN4task12promise_type17get_return_objectEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #7 comdat align 2 {
  %2 = alloca %struct.task, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !13
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %struct.task, ptr %2, i32 0, i32 0
  %6 = call ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_promiseERS2_(ptr noundef nonnull align 8 dereferenceable(8) %4)
  %7 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %5, i32 0, i32 0
  store ptr %6, ptr %7, align 8
  %8 = getelementptr inbounds nuw %struct.task, ptr %2, i32 0, i32 0
  %9 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  ret ptr %10
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4task12promise_type15initial_suspendEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZNKSt7__n486114suspend_always11await_readyEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !18
  %3 = load ptr, ptr %2, align 8
  ret i1 false
}

; Function Attrs: nomerge nounwind
declare token @llvm.coro.save(ptr) #9

; Function Attrs: alwaysinline mustprogress
define internal void @_Z4workv.__await_suspend_wrapper__init(ptr noundef nonnull %0, ptr noundef %1) #10 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %6 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  store ptr %1, ptr %4, align 8, !tbaa !20
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.lifetime.start.p0(ptr %6) #2
  %9 = call ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv(ptr noundef %8) #2
  %10 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %6, i32 0, i32 0
  store ptr %9, ptr %10, align 8
  %11 = call ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #2
  %12 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  store ptr %11, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  call void @_ZNKSt7__n486114suspend_always13await_suspendENS_16coroutine_handleIvEE(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr %14) #2
  call void @llvm.lifetime.end.p0(ptr %6) #2
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNKSt7__n486114suspend_always13await_suspendENS_16coroutine_handleIvEE(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr %1) #8 comdat align 2 {
  %3 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %4 = alloca ptr, align 8
  %5 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %3, i32 0, i32 0
  store ptr %1, ptr %5, align 8
  store ptr %0, ptr %4, align 8, !tbaa !18
  %6 = load ptr, ptr %4, align 8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv(ptr noundef %0) #8 comdat align 2 {
  %2 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  call void @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %4 = load ptr, ptr %3, align 8, !tbaa !20
  %5 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %2, i32 0, i32 0
  store ptr %4, ptr %5, align 8, !tbaa !21
  %6 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %2, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  ret ptr %7
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !23
  %4 = load ptr, ptr %3, align 8
  %5 = call noundef ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEE7addressEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #2
  %6 = call ptr @_ZNSt7__n486116coroutine_handleIvE12from_addressEPv(ptr noundef %5) #2
  %7 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %2, i32 0, i32 0
  store ptr %6, ptr %7, align 8
  %8 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %2, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8
  ret ptr %9
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

declare void @llvm.coro.await.suspend.void(ptr, ptr, ptr)

; Function Attrs: nounwind
declare i8 @llvm.coro.suspend(token, i1) #2

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNKSt7__n486114suspend_always12await_resumeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !18
  %3 = load ptr, ptr %2, align 8
  ret void
}

declare noundef i64 @_Z3getv() #11

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef zeroext i1 @_ZN2ev11await_readyEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !25
  %3 = load ptr, ptr %2, align 8
  ret i1 false
}

; Function Attrs: alwaysinline mustprogress
define internal void @_Z4workv.__await_suspend_wrapper__await(ptr noundef nonnull %0, ptr noundef %1) #10 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %6 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  store ptr %1, ptr %4, align 8, !tbaa !20
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.lifetime.start.p0(ptr %6) #2
  %9 = call ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv(ptr noundef %8) #2
  %10 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %6, i32 0, i32 0
  store ptr %9, ptr %10, align 8
  %11 = call ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #2
  %12 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  store ptr %11, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  call void @_ZN2ev13await_suspendENSt7__n486116coroutine_handleIvEE(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr %14) #2
  call void @llvm.lifetime.end.p0(ptr %6) #2
  ret void
}

; Function Attrs: nounwind
declare void @_ZN2ev13await_suspendENSt7__n486116coroutine_handleIvEE(ptr noundef nonnull align 8 dereferenceable(8), ptr) #12

; Function Attrs: nounwind
declare noundef i64 @_ZN2ev12await_resumeEv(ptr noundef nonnull align 8 dereferenceable(8)) #12

declare void @_Z3usel(i64 noundef) #11

; Function Attrs: alwaysinline mustprogress
define internal void @_Z4workv.__await_suspend_wrapper__await2(ptr noundef nonnull %0, ptr noundef %1) #10 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %6 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  store ptr %1, ptr %4, align 8, !tbaa !20
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.lifetime.start.p0(ptr %6) #2
  %9 = call ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv(ptr noundef %8) #2
  %10 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %6, i32 0, i32 0
  store ptr %9, ptr %10, align 8
  %11 = call ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #2
  %12 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  store ptr %11, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  call void @_ZN2ev13await_suspendENSt7__n486116coroutine_handleIvEE(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr %14) #2
  call void @llvm.lifetime.end.p0(ptr %6) #2
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4task12promise_type12return_valueEl(ptr noundef nonnull align 8 dereferenceable(8) %0, i64 noundef %1) #8 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %"struct.task::promise_type", ptr %5, i32 0, i32 0
  store i64 %6, ptr %7, align 8, !tbaa !16
  ret void
}

declare ptr @__cxa_begin_catch(ptr)

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4task12promise_type19unhandled_exceptionEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8
  ret void
}

declare void @__cxa_end_catch()

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #13 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #2
  call void @_ZSt9terminatev() #17
  unreachable
}

declare void @_ZSt9terminatev()

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4task12promise_type13final_suspendEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8
  ret void
}

; Function Attrs: alwaysinline mustprogress
define internal void @_Z4workv.__await_suspend_wrapper__final(ptr noundef nonnull %0, ptr noundef %1) #10 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %6 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  store ptr %1, ptr %4, align 8, !tbaa !20
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.lifetime.start.p0(ptr %6) #2
  %9 = call ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_addressEPv(ptr noundef %8) #2
  %10 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %6, i32 0, i32 0
  store ptr %9, ptr %10, align 8
  %11 = call ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEEcvNS0_IvEEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #2
  %12 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  store ptr %11, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %5, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  call void @_ZNKSt7__n486114suspend_always13await_suspendENS_16coroutine_handleIvEE(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr %14) #2
  call void @llvm.lifetime.end.p0(ptr %6) #2
  ret void
}

; Function Attrs: nounwind
declare void @llvm.coro.end(ptr, i1, token) #2

; Function Attrs: nounwind memory(none)
declare i1 @llvm.coro.is_in_ramp() #4

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #14

; Function Attrs: nounwind memory(argmem: read)
declare ptr @llvm.coro.free(token, ptr readonly captures(none)) #15

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEE12from_promiseERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca %"struct.std::__n4861::coroutine_handle", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !13
  call void @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %4 = load ptr, ptr %3, align 8, !tbaa !13, !nonnull !27, !align !28
  %5 = call ptr @llvm.coro.promise(ptr %4, i32 8, i1 true)
  %6 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %2, i32 0, i32 0
  store ptr %5, ptr %6, align 8, !tbaa !21
  %7 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %2, i32 0, i32 0
  %8 = load ptr, ptr %7, align 8
  ret ptr %8
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt7__n486116coroutine_handleIN4task12promise_typeEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !23
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %3, i32 0, i32 0
  store ptr null, ptr %4, align 8, !tbaa !21
  ret void
}

; Function Attrs: nounwind memory(none)
declare ptr @llvm.coro.promise(ptr captures(none), i32, i1) #4

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local ptr @_ZNSt7__n486116coroutine_handleIvE12from_addressEPv(ptr noundef %0) #8 comdat align 2 {
  %2 = alloca %"struct.std::__n4861::coroutine_handle.0", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  call void @_ZNSt7__n486116coroutine_handleIvEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #2
  %4 = load ptr, ptr %3, align 8, !tbaa !20
  %5 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %2, i32 0, i32 0
  store ptr %4, ptr %5, align 8, !tbaa !29
  %6 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %2, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  ret ptr %7
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt7__n486116coroutine_handleIN4task12promise_typeEE7addressEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !23
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle", ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8, !tbaa !21
  ret ptr %5
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt7__n486116coroutine_handleIvEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #8 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !31
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::__n4861::coroutine_handle.0", ptr %3, i32 0, i32 0
  store ptr null, ptr %4, align 8, !tbaa !29
  ret void
}

attributes #0 = { mustprogress presplitcoroutine uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #2 = { nounwind }
attributes #3 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind memory(none) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nomerge nounwind }
attributes #10 = { alwaysinline mustprogress "min-legal-vector-width"="0" "sample-profile-suffix-elision-policy"="selected" }
attributes #11 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nounwind memory(argmem: read) }
attributes #16 = { allocsize(0) }
attributes #17 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !10, i64 0}
!12 = !{!"_ZTS2ev", !10, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTSN4task12promise_typeE", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !10, i64 0}
!17 = !{!"_ZTSN4task12promise_typeE", !10, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTSNSt7__n486114suspend_alwaysE", !15, i64 0}
!20 = !{!15, !15, i64 0}
!21 = !{!22, !15, i64 0}
!22 = !{!"_ZTSNSt7__n486116coroutine_handleIN4task12promise_typeEEE", !15, i64 0}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 _ZTSNSt7__n486116coroutine_handleIN4task12promise_typeEEE", !15, i64 0}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 _ZTS2ev", !15, i64 0}
!27 = !{}
!28 = !{i64 8}
!29 = !{!30, !15, i64 0}
!30 = !{!"_ZTSNSt7__n486116coroutine_handleIvEE", !15, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 _ZTSNSt7__n486116coroutine_handleIvEE", !15, i64 0}
