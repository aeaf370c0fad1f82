/* report.c: what the user sees.
 *
 * Text (one header line per coroutine, then its functions, suspend
 * points, slots and size statements), JSON (one object per coroutine per
 * line; keys documented in README.md), optimisation remarks (analysis:
 * coro-frames; passed/missed: coro-pack), and the debug dump of the
 * super-CFG.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>


static const char *
status(const Coro *c)
{
	return c->skip ? "skipped" : c->packed ? "packed" : "analyzed";
}

static void
suspname(FILE *f, const Susp *s)
{
	if (s->index == -1)
		fputs("final", f);
	else if (s->index == -2)
		fputs("any", f);
	else
		fprintf(f, "%d", s->index);
}

void
report_text(FILE *f, Coro *c, uint n)
{
	for (uint i = 0; i < n; i++) {
		Coro *k = &c[i];
		fprintf(f, "coro-frames: %s status=%s", k->name, status(k));
		if (k->skip) {
			fprintf(f, " frame=%llu reason=\"%s\"\n", (unsigned long long)k->size, k->skip);
			continue;
		}
		fprintf(f, " frame=%llu align=%u bound=%llu packed=%llu header=%llu maxlive=%llu slots=%u suspends=%u\n",
		    (unsigned long long)k->size, k->align, (unsigned long long)k->bound,
		    (unsigned long long)k->newsize, (unsigned long long)k->fixed_end,
		    (unsigned long long)k->maxlive, k->nslot, k->nsusp);
		fputs("  functions:", f);
		for (int q = 0; q < FN_NKIND; q++)
			if (k->fn[q])
				fprintf(f, " %s=%s", fnkind(q), vname(k->fn[q]));
		fputc('\n', f);
		for (uint s = 0; s < k->nsusp; s++) {
			fprintf(f, "  suspend #%u index=", s);
			suspname(f, &k->susp[s]);
			fprintf(f, " in %s", fnkind(k->susp[s].fn));
			if (k->susp[s].pre >= 0)
				fprintf(f, " presplit=%d", k->susp[s].pre);
			fputc('\n', f);
		}
		for (uint s = 0; s < k->nslot; s++) {
			Slot *sl = &k->slot[s];
			char of[32] = "";
			if (sl->sub)
				snprintf(of, sizeof of, " of=#%u", sl->of);
			else if (sl->nsub)
				snprintf(of, sizeof of, " shared=%u", sl->nsub);
			fprintf(f, "  slot #%u field=%u %s off=%llu size=%llu align=%u new=%llu%s%s%s live={",
			    s, sl->field, slotkind(sl->kind), (unsigned long long)sl->off,
			    (unsigned long long)sl->size, sl->align,
			    (unsigned long long)(k->packed ? sl->newoff : sl->off),
			    sl->fixed ? " fixed" : "", sl->escaped ? (sl->scoped ? " escaped scoped" : " escaped") : "",
			    of);
			int first = 1;
			for (uint x = 0; sl->susp.w && bsiter(&sl->susp, &x); x++) {
				fprintf(f, first ? "%u" : ",%u", x);
				first = 0;
			}
			fputs("}\n", f);
		}
		for (uint s = 0; s < k->nstmt; s++) {
			Stmt *st = &k->stmt[s];
			LLVMValueRef fn = LLVMIsAFunction(st->v) ? st->v
			    : LLVMGetBasicBlockParent(LLVMGetInstructionParent(st->v));
			fprintf(f, "  states %s=%llu in %s\n", stmtkind(st->kind),
			    (unsigned long long)st->val, vname(fn));
		}
	}
}

static void
jstr(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

void
report_json(FILE *f, Coro *c, uint n)
{
	for (uint i = 0; i < n; i++) {
		Coro *k = &c[i];
		fputs("{\"coroutine\":", f);
		jstr(f, k->name);
		fprintf(f, ",\"status\":\"%s\",\"reason\":", status(k));
		if (k->skip)
			jstr(f, k->skip);
		else
			fputs("null", f);
		fputs(",\"functions\":{", f);
		for (int q = 0; q < FN_NKIND; q++) {
			fprintf(f, "%s\"%s\":", q ? "," : "", fnkind(q));
			if (k->fn[q])
				jstr(f, vname(k->fn[q]));
			else
				fputs("null", f);
		}
		fprintf(f, "},\"frame_size\":%llu,\"frame_align\":%u,\"packed_size\":%llu,"
		    "\"lower_bound\":%llu,\"header_size\":%llu,\"max_live_bytes\":%llu",
		    (unsigned long long)k->size, k->align,
		    (unsigned long long)(k->skip ? k->size : k->newsize),
		    (unsigned long long)(k->skip ? k->size : k->bound),
		    (unsigned long long)k->fixed_end, (unsigned long long)k->maxlive);
		fputs(",\"suspend_points\":[", f);
		for (uint s = 0; s < k->nsusp; s++)
			fprintf(f, "%s{\"id\":%u,\"index\":%d,\"final\":%s,\"function\":\"%s\"}",
			    s ? "," : "", s, k->susp[s].index,
			    k->susp[s].index == -1 ? "true" : "false", fnkind(k->susp[s].fn));
		fputs("],\"slots\":[", f);
		for (uint s = 0; s < k->nslot; s++) {
			Slot *sl = &k->slot[s];
			fprintf(f, "%s{\"field\":%u,\"kind\":\"%s\",\"offset\":%llu,\"size\":%llu,"
			    "\"align\":%u,\"new_offset\":%llu,\"fixed\":%s,\"escaped\":%s,\"scoped\":%s,",
			    s ? "," : "", sl->field, slotkind(sl->kind), (unsigned long long)sl->off,
			    (unsigned long long)sl->size, sl->align,
			    (unsigned long long)(k->packed ? sl->newoff : sl->off),
			    sl->fixed ? "true" : "false", sl->escaped ? "true" : "false",
			    sl->scoped ? "true" : "false");
			if (sl->sub)
				fprintf(f, "\"alloca_of\":%u,\"live_across\":[", sl->of);
			else
				fputs("\"alloca_of\":null,\"live_across\":[", f);
			int first = 1;
			for (uint x = 0; sl->susp.w && bsiter(&sl->susp, &x); x++) {
				fprintf(f, first ? "%u" : ",%u", x);
				first = 0;
			}
			fputs("]}", f);
		}
		fputs("],\"size_statements\":[", f);
		for (uint s = 0; s < k->nstmt; s++) {
			Stmt *st = &k->stmt[s];
			LLVMValueRef fn = LLVMIsAFunction(st->v) ? st->v
			    : LLVMGetBasicBlockParent(LLVMGetInstructionParent(st->v));
			fprintf(f, "%s{\"kind\":\"%s\",\"function\":", s ? "," : "", stmtkind(st->kind));
			jstr(f, vname(fn));
			fprintf(f, ",\"value\":%llu}", (unsigned long long)st->val);
		}
		fputs("]}\n", f);
	}
}

void
remarks(Coro *c, uint n)
{
	char msg[512];
	/* formatting them for no one costs a family's packing */
	LLVMValueRef any = NULL;
	for (uint i = 0; i < n && !any; i++)
		any = c[i].fn[FN_RAMP];
	if (!any || !cp_remarks_wanted(any))
		return;
	for (uint i = 0; i < n; i++) {
		Coro *k = &c[i];
		LLVMValueRef f = k->fn[FN_RAMP];
		if (!f)
			continue;
		if (k->skip) {
			snprintf(msg, sizeof msg, "coroutine frame of %s left unchanged: %s",
			    k->name, k->skip);
			cp_remark(f, NULL, RK_MISSED, "Unchanged", msg);
			continue;
		}
		snprintf(msg, sizeof msg,
		    "coroutine frame of %s: %llu bytes, lower bound %llu, %u slots, %u suspend points",
		    k->name, (unsigned long long)k->size, (unsigned long long)k->bound,
		    k->nslot, k->nsusp);
		cp_remark(f, NULL, RK_ANALYSIS, "FrameSize", msg);
		if (k->packed) {
			snprintf(msg, sizeof msg, "packed coroutine frame of %s: %llu -> %llu bytes (lower bound %llu)",
			    k->name, (unsigned long long)k->size, (unsigned long long)k->newsize,
			    (unsigned long long)k->bound);
			cp_remark(f, NULL, RK_PASSED, "Packed", msg);
		}
	}
}

