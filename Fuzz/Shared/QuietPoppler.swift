// Poppler's diagnostics silenced for a fuzz process (pdf-file, report-file: a `modules` line
// `shared QuietPoppler.swift`). Every syntax error Poppler meets in a damaged PDF goes through its `error()`: the
// message is formatted into a GooString, sanitised, and handed to the GLib binding's callback, which formats it again
// for `g_log` at INFO level — and GLib's default handler drops INFO messages. On mutated PDFs, where almost every input
// is damaged, that was 14% of a run (perf, pdf-file). Poppler's own way to skip it all is a null error callback with
// its global parameters' `errQuiet` set (`error()` then returns at once); neither is in the GLib binding, so they are
// looked up by their C++ names in libpoppler (already loaded by libpoppler-glib) and called with the C calling
// convention, which the Itanium C++ ABI uses for a free function and for a non-virtual member taking `this` first.
// Only the fuzz harness does this: it owns the process, as it owns stderr. The library leaves Poppler's logging as
// the host application configured it. When a name is missing (another Poppler), nothing is changed and the target
// runs as before, only slower; `quietPoppler()` says which.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Silences Poppler's diagnostics for the rest of the process; returns what it did, for the harness to print once.
/// Opens the held blank document first (Poppler creates its global parameters with the first document, and the GLib
/// binding installs its error callback then), so that nothing re-installs the callback afterwards.
@discardableResult
func quietPoppler() -> String {
    guard Poppler.GlobalParameters.held.isHeld else {
        return "Poppler's parameters are not held; its diagnostics stay on"
    }
    // dlsym(RTLD_DEFAULT, …): libpoppler is in the global scope as libpoppler-glib's dependency.
    guard let setErrorCallback = dlsym(nil, "_Z16setErrorCallbackPFv13ErrorCategoryxPKcE"),
        let setErrQuiet = dlsym(nil, "_ZN12GlobalParams11setErrQuietEb"),
        let globalParams = dlsym(nil, "globalParams")
    else {
        return "Poppler's setErrorCallback/GlobalParams::setErrQuiet not found; its diagnostics stay on"
    }
    // `globalParams` is a std::unique_ptr<GlobalParams>: with the default deleter, one pointer.
    guard let parameters = globalParams.load(as: UnsafeMutableRawPointer?.self) else {
        return "Poppler's globalParams is not set; its diagnostics stay on"
    }
    typealias SetCallback = @convention(c) (UnsafeRawPointer?) -> Void
    typealias SetQuiet = @convention(c) (UnsafeMutableRawPointer, Bool) -> Void
    unsafeBitCast(setErrorCallback, to: SetCallback.self)(nil)
    unsafeBitCast(setErrQuiet, to: SetQuiet.self)(parameters, true)
    return "Poppler's diagnostics off (null error callback, errQuiet)"
}
