/* driver.c: options and the flat list of phases.
 *
 * For each family: fillcoros, fillgraph, filllive, pack, rewrite, then the
 * report. A family any phase cannot account for is left untouched and the
 * reason goes into the report and a missed-optimisation remark.
 */
#include "coropack.h"

#include <llvm-c/Analysis.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void
cp_default_options(CpOptions *o, const char *pass)
{
	memset(o, 0, sizeof *o);
	o->remarks = 1;
	if (strcmp(pass, "print<coro-frames>") == 0) {
		o->format = CP_FMT_TEXT;
		o->pack = 0;
	} else {
		o->format = CP_FMT_NONE;
		o->pack = 1;
	}
}

static int
flag(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncmp(s, name, n) == 0;
}

int
cp_parse_options(CpOptions *o, const char *pass, const char *params,
    char *err, size_t errlen)
{
	int print = strcmp(pass, "print<coro-frames>") == 0;
	const char *accepted = print ? "text, json, debug"
	    : "dry-run, report, json, no-remarks, debug, verify";
	const char *p = params;
	while (*p) {
		const char *e = strchr(p, ';');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (flag(p, n, "text"))
			o->format = CP_FMT_TEXT;
		else if (flag(p, n, "json"))
			o->format = CP_FMT_JSON;
		else if (flag(p, n, "debug"))
			o->debug = 1;
		else if (!print && flag(p, n, "report"))
			o->format = CP_FMT_TEXT;
		else if (!print && flag(p, n, "dry-run"))
			o->pack = 0;
		else if (!print && flag(p, n, "no-remarks"))
			o->remarks = 0;
		else if (!print && flag(p, n, "verify"))
			o->verify = 1;
		else {
			snprintf(err, errlen,
			    "invalid %s pass parameter '%.*s' (accepted: %s)",
			    pass, (int)n, p, accepted);
			return -1;
		}
		p += n;
		if (*p == ';')
			p++;
	}
	return 0;
}

static int
truthy(const char *v)
{
	return v && *v && strcmp(v, "0") != 0 && strcmp(v, "off") != 0 &&
	    strcmp(v, "no") != 0 && strcmp(v, "false") != 0;
}

int
cp_env_disabled(void)
{
	return truthy(getenv("COROPACK_DISABLE"));
}

int
cp_env_options(CpOptions *o, char *err, size_t errlen)
{
	const char *v = getenv("COROPACK_REPORT");
	if (v && *v) {
		if (strcmp(v, "text") == 0)
			o->format = CP_FMT_TEXT;
		else if (strcmp(v, "json") == 0)
			o->format = CP_FMT_JSON;
		else if (strcmp(v, "none") == 0)
			o->format = CP_FMT_NONE;
		else {
			snprintf(err, errlen,
			    "invalid COROPACK_REPORT value '%s' (accepted: text, json, none)", v);
			return -1;
		}
	}
	v = getenv("COROPACK_PACK");
	if (v && *v) {
		if (strcmp(v, "1") == 0 || strcmp(v, "on") == 0)
			o->pack = 1;
		else if (strcmp(v, "0") == 0 || strcmp(v, "off") == 0)
			o->pack = 0;
		else {
			snprintf(err, errlen,
			    "invalid COROPACK_PACK value '%s' (accepted: on, off, 1, 0)", v);
			return -1;
		}
	}
	o->debug |= truthy(getenv("COROPACK_DEBUG"));
	return 0;
}

/* The report goes to stderr, or is appended to COROPACK_REPORT_FILE. */
static void
emit(const CpOptions *o, Coro *c, uint n)
{
	if (o->format == CP_FMT_NONE || n == 0)
		return;
	const char *path = getenv("COROPACK_REPORT_FILE");
	FILE *f = stderr;
	if (path && *path) {
		f = fopen(path, "a");
		if (!f) {
			fprintf(stderr, "coropack: cannot open COROPACK_REPORT_FILE '%s'\n", path);
			f = stderr;
		}
	}
	if (o->format == CP_FMT_JSON)
		report_json(f, c, n);
	else
		report_text(f, c, n);
	if (f != stderr)
		fclose(f);
	else
		fflush(f);
}

/* Marks the ramp "coropack"="packed|analyzed|skipped": a packed family
 * is never packed again, and the CGSCC walk handles each family once. */
static void
mark(Coro *c, const char *v)
{
	LLVMValueRef r = c->fn[FN_RAMP];
	if (!r)
		return;
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(r));
	LLVMAddAttributeAtIndex(r, LLVMAttributeFunctionIndex,
	    LLVMCreateStringAttribute(ctx, "coropack", 8, v, (unsigned)strlen(v)));
}

/* fillgraph and fillscopes; then, if CoroSplit shares fields among
 * allocas that can be told apart, again with one slot per alloca. If that
 * second analysis gives up, the first one stands. */
