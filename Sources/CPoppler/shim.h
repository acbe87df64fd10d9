// The only place Poppler enters the package: its GLib binding (Debian libpoppler-glib-dev), for the text layer of
// PDF reports with a box per character. The include paths come from pkg-config poppler-glib.
#ifndef GOVDISCLOSURE_CPOPPLER_SHIM_H
#define GOVDISCLOSURE_CPOPPLER_SHIM_H
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
#endif
