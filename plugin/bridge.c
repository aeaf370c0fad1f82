/* bridge.c: the Rust bridge (placeholder functions to llvm.coro.*).
 *
 * Rust cannot declare the token-typed coroutine intrinsics, so a Rust
 * coroutine calls plain extern "C" placeholders instead (docs/rust.md):
 *
 *   coropack_id(i32 align, iN psize, iN palign)
 *                          -> %p = alloca [psize x i8], align palign
 *                             %id = llvm.coro.id(align, %p or null, null, null)
 *   coropack_alloc() -> i1        -> llvm.coro.alloc(%id)
 *   coropack_size() -> iN         -> llvm.coro.size.iN()
 *   coropack_begin(ptr) -> ptr    -> llvm.coro.begin(%id, mem)
 *   coropack_promise() -> ptr     -> %p
 *   coropack_suspend() -> i8      -> llvm.coro.suspend(llvm.coro.save(null), false)
 *   coropack_suspend_final() -> i8  (same, final = true)
 *   coropack_free(ptr) -> ptr     -> llvm.coro.free(%id, frame)
 *   coropack_end(ptr)             -> llvm.coro.end(frame, false, none)
 *
 * Neither the token nor the promise variable appears in Rust: a coroutine
 * has exactly one coropack_id call, and every other placeholder call of
 * that function refers to its token implicitly. The bridge makes the
 * promise alloca itself because coro-early redirects every use of the
 * promise to the frame, which must then come after coro.begin, and rustc
 * at O0 cannot declare a local without storing to it.
 *
 * Algorithm, run at PipelineStartEP, before coro-early:
 *   1. Look the placeholder names up; none present: return, touch nothing.
 *   2. Check each declaration's type. Walk its uses and group the calls
 *      by caller; a use that is not a direct call condemns its function
 *      (or, in a constant, keeps the declaration alive).
 *   3. For each caller, in module order, check the shape: one id call in
 *      the entry block, before any other placeholder call there, with
 *      constant arguments; one begin; at most one final suspend; promise,
 *      suspends, free and end dominated by the begin. Dominance by the
 *      begin is reachability: a block is not dominated when the entry
 *      reaches it without passing through the begin's block. A caller
 *      that fails is reported on stderr and left exactly as it was.
 *   4. Rewrite the callers that pass: the id first, then every other call
 *      in place (same position and debug location), RAUW, erase; add the
 *      presplitcoroutine attribute.
 *   5. Delete the placeholder declarations left without uses.
 */
#include "coropack.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum {
	PH_ID,
	PH_ALLOC,
	PH_SIZE,
	PH_BEGIN,
	PH_PROMISE,
	PH_SUSPEND,
	PH_FINAL,
	PH_FREE,
	PH_END,
	PH_N
};

static const struct {
	const char *name;
	const char *sig;   /* expected type, for messages */
} phtab[PH_N] = {
	[PH_ID]      = {"coropack_id", "void (i32, i64, i64)"},
	[PH_ALLOC]   = {"coropack_alloc", "i1 ()"},
	[PH_SIZE]    = {"coropack_size", "i64 () (or any integer result)"},
	[PH_BEGIN]   = {"coropack_begin", "ptr (ptr)"},
	[PH_PROMISE] = {"coropack_promise", "ptr ()"},
	[PH_SUSPEND] = {"coropack_suspend", "i8 ()"},
	[PH_FINAL]   = {"coropack_suspend_final", "i8 ()"},
	[PH_FREE]    = {"coropack_free", "ptr (ptr)"},
	[PH_END]     = {"coropack_end", "void (ptr)"},
};

typedef struct Bcall Bcall;
typedef struct Bfn Bfn;
typedef struct Bridge Bridge;

struct Bcall {
	LLVMValueRef call;
	int ph;            /* PH_* */
};

struct Bfn {
	LLVMValueRef fn;
	Bcall *call;
	uint ncall;
	int bad;           /* a non-call use was found in fn */
};

struct Bridge {
	LLVMModuleRef m;
	LLVMContextRef ctx;
	LLVMValueRef decl[PH_N];
	int typeok[PH_N];
	Pmap fnidx;        /* caller -> index in fn */
	Bfn *fn;
	uint nfn;
};

