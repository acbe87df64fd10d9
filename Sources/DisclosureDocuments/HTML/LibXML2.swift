// Every libxml2 call of the package lives in this file.
// The page is parsed by libxml2's HTML parser driven by SAX callbacks: no libxml2 document is built, the events go
// straight into an `HTMLTreeBuilder` (flat arrays, no object per node).
// Ownership: the parser context returned by `htmlCreateMemoryParserCtxt` (which copies the bytes) is owned by
// `parse` and freed with `htmlFreeParserCtxt` exactly once (a `defer` right after the NULL check); its SAX handler
// block is the context's own, overwritten with ours. Every name, attribute and text pointer a callback receives is
// borrowed for that callback only and copied into the builder before it returns. The builder is passed as the
// context's user data, unretained: it outlives the parse.
// Options: HTML_PARSE_NONET (no network), HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING (no stderr), HTML_PARSE_RECOVER
// (real pages are not valid HTML), HTML_PARSE_IGNORE_ENC with the bytes already transcoded to UTF-8 (the page's own
// charset declaration must not re-decode them); no XML_PARSE_NOENT / DTD options and no entity callbacks, so no
// entity is loaded.
internal import CLibXML2
import Foundation

/// libxml2's HTML parser.
enum LibXML2 {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// What the callbacks reach through the parser's user data.
    private final class Events {
        let builder = HTMLTreeBuilder()
        var context: htmlParserCtxtPtr?

        /// The parser's current source line (1-based).
        var line: Int { context.flatMap { $0.pointee.input.map { Int($0.pointee.line) } } ?? 0 }

        static func of(_ pointer: UnsafeMutableRawPointer?) -> Events? {
            pointer.map { Unmanaged<Events>.fromOpaque($0).takeUnretainedValue() }
        }
    }

    /// Parses UTF-8 HTML bytes (a page or a fragment) into the `<html>` element's flat tree.
    static func parse(utf8 bytes: [UInt8]) throws(PublishedReadError) -> HTMLTree {
        _ = initialised
        guard bytes.count < Int(Int32.max) else {
            throw PublishedReadError(.tooLarge, message: "网页超过 2 GiB — the page is larger than 2 GiB")
        }
        let context: htmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlCreateMemoryParserCtxt(chars, Int32(buffer.count))
                }
            }
        }
        guard let context else {
            let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "未知错误"
            throw PublishedReadError(
                .htmlParser, message: "libxml2 无法解析该网页 — libxml2 could not parse the page (\(trimmed(message)))")
        }
        defer { htmlFreeParserCtxt(context) }
        let events = Events()
        events.context = context
        context.pointee.sax.pointee = makeHandler()
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        _ = htmlCtxtUseOptions(context, options)
        // As htmlReadMemory does with the encoding "UTF-8": the bytes are UTF-8 (the handler is only passed on).
        if let utf8 = xmlFindCharEncodingHandler("UTF-8") { _ = xmlSwitchToEncoding(context, utf8) }
        try withExtendedLifetime(events) { () throws(PublishedReadError) in
            context.pointee.userData = Unmanaged.passUnretained(events).toOpaque()
            _ = htmlParseDocument(context)  // its result says "not well-formed", which recovery makes irrelevant
            if let document = context.pointee.myDoc {  // not built without a startDocument callback; freed if ever
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
        }
        return events.builder.finish()
    }

    /// The SAX callbacks: elements, text, CDATA (script and style bodies), and the comments and processing
    /// instructions that end a text run; everything else (DTD, entities, errors) is left unset.
    private static func makeHandler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { user, name, attributes in
            guard let events = Events.of(user) else { return }
            if !events.builder.startElement(name: name, attributes: LibXML2.kept(attributes), line: events.line) {
                events.context.map { xmlStopParser($0) }
            }
        }
        h.endElement = { user, _ in
            Events.of(user)?.builder.endElement()
        }
        h.characters = { user, text, length in
            guard let events = Events.of(user), let text, length > 0 else { return }
            events.builder.characters(UnsafeBufferPointer(start: text, count: Int(length)), line: events.line)
        }
        h.cdataBlock = { user, text, length in
            guard let events = Events.of(user), let text, length > 0 else { return }
            events.builder.breakText()
            events.builder.characters(UnsafeBufferPointer(start: text, count: Int(length)), line: events.line)
            events.builder.breakText()
        }
        h.comment = { user, _ in Events.of(user)?.builder.breakText() }
        h.processingInstruction = { user, _, _ in Events.of(user)?.builder.breakText() }
        return h
    }

    private static func trimmed(_ message: String) -> String {
        message.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The attributes the readers use (`class`, `id`, `rowspan`, `colspan`) from the parser's NULL-terminated
    /// name/value list; a later duplicate wins, a value-less attribute is empty.
    private static func kept(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> HTMLAttributes {
        var out = HTMLAttributes()
        guard let list else { return out }
        var i = 0
        while let name = list[i] {
            let value = list[i + 1].map { UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))) }
                ?? UnsafeBufferPointer(start: nil, count: 0)
            i += 2
            // Only the attributes the readers use are looked at (Word-pasted cells carry long styles).
            switch keptAttribute(name) {
            case 1: out.classValue = value
            case 2: out.id = value
            case 3: out.rowSpan = value
            case 4: out.columnSpan = value
            default: break
            }
        }
        return out
    }

    /// 1 `class`, 2 `id`, 3 `rowspan`, 4 `colspan`, compared without case; 0 for the others.
    private static func keptAttribute(_ name: UnsafePointer<xmlChar>) -> Int {
        func named(_ kept: StaticString) -> Bool {
            let bytes = kept.utf8Start
            for k in 0..<kept.utf8CodeUnitCount {
                var b = name[k]  // stops at the terminating NUL: it matches no letter
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                if b != bytes[k] { return false }
            }
            return name[kept.utf8CodeUnitCount] == 0
        }
        if named("class") { return 1 }
        if named("id") { return 2 }
        if named("rowspan") { return 3 }
        if named("colspan") { return 4 }
        return 0
    }
}
