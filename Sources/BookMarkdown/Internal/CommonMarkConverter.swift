internal import CCMark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every call into libcmark lives in this file. The converter parses with libcmark and turns
/// the C tree into a ``MarkdownNode`` value tree in one walk, then frees every C object before
/// returning; no pointer outlives the function.
enum CommonMarkConverter {
    enum Failure: Error {
        case outOfMemory
    }

    /// Parses `bytes` and converts the tree.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 Markdown (math already protected).
    ///   - smartPunctuation: Whether to pass `CMARK_OPT_SMART`.
    ///   - location: Maps libcmark's 1-based line and byte column to a source location.
    ///   - literal: Called for every text node; returns the nodes that replace it.
    ///   - restore: Applied to every other literal (code, HTML, URLs, titles, info strings).
    /// - Returns: The document node.
    /// - Throws: `Failure.outOfMemory` when libcmark cannot allocate.
    static func convert(
        _ bytes: [UInt8],
        smartPunctuation: Bool,
        location: (Int, Int) -> SourceLocation,
        text: (String, SourceLocation) -> [MarkdownNode],
        restore: (String) -> String
    ) throws(Failure) -> MarkdownNode {
        var options = CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { options |= CMARK_OPT_SMART }
        guard let parser = cmark_parser_new(options) else { throw .outOfMemory }
        defer { cmark_parser_free(parser) }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { throw .outOfMemory }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { throw .outOfMemory }
        defer { cmark_iter_free(iterator) }

        // Open containers: their kind, location and the children converted so far.
        var stack: [(kind: MarkdownNode.Kind, location: SourceLocation, children: [MarkdownNode])] = []
        var blockLocation = SourceLocation(line: 1, column: 1)
        var document: MarkdownNode? = nil

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                guard let open = stack.popLast() else { continue }
                let finished = MarkdownNode(open.kind, children: open.children, location: open.location)
                if stack.isEmpty { document = finished } else { stack[stack.count - 1].children.append(finished) }
                if let parent = stack.last { blockLocation = parent.location }
                continue
            }
            let isBlock =
                type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
            let here: SourceLocation
            if isBlock {
                here = location(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                blockLocation = here
            } else {
                here = blockLocation
            }
            let leaf: [MarkdownNode]?
            switch type {
            case CMARK_NODE_TEXT:
                leaf = text(string(cmark_node_get_literal(node)), here)
            case CMARK_NODE_SOFTBREAK:
                leaf = [MarkdownNode(.softBreak, location: here)]
            case CMARK_NODE_LINEBREAK:
                leaf = [MarkdownNode(.lineBreak, location: here)]
            case CMARK_NODE_CODE:
                leaf = [MarkdownNode(.code(restore(string(cmark_node_get_literal(node)))), location: here)]
            case CMARK_NODE_HTML_INLINE:
                leaf = [MarkdownNode(.htmlInline(restore(string(cmark_node_get_literal(node)))), location: here)]
            case CMARK_NODE_HTML_BLOCK:
                leaf = [MarkdownNode(.htmlBlock(restore(string(cmark_node_get_literal(node)))), location: here)]
            case CMARK_NODE_CODE_BLOCK:
                let info = restore(string(cmark_node_get_fence_info(node)))
                leaf = [
                    MarkdownNode(
                        .codeBlock(info: info, literal: restore(string(cmark_node_get_literal(node)))), location: here)
                ]
            case CMARK_NODE_THEMATIC_BREAK:
                leaf = [MarkdownNode(.thematicBreak, location: here)]
            default:
                leaf = nil
            }
            if let leaf {
                stack[stack.count - 1].children.append(contentsOf: leaf)
                continue
            }
            let kind: MarkdownNode.Kind
            switch type {
            case CMARK_NODE_DOCUMENT: kind = .document
            case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
            case CMARK_NODE_LIST:
                kind = .list(
                    ListStyle(
                        isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                        start: Int(cmark_node_get_list_start(node)),
                        isTight: cmark_node_get_list_tight(node) != 0))
            case CMARK_NODE_ITEM: kind = .item
            case CMARK_NODE_PARAGRAPH: kind = .paragraph
            case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
            case CMARK_NODE_EMPH: kind = .emphasis
            case CMARK_NODE_STRONG: kind = .strong
            case CMARK_NODE_LINK:
                kind = .link(
                    destination: restore(string(cmark_node_get_url(node))),
                    title: restore(string(cmark_node_get_title(node))))
            case CMARK_NODE_IMAGE:
                kind = .image(
                    source: restore(string(cmark_node_get_url(node))),
                    title: restore(string(cmark_node_get_title(node))))
            default:
                // Custom blocks and inlines are never produced by the parser.
                kind = .paragraph
            }
            stack.append((kind, here, []))
        }
        return document ?? MarkdownNode(.document, location: SourceLocation(line: 1, column: 1))
    }

    /// libcmark's own HTML for `markdown`, rendered with `CMARK_OPT_UNSAFE` and the same parse
    /// options a chapter uses. The reference our renderer is tested against.
    ///
    /// - Parameters:
    ///   - markdown: CommonMark source.
    ///   - smartPunctuation: Whether to pass `CMARK_OPT_SMART`.
    /// - Returns: libcmark's HTML.
    static func libcmarkHTML(_ markdown: String, smartPunctuation: Bool) -> String {
        var options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let count = markdown.utf8.count
        guard let html = cmark_markdown_to_html(markdown, count, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