/* One line on stderr naming the caller fn, which is left unchanged. */
static void
complain(LLVMValueRef fn, const char *fmt, ...)
{
	va_list ap;
	size_t len;
	const char *name = LLVMGetValueName2(fn, &len);

	fprintf(stderr, "coropack: coro-bridge: in function '%.*s': ",
	    (int)len, name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (function left unchanged)\n");
}

/* Is t the function type ret (params[0..n))? Types are uniqued. */
static int
istype(LLVMTypeRef t, LLVMTypeRef ret, LLVMTypeRef *params, uint n)
{
	return t == LLVMFunctionType(ret, params, n, 0);
}

static int
checktype(Bridge *b, int ph)
{
	LLVMContextRef c = b->ctx;
	LLVMTypeRef t = LLVMGlobalGetValueType(b->decl[ph]);
	LLVMTypeRef vo = LLVMVoidTypeInContext(c);
	LLVMTypeRef p = LLVMPointerTypeInContext(c, 0);
	LLVMTypeRef i1 = LLVMInt1TypeInContext(c);
	LLVMTypeRef i8 = LLVMInt8TypeInContext(c);
	LLVMTypeRef i32 = LLVMInt32TypeInContext(c);
	LLVMTypeRef idp[3];

	switch (ph) {
	case PH_ID:
		/* usize is i64 or i32: any integers for size and alignment. */
		if (LLVMCountParamTypes(t) != 3 || LLVMIsFunctionVarArg(t)
		|| LLVMGetReturnType(t) != vo)
			return 0;
		LLVMGetParamTypes(t, idp);
		return idp[0] == i32
		    && LLVMGetTypeKind(idp[1]) == LLVMIntegerTypeKind
		    && LLVMGetTypeKind(idp[2]) == LLVMIntegerTypeKind;
	case PH_ALLOC: return istype(t, i1, NULL, 0);
	case PH_SIZE:
		return LLVMCountParamTypes(t) == 0 && !LLVMIsFunctionVarArg(t)
		    && LLVMGetTypeKind(LLVMGetReturnType(t)) == LLVMIntegerTypeKind;
	case PH_BEGIN: return istype(t, p, &p, 1);
	case PH_PROMISE: return istype(t, p, NULL, 0);
	case PH_SUSPEND: return istype(t, i8, NULL, 0);
	case PH_FINAL: return istype(t, i8, NULL, 0);
	case PH_FREE: return istype(t, p, &p, 1);
	case PH_END: return istype(t, vo, &p, 1);
	}
	return 0;
}

static Bfn *
getfn(Bridge *b, LLVMValueRef fn)
{
	int i = pmget(&b->fnidx, fn);
	Bfn *f;

	if (i >= 0)
		return &b->fn[i];
	pmput(&b->fnidx, fn, (int)b->nfn);
	f = VPUSH(b->fn, b->nfn);
	memset(f, 0, sizeof *f);
	f->fn = fn;
	return f;
}

/* Step 2 for one placeholder: group its call sites by caller. */
static void
collect(Bridge *b, int ph)
{
	LLVMValueRef d = b->decl[ph];
	LLVMUseRef u;

	for (u = LLVMGetFirstUse(d); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		LLVMBasicBlockRef bb;
		Bfn *f;
		Bcall *c;

		if (!LLVMIsAInstruction(user)) {
			fprintf(stderr, "coropack: coro-bridge: %s is used in"
			    " a constant, not called; it is left in place\n",
			    phtab[ph].name);
			continue;
		}
		bb = LLVMGetInstructionParent(user);
		f = getfn(b, LLVMGetBasicBlockParent(bb));
		if (!LLVMIsACallInst(user)
		|| LLVMGetCalledValue(user) != d) {
			complain(f->fn, "%s is used other than as the callee"
			    " of a call", phtab[ph].name);
			f->bad = 1;
			continue;
		}
		if (LLVMGetCalledFunctionType(user)
		!= LLVMGlobalGetValueType(d)) {
			char *t = LLVMPrintTypeToString(
			    LLVMGetCalledFunctionType(user));
			complain(f->fn, "%s is called as '%s', not as"
			    " declared", phtab[ph].name, t);
			LLVMDisposeMessage(t);
			f->bad = 1;
			continue;
		}
		c = VPUSH(f->call, f->ncall);
		c->call = user;
		c->ph = ph;
	}
}

static int
isplaceholdercall(Bridge *b, LLVMValueRef i)
{
	LLVMValueRef callee;
	int ph;

	if (!LLVMIsACallInst(i))
		return 0;
	callee = LLVMGetCalledValue(i);
	for (ph = 0; ph < PH_N; ph++)
		if (b->decl[ph] && callee == b->decl[ph])
			return 1;
	return 0;
}

/* Blocks the entry reaches without passing through block b (b itself
 * excluded): exactly the blocks b does not dominate. Returns a map block
 * -> 1 to free with pmfree. */
static Pmap
reachavoiding(LLVMValueRef fn, LLVMBasicBlockRef b)
{
	Pmap seen = {0};
	LLVMBasicBlockRef *stack, bb, s;
	uint n = 0, k, ns;
	LLVMValueRef t;

	if (LLVMGetEntryBasicBlock(fn) == b)
		return seen;
	stack = xcalloc(LLVMCountBasicBlocks(fn), sizeof *stack);
	stack[n++] = LLVMGetEntryBasicBlock(fn);
	pmput(&seen, stack[0], 1);
	while (n) {
		bb = stack[--n];
		t = LLVMGetBasicBlockTerminator(bb);
		ns = t ? LLVMGetNumSuccessors(t) : 0;
		for (k = 0; k < ns; k++) {
			s = LLVMGetSuccessor(t, k);
			if (s == b || pmget(&seen, s) >= 0)
				continue;
			pmput(&seen, s, 1);
			stack[n++] = s;
		}
	}
	free(stack);
	return seen;
}

/* Is instruction i dominated by instruction d? notdom is
 * reachavoiding(fn, parent of d). */
static int
dominated(LLVMValueRef i, LLVMValueRef d, const Pmap *notdom)
{
	LLVMBasicBlockRef bb = LLVMGetInstructionParent(i);
	LLVMValueRef j;

	if (bb != LLVMGetInstructionParent(d))
		return pmget(notdom, bb) < 0;
	for (j = LLVMGetNextInstruction(d); j; j = LLVMGetNextInstruction(j))
		if (j == i)
			return 1;
	return 0;
}

static int
constarg(LLVMValueRef call, uint i, unsigned long long *v)
{
	LLVMValueRef a = LLVMGetOperand(call, i);

	if (!LLVMIsAConstantInt(a))
		return 0;
	*v = LLVMConstIntGetZExtValue(a);
	return 1;
}

/* Step 3: is f a well-formed bridged coroutine? Reports every problem. */
static int
checkfn(Bridge *b, Bfn *f)
{
	uint n[PH_N] = {0}, k;
	LLVMValueRef id = NULL, begin = NULL, i;
	unsigned long long align, psize, palign;
	int ok = !f->bad;
	Pmap notdom;

	for (k = 0; k < f->ncall; k++) {
		int ph = f->call[k].ph;
		if (!b->typeok[ph] && n[ph] == 0) {
			char *t = LLVMPrintTypeToString(
			    LLVMGlobalGetValueType(b->decl[ph]));
			complain(f->fn, "%s is declared as '%s', expected"
			    " '%s'", phtab[ph].name, t, phtab[ph].sig);
			LLVMDisposeMessage(t);
			ok = 0;
		}
		if (n[ph]++ == 0) {
			if (ph == PH_ID)
				id = f->call[k].call;
			if (ph == PH_BEGIN)
				begin = f->call[k].call;
		}
	}
	if (!ok)
		return 0;
	if (n[PH_ID] == 0) {
		complain(f->fn, "placeholders are called but coropack_id is"
		    " not");
		return 0;
	}
	if (n[PH_ID] > 1) {
		complain(f->fn, "coropack_id is called %u times, expected"
		    " once", n[PH_ID]);
		return 0;
	}
	if (n[PH_BEGIN] != 1) {
		complain(f->fn, "coropack_begin is called %u times, expected"
		    " once", n[PH_BEGIN]);
		ok = 0;
	}
	if (n[PH_FINAL] > 1) {
		complain(f->fn, "coropack_suspend_final is called %u times,"
		    " expected at most once", n[PH_FINAL]);
		ok = 0;
	}
	if (!ok)
		return 0;

	if (LLVMGetInstructionParent(id) != LLVMGetEntryBasicBlock(f->fn)) {
		complain(f->fn, "coropack_id must be called in the entry"
		    " block (make it the first call of the function)");
		return 0;
	}
	for (i = LLVMGetFirstInstruction(LLVMGetInstructionParent(id));
	    i != id; i = LLVMGetNextInstruction(i))
		if (isplaceholdercall(b, i)) {
			complain(f->fn, "a placeholder is called before"
			    " coropack_id");
			return 0;
		}
	if (!constarg(id, 0, &align) || !constarg(id, 1, &psize)
	|| !constarg(id, 2, &palign)) {
		complain(f->fn, "the arguments of coropack_id must be"
		    " constants (use const { size_of::<T>() } in Rust)");
		return 0;
	}
	if (palign == 0 || (palign & (palign - 1)) || palign > (1u << 16)
	|| psize > (1ull << 32) || align > (1u << 16)) {
		complain(f->fn, "coropack_id(%llu, %llu, %llu): the promise"
		    " alignment must be a power of two up to 65536, the"
		    " sizes sensible", align, psize, palign);
		return 0;
	}
	if (psize == 0 && n[PH_PROMISE]) {
		complain(f->fn, "coropack_promise is called, but coropack_id"
		    " declares no promise (size 0)");
		return 0;
	}

	notdom = reachavoiding(f->fn, LLVMGetInstructionParent(begin));
	for (k = 0; k < f->ncall; k++) {
		int ph = f->call[k].ph;
		if (ph == PH_ID || ph == PH_ALLOC || ph == PH_SIZE
		|| ph == PH_BEGIN)
			continue;
		if (!dominated(f->call[k].call, begin, &notdom)) {
			complain(f->fn, "%s may be called before"
			    " coropack_begin", phtab[ph].name);
			ok = 0;
		}
	}
	pmfree(&notdom);
	return ok;
}

static LLVMValueRef
intrinsic(Bridge *b, const char *name, LLVMTypeRef *over, uint nover,
    LLVMTypeRef *fty)
{
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));

	*fty = LLVMIntrinsicGetType(b->ctx, id, over, nover);
	return LLVMGetIntrinsicDeclaration(b->m, id, over, nover);
}