static void
fillaccess(Coro *c, Graph *g)
{
	uint nslot = c->nslot, nsusp = c->nsusp;
	Slot *slot = xcalloc(nslot + 1, sizeof *slot);
	Susp *susp = xcalloc(nsusp + 1, sizeof *susp);
	if (nslot)
		memcpy(slot, c->slot, nslot * sizeof *slot);
	if (nsusp) /* c->susp is NULL without suspends */
		memcpy(susp, c->susp, nsusp * sizeof *susp);
	for (int pass = 0;; pass++) {
		fillgraph(c, g);
		if (!c->skip)
			fillscopes(c, g);
		/* pass 0: the fields as they are; 1: with alloca slots; 2: as
		 * pass 0, because pass 1 gave up */
		if (pass == 0 && (c->skip || !fillsplits(c, g)))
			break;
		if (pass == 2 || (pass == 1 && !c->skip))
			break;
		Slot *subs = NULL;
		uint nsub = 0;
		if (pass == 0) {
			subs = xcalloc(c->nslot - nslot + 1, sizeof *subs);
			nsub = c->nslot - nslot;
			memcpy(subs, c->slot + nslot, nsub * sizeof *subs);
		}
		freegraph(g);
		bsfreev(c->kill, c->nsusp);
		c->kill = NULL;
		bsfreev(c->dead, c->ndead);
		c->dead = NULL;
		c->ndead = 0;
		c->nscoped = 0;
		c->skip = NULL;
		c->nslot = 0;
		c->nsusp = 0;
		for (uint k = 0; k < nslot; k++)
			*VPUSH(c->slot, c->nslot) = slot[k];
		for (uint k = 0; k < nsusp; k++)
			*VPUSH(c->susp, c->nsusp) = susp[k];
		for (uint k = 0; k < nsub; k++) {
			*VPUSH(c->slot, c->nslot) = subs[k];
			c->slot[subs[k].of].nsub++;
		}
		free(subs);
	}
	free(slot);
	free(susp);
}

/* verify: the IR verifier on every member of a rewritten family; a
 * broken one ends the process, naming the family. */
static void
verifyfamily(const Coro *c)
{
	for (int k = 0; k < FN_NKIND; k++)
		if (c->fn[k] && LLVMVerifyFunction(c->fn[k], LLVMPrintMessageAction)) {
			fprintf(stderr, "coropack: verify: %s is broken after packing the frame of %s\n",
			    vname(c->fn[k]), c->name);
			abort();
		}
}

/* strip: the CGSCC walk's, once per family: later visits see clones
 * already simplified, its records are read no more, and a caller may
 * inline the ramp next. */
static int
runall(Coro *c, uint n, const CpOptions *o, LLVMValueRef *changed, int max, int strip)
{
	int nch = 0;
	for (uint i = 0; i < n; i++) {
		Graph g;
		memset(&g, 0, sizeof g);
		c[i].newsize = c[i].size;
		if (!c[i].skip)
			fillaccess(&c[i], &g);
		if (!c[i].skip)
			filllive(&c[i], &g);
		if (o->debug)
			dumpgraph(stderr, &c[i], &g);
		if (!c[i].skip && o->pack) {
			pack(&c[i]);
			if (c[i].newsize < c[i].size)
				nch += rewrite(&c[i], &g, changed ? changed + nch : NULL,
				    changed ? max - nch : 0);
			if (o->verify && c[i].packed)
				verifyfamily(&c[i]);
		}
		if (strip)
			striptags(c[i].fn, FN_NKIND, c[i].skip ? NULL : &g);
		freegraph(&g);
		if (c[i].packed)
			mark(&c[i], "packed");
	}
	if (o->remarks)
		remarks(c, n);
	emit(o, c, n);
	return nch;
}

int
cp_run_module(LLVMModuleRef m, const CpOptions *o)
{
	uint n;
	Coro *c = fillcoros(m, NULL, &n);
	int nch = runall(c, n, o, NULL, 0, 0);
	for (uint i = 0; i < n; i++)
		freecoro(&c[i]);
	free(c);
	return nch;
}

int
cp_run_function(LLVMValueRef f, const CpOptions *o, LLVMValueRef *changed, int max)
{
	uint n;
	/* a marked ramp has been handled: fillcoros would recover its whole
	 * layout only to drop it (the CGSCC walk revisits ramps) */
	if (LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "coropack", 8))
		return 0;
	Coro *c = fillcoros(LLVMGetGlobalParent(f), f, &n);
	int nch = runall(c, n, o, changed, max, 1);
	for (uint i = 0; i < n; i++) {
		if (!c[i].packed)
			mark(&c[i], c[i].skip ? "skipped" : "analyzed");
		freecoro(&c[i]);
	}
	free(c);
	return nch;
}
