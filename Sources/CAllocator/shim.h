#ifndef CALLOCATOR_SHIM_H
#define CALLOCATOR_SHIM_H
/* Allocator settings for a batch run (glibc only; elsewhere nothing is changed).
 *
 * glibc's defaults hand memory back to the system as soon as 128 KiB lie free at the top of the
 * heap, and serve blocks from 128 KiB up with mappings of their own. `radfind parse` fills and
 * empties its batches and grows its sentence caches, so it then pays a page fault for every page it
 * takes again. Memory stays bounded with these settings: the batches and the caches are. */
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

static inline void callocator_tune_for_batch_run(void) {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}
#endif
