// The only place libzip enters the package. Found through pkg-config (`libzip`).
#ifndef GOVDISCLOSURE_CZIP_SHIM_H
#define GOVDISCLOSURE_CZIP_SHIM_H
#include <zip.h>
#endif
