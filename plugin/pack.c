/* pack.c: choose new offsets for the movable slots (issue 3). */
#include "coropack.h"

void
pack(Coro *c)
{
	for (uint i = 0; i < c->nslot; i++)
		c->slot[i].newoff = c->slot[i].off;
	c->newsize = c->size;
}
