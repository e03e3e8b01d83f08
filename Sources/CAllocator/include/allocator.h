// How the C allocator hands out memory for this process (see allocator.c). In C because glibc's
// mallopt and its parameters (malloc.h) are not in Swift's Glibc module.
#ifndef CANDOR_CALLOCATOR_H
#define CANDOR_CALLOCATOR_H

void candor_tune_allocator(void);

#endif
