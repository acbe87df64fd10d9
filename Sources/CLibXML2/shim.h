// The only place libxml2 enters the package: its HTML parser (Debian libxml2-dev). The include path comes from
// pkg-config libxml-2.0.
#ifndef GOVDISCLOSURE_CLIBXML2_SHIM_H
#define GOVDISCLOSURE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's <unicode/ucnv.h>, whose enums clash
// with the ICU copy inside Swift's Foundation. We never read an xmlCharEncodingHandler (the only declaration that
// depends on it): LibXML2.swift only hands libxml2's own UTF-8 handler back to it, as htmlReadMemory does; we
// transcode to UTF-8 ourselves. So the ICU parts are hidden from Swift.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
