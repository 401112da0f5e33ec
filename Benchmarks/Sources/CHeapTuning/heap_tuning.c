#include "heap_tuning.h"

// Any libc header defines __GLIBC__ under glibc (through <features.h>); test it after one.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>

int benchmark_keep_heap(void) {
    // No block from mmap (the threshold cannot be raised past 32 MB), and no trimming below 1 GB.
    int mmapped = mallopt(M_MMAP_MAX, 0);
    int trimmed = mallopt(M_TRIM_THRESHOLD, 1 << 30);
    return mmapped == 1 && trimmed == 1;
}
#else
int benchmark_keep_heap(void) { return 0; }
#endif