void
dumpgraph(FILE *f, const Coro *c, const Graph *g)
{
	fprintf(f, "coropack: graph of %s: %u blocks%s%s\n", c->name, g->nblk,
	    c->skip ? ", skipped: " : "", c->skip ? c->skip : "");
	if (getenv("COROPACK_DEBUG_IR"))
		for (int k = 0; k < FN_NKIND; k++)
			if (c->fn[k]) {
				char *s = LLVMPrintValueToString(c->fn[k]);
				fprintf(f, "%s\n", s);
				LLVMDisposeMessage(s);
			}
	for (uint b = 0; b < g->nblk; b++) {
		const Blk *bk = &g->blk[b];
		fprintf(f, "  b%u %s%s:", b, fnkind(bk->fn), bk->reach ? "" : " (unreachable)");
		for (uint e = 0; e < bk->nev; e++) {
			const Ev *v = &bk->ev[e];
			static const char *nm[] = {"use", "kill", "def", "susp", ";", "dead"};
			if (v->kind == EV_END)
				continue;
			fprintf(f, " %s%u", nm[v->kind], v->arg);
		}
		fputs(" ->", f);
		for (uint k = 0; k < bk->nsucc; k++)
			fprintf(f, " b%d", bk->succ[k]);
		fputc('\n', f);
	}
	for (uint s = 0; s < c->nsusp; s++) {
		fprintf(f, "  suspend #%u ->", s);
		for (uint k = 0; k < g->nentry[s]; k++)
			fprintf(f, " b%d", g->entry[s * 4 + k]);
		fputc('\n', f);
	}
}
