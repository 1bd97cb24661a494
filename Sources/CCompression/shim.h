#ifndef CCOMPRESSION_SHIM_H
#define CCOMPRESSION_SHIM_H
#include <zlib.h>
#include <bzlib.h>
#endif
