#ifndef ITNLP_BENCHMARK_HEAP_TUNING_H
#define ITNLP_BENCHMARK_HEAP_TUNING_H

/// Asks the C allocator to keep freed memory in the process (glibc: no mmap for large blocks, no
/// trimming of the heap), so that later passes over a large input reuse pages the kernel has
/// already zeroed. Returns 1 when the allocator accepted it, 0 where it cannot be tuned.
int benchmark_keep_heap(void);

#endif
