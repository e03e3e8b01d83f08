#include "allocator.h"

#include <malloc.h>

// Candor runs for a command or a talk and ends: memory it frees is kept for its next allocations, never
// handed back to the kernel and asked for again. With glibc's defaults every buffer over 128 KiB (a long
// talk's journal, snapshot and compiled form, read one after another) is a fresh mapping whose every
// page is a fault, and the heap grows a little at a time: resuming a 10,000-answer talk was about 15%
// faster with these (Scripts/bench). Nothing is touched that is not used, so the process is no larger.
void candor_tune_allocator(void) {
    mallopt(M_MMAP_THRESHOLD, 64 << 20);  // buffers up to 64 MiB come from the heap, and are reused
    mallopt(M_TRIM_THRESHOLD, 128 << 20); // freed memory stays for reuse
    mallopt(M_TOP_PAD, 16 << 20);         // the heap grows in large steps
}