/* Emits a call to intrinsic name before the placeholder call at, with
 * at's debug location. */
static LLVMValueRef
emit(Bridge *b, LLVMBuilderRef bld, LLVMValueRef at, const char *name,
    LLVMTypeRef *over, uint nover, LLVMValueRef *args, uint nargs,
    const char *vname)
{
	LLVMTypeRef fty;
	LLVMValueRef fn = intrinsic(b, name, over, nover, &fty), v;

	LLVMPositionBuilderBefore(bld, at);
	if (LLVMGetTypeKind(LLVMGetReturnType(fty)) == LLVMVoidTypeKind)
		vname = "";
	v = LLVMBuildCall2(bld, fty, fn, args, nargs, vname);
	LLVMInstructionSetDebugLoc(v, LLVMInstructionGetDebugLoc(at));
	return v;
}

/* Step 4: rewrite one checked caller. */
static void
rewritefn(Bridge *b, Bfn *f)
{
	LLVMBuilderRef bld = LLVMCreateBuilderInContext(b->ctx);
	LLVMTypeRef p = LLVMPointerTypeInContext(b->ctx, 0);
	LLVMValueRef null = LLVMConstPointerNull(p);
	LLVMValueRef id = NULL, promise = NULL, args[4], v, old;
	uint k;
	int pass;

	/* Pass 0 makes the token, pass 1 everything that uses it. */
	for (pass = 0; pass < 2; pass++)
	for (k = 0; k < f->ncall; k++) {
		int ph = f->call[k].ph;
		if ((ph == PH_ID) != (pass == 0))
			continue;
		old = f->call[k].call;
		v = NULL;
		switch (ph) {
		case PH_ID: {
			unsigned long long sz = 0, al = 1;
			LLVMTypeRef et = LLVMInt8TypeInContext(b->ctx);
			constarg(old, 1, &sz);
			constarg(old, 2, &al);
			promise = null;
			if (sz) {
				/* [n x iK] with K = 8 * alignment when it
				 * fits, so that the type states it too. */
				if (al <= 8 && sz % al == 0) {
					et = LLVMIntTypeInContext(b->ctx,
					    (unsigned)al * 8);
					sz /= al;
				}
				LLVMPositionBuilderBefore(bld, old);
				promise = LLVMBuildAlloca(bld,
				    LLVMArrayType2(et, sz), "coro.promise");
				LLVMSetAlignment(promise, (unsigned)al);
			}
			args[0] = LLVMGetOperand(old, 0);
			args[1] = promise;
			args[2] = null;
			args[3] = null;
			id = emit(b, bld, old, "llvm.coro.id", NULL, 0,
			    args, 4, "coro.id");
			break;
		}
		case PH_ALLOC:
			v = emit(b, bld, old, "llvm.coro.alloc", NULL, 0,
			    &id, 1, "coro.alloc");
			break;
		case PH_SIZE: {
			LLVMTypeRef t = LLVMTypeOf(old);
			v = emit(b, bld, old, "llvm.coro.size", &t, 1,
			    NULL, 0, "coro.size");
			break;
		}
		case PH_BEGIN:
			args[0] = id;
			args[1] = LLVMGetOperand(old, 0);
			v = emit(b, bld, old, "llvm.coro.begin", NULL, 0,
			    args, 2, "coro.begin");
			break;
		case PH_PROMISE:
			v = promise;
			break;
		case PH_SUSPEND:
		case PH_FINAL:
			args[0] = emit(b, bld, old, "llvm.coro.save", NULL, 0,
			    &null, 1, "coro.save");
			args[1] = LLVMConstInt(LLVMInt1TypeInContext(b->ctx),
			    ph == PH_FINAL, 0);
			v = emit(b, bld, old, "llvm.coro.suspend", NULL, 0,
			    args, 2, "coro.suspend");
			break;
		case PH_FREE:
			args[0] = id;
			args[1] = LLVMGetOperand(old, 0);
			v = emit(b, bld, old, "llvm.coro.free", NULL, 0,
			    args, 2, "coro.free");
			break;
		case PH_END:
			args[0] = LLVMGetOperand(old, 0);
			args[1] = LLVMConstInt(LLVMInt1TypeInContext(b->ctx),
			    0, 0);
			args[2] = LLVMConstNull(LLVMTokenTypeInContext(b->ctx));
			emit(b, bld, old, "llvm.coro.end", NULL, 0, args, 3,
			    "");
			break;
		}
		if (v)
			LLVMReplaceAllUsesWith(old, v);
		LLVMInstructionEraseFromParent(old);
	}
	LLVMAddAttributeAtIndex(f->fn, LLVMAttributeFunctionIndex,
	    LLVMCreateEnumAttribute(b->ctx, LLVMGetEnumAttributeKindForName(
	    "presplitcoroutine", strlen("presplitcoroutine")), 0));
	LLVMDisposeBuilder(bld);
}

