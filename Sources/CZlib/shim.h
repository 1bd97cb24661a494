#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
/* zlib's deflate stands in for Redshift's LZO and ZSTD column encodings. */
#include <zlib.h>
#endif
