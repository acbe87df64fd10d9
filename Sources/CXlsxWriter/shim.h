// The only place libxlsxwriter enters the package. Found through pkg-config (`xlsxwriter`),
// never through an absolute include path.
#ifndef GOVDISCLOSURE_CXLSXWRITER_SHIM_H
#define GOVDISCLOSURE_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
