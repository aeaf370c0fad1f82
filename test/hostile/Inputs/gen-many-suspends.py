#!/usr/bin/env python3
"""gen-many-suspends.py N: a switch-ABI coroutine @many with N suspends in a
row (plus the final one). Before suspend k it computes %v<k> = @get(k) and
after it uses %v<k> only: each spill is live across exactly one suspend.
A [32 x i64] buffer is filled before suspend 0 and read after suspend N-1,
so it is live across all of them. Every third suspend's destroy edge also
reads %v<k> (destroy paths count as uses)."""
import sys

n = int(sys.argv[1])
o = []
w = o.append
w('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"')
w('target triple = "x86_64-unknown-linux-gnu"')
w('define ptr @many() presplitcoroutine {')
w('entry:')
w('  %promise = alloca i64')
w('  %buf = alloca [32 x i64], align 8')
w('  %id = call token @llvm.coro.id(i32 0, ptr %promise, ptr null, ptr null)')
w('  %size = call i64 @llvm.coro.size.i64()')
w('  %alloc = call ptr @malloc(i64 %size)')
w('  %hdl = call ptr @llvm.coro.begin(token %id, ptr %alloc)')
w('  call void @llvm.memset.p0.i64(ptr %buf, i8 1, i64 256, i1 false)')
w('  br label %s0')
for k in range(n):
    w('s%d:' % k)
    w('  %%v%d = call i64 @get(i64 %d)' % (k, k))
    w('  %%t%d = call i8 @llvm.coro.suspend(token none, i1 false)' % k)
    d = 'd%d' % k if k % 3 == 0 else 'cleanup'
    w('  switch i8 %%t%d, label %%suspend [i8 0, label %%r%d i8 1, label %%%s]' % (k, k, d))
    if k % 3 == 0:
        w('d%d:' % k)
        w('  call void @use(i64 %%v%d)' % k)
        w('  br label %cleanup')
    w('r%d:' % k)
    w('  call void @use(i64 %%v%d)' % k)
    w('  br label %%s%d' % (k + 1))
w('s%d:' % n)
w('  %last = getelementptr inbounds [32 x i64], ptr %buf, i64 0, i64 31')
w('  %lv = load i64, ptr %last')
w('  call void @use(i64 %lv)')
w('  %tf = call i8 @llvm.coro.suspend(token none, i1 true)')
w('  switch i8 %tf, label %suspend [i8 0, label %unr i8 1, label %cleanup]')
w('unr:')
w('  unreachable')
w('cleanup:')
w('  %mem = call ptr @llvm.coro.free(token %id, ptr %hdl)')
w('  call void @free(ptr %mem)')
w('  br label %suspend')
w('suspend:')
w('  call void @llvm.coro.end(ptr %hdl, i1 false, token none)')
w('  ret ptr %hdl')
w('}')
for d in ('declare token @llvm.coro.id(i32, ptr, ptr, ptr)', 'declare i64 @llvm.coro.size.i64()',
          'declare ptr @llvm.coro.begin(token, ptr)', 'declare i8 @llvm.coro.suspend(token, i1)',
          'declare ptr @llvm.coro.free(token, ptr)', 'declare void @llvm.coro.end(ptr, i1, token)',
          'declare noalias ptr @malloc(i64)', 'declare void @free(ptr)', 'declare i64 @get(i64)',
          'declare void @use(i64)', 'declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)'):
    w(d)
print('\n'.join(o))