/* Rewrites every call to a coropack_* placeholder into the llvm.coro.*
 * intrinsic it stands for, marks each function that calls coropack_id
 * presplitcoroutine, and deletes the placeholder declarations left
 * without uses. A function whose placeholder uses are malformed is
 * reported on stderr and left untouched. Returns 1 if m changed; on a
 * module without placeholders, returns 0 having changed nothing. Must
 * run before coro-early. Invalidates every analysis of the rewritten
 * functions. */
int
cp_bridge_module(LLVMModuleRef m)
{
	Bridge b;
	LLVMValueRef fn;
	int ph, any = 0, changed = 0;

	memset(&b, 0, sizeof b);
	for (ph = 0; ph < PH_N; ph++) {
		b.decl[ph] = LLVMGetNamedFunction(m, phtab[ph].name);
		any |= b.decl[ph] != NULL;
	}
	if (!any)
		return 0;
	b.m = m;
	b.ctx = LLVMGetModuleContext(m);
	for (ph = 0; ph < PH_N; ph++) {
		if (!b.decl[ph])
			continue;
		if (!LLVMIsDeclaration(b.decl[ph])) {
			fprintf(stderr, "coropack: coro-bridge: %s is defined"
			    " in this module; a placeholder must only be"
			    " declared, it is left alone\n", phtab[ph].name);
			b.decl[ph] = NULL;
			continue;
		}
		b.typeok[ph] = checktype(&b, ph);
		collect(&b, ph);
	}
	/* Module order makes messages and new declarations deterministic. */
	for (fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn)) {
		int i = pmget(&b.fnidx, fn);
		if (i < 0 || !checkfn(&b, &b.fn[i]))
			continue;
		rewritefn(&b, &b.fn[i]);
		changed = 1;
	}
	for (ph = 0; ph < PH_N; ph++)
		if (b.decl[ph] && !LLVMGetFirstUse(b.decl[ph])) {
			LLVMDeleteFunction(b.decl[ph]);
			changed = 1;
		}
	for (uint i = 0; i < b.nfn; i++)
		free(b.fn[i].call);
	free(b.fn);
	pmfree(&b.fnidx);
	return changed;
}
