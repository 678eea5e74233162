import RadXML

extension DataReader {
    /// Checks what no schema can check across files: part-of links, refinements and implied organs point to
    /// defined ids, and no term names two different finding types (but by `alsoNames`, which only a finding's term has).
    mutating func checkReferences(_ base: KnowledgeBase) {
        for structure in base.anatomy.structures {
            if let parent = structure.partOf, base.anatomy.structure(parent) == nil {
                diagnostics.append(XMLDiagnostic(file: structure.origin.file, line: structure.origin.line,
                                                 message: "structure '\(structure.id)' is part of unknown structure '\(parent)'"))
            }
            if let lobe = structure.inLobe, base.anatomy.structure(lobe)?.kind != .lobe {
                diagnostics.append(XMLDiagnostic(file: structure.origin.file, line: structure.origin.line,
                                                 message: "structure '\(structure.id)' lies in '\(lobe)', which is no lobe"))
            }
        }
        for modifier in base.findings.modifiers {
            for refinement in modifier.refinements {
                for id in [refinement.from, refinement.to] where base.findings.type(id) == nil {
                    diagnostics.append(XMLDiagnostic(file: modifier.origin.file, line: modifier.origin.line,
                                                     message: "modifier '\(modifier.id)' refines unknown finding type '\(id)'"))
                }
            }
            for term in modifier.terms where term.alsoNames != nil {
                diagnostics.append(XMLDiagnostic(file: term.origin.file, line: term.origin.line,
                                                 message: "term '\(term.text)' of modifier '\(modifier.id)' names a finding (alsoNames)"))
            }
        }
        for type in base.findings.types {
            if let parent = type.parent, base.findings.type(parent) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' has unknown parent '\(parent)'"))
            }
            if let restated = type.restates, base.findings.type(restated) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' restates unknown finding '\(restated)'"))
            }
            for renamed in type.renames where base.findings.type(renamed) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' renames unknown finding '\(renamed)'"))
            }
            for host in type.within where base.findings.type(host) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' is seen within unknown finding '\(host)'"))
            }
            for interpreted in type.interprets where base.findings.type(interpreted) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' interprets unknown finding '\(interpreted)'"))
            }
            for term in type.terms {
                if let second = term.alsoNames, base.findings.type(second) == nil || second == type.id {
                    diagnostics.append(XMLDiagnostic(file: term.origin.file, line: term.origin.line,
                                                     message: "term '\(term.text)' of finding '\(type.id)' also names unknown or its own finding '\(second)'"))
                }
            }
            if let organ = type.organ, base.anatomy.structure(organ) == nil {
                diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                 message: "finding '\(type.id)' names unknown organ '\(organ)'"))
            }
            for relocation in type.relocations {
                if base.anatomy.structure(relocation.structure) == nil {
                    diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                     message: "finding '\(type.id)' is placed in unknown structure '\(relocation.structure)'"))
                }
                if base.findings.type(relocation.type) == nil {
                    diagnostics.append(XMLDiagnostic(file: type.origin.file, line: type.origin.line,
                                                     message: "finding '\(type.id)' becomes unknown finding type '\(relocation.type)'"))
                }
            }
        }
        var owner: [String: (id: String, origin: Origin)] = [:]
        for type in base.findings.types {
            for term in type.terms {
                let key = Self.spellingKey(term.text)
                if let previous = owner[key], previous.id != type.id {
                    diagnostics.append(XMLDiagnostic(file: term.origin.file, line: term.origin.line, message:
                        "term '\(term.text)' of finding '\(type.id)' already names finding '\(previous.id)' at \(previous.origin)"))
                } else {
                    owner[key] = (type.id, term.origin)
                }
            }
        }
    }

    /// The key under which two spellings of a term are the same word: lowercased, hyphens read as spaces
    /// ("Ground-glass" = "ground glass"). Works on UTF-8 bytes: a `Character`-wise map costs ~10 k instructions a term.
    static func spellingKey(_ text: String) -> String {
        let hyphen = UInt8(ascii: "-"), space = UInt8(ascii: " ")
        return String(decoding: text.lowercased().utf8.map { $0 == hyphen ? space : $0 }, as: UTF8.self)
    }
}
