import RadText

extension ReportParser {
    /// "Emphysematous changes in both lungs. … IMPRESSION: Emphysema in both lungs.": a finding the impression names
    /// again is the findings section's finding (the impression's copy, no second finding) when it is
    /// - of its type, a broader one ("Atelectasis in the middle lobe" after linear atelectasis there) or one that names it
    ///   in other words (`restates` in findings.xml: "Sequelae changes in both lungs" after fibroatelectatic sequelae),
    ///   asserted alike (denials too) or hedged in one of the two only, one or many;
    /// - on its side or none, in no lobe or segment it is not in (a segment holding or lying in one of its segments is
    ///   one it is in), with no lobe left without a side unless on its side it is one it is in (see
    ///   ``sidelessWithin(_:_:)``; outside the lungs, in
    ///   no other place either: a lung finding's copy may add a zone or a place leaked from the next impression item);
    /// - measured as it is (see ``sizesAgree(_:_:)``), or not at all, or measured where the findings gave no size ("A few
    ///   millimetric nodules in the left lung. IMPRESSION: A few nodules measuring up to 4 mm in the left lung": its size is
    ///   passed back);
    /// - changed as it is, or not at all, or changed where the findings said no change ("A hypodense lesion in the liver.
    ///   IMPRESSION: Stable hypodense lesion in the liver." is stable; not a denial's change, nor one that would place a
    ///   finding the findings placed nowhere unless of its very type with no zone or organ of its own — "Two nonspecific
    ///   parenchymal nodules. IMPRESSION: Stable parenchymal nodules in the right lung" — or a recap of the impression that
    ///   reached the copy first gave it), or changed in size where the findings said only it was seen before ("Bile duct
    ///   dilatation, also observed previously. IMPRESSION: Increased bile duct dilatation" increased: see
    ///   `Finding.changeYields(to:)`);
    /// - labelled as it is, unless its word `renames` the finding's type ("Subsegmental atelectasis in both lungs.
    ///   IMPRESSION: Fibroatelectatic changes in both lungs": the atelectasis, labelled as the findings' word says).
    /// An impression finding of a narrower type is the one finding of its lineage there, which takes its type ("Degenerative
    /// changes in the vertebrae. IMPRESSION: Thoracic spondylosis": see ``narrowerCopy(of:in:sentences:summary:named:copies:)``);
    /// a lung finding of a broader type labelled otherwise is the one finding of its lineage there, which takes its labels
    /// ("Nodular densities in both lungs. IMPRESSION: Nodules in both lungs": see
    /// ``labelledBroaderCopy(of:in:sentences:summary:named:copies:)``).
    /// A lung finding the findings placed nowhere, the only one of its type, takes its copy's places; so does one they placed
    /// on one side only, the only one of its type, that a copy names in lobes of that side. A finding of a
    /// sentence that repeats an earlier one word for word, whatever its section (an impression no header or marker
    /// opens), is the same finding of that one; so are the findings of a summary ending a `headerless` report (see
    /// `trailingSummary`). A narrower place ("a nodule in the right upper lobe" after "nodules in both lungs"), another size
    /// or another change is another, unless the copy's places only drifted from (or nest with) those of the one finding of its kind no copy
    /// named (see ``driftedCopy(of:in:sentences:summary:named:copies:)``); so is any other finding the findings name twice (a
    /// pattern aside: see ``mergePatternRepeats(in:sentences:)``). A sentence of `saidOfSubjectBefore`, whose pronoun stands for
    /// what the sentence before it measures, is about another subject when repeated ("The pulmonary trunk is 33 mm. It is wider
    /// than normal. The aortic arch is 33 mm. It is wider than normal."): no repeat by its words.
    func mergeRestatements(in findings: inout [Finding], sentences: [Sentence], text: ReportText, headerless: Bool,
                           saidOfSubjectBefore: Set<Int>) {
        let repeats = verbatimRepeats(among: sentences, withFindings: findings, in: text, apart: saidOfSubjectBefore)
        let summary = headerless ? trailingSummary(of: findings, sentences: sentences, repeats: repeats) : []
        func copySentence(_ sentence: Int) -> Bool {
            sentences[sentence].section == .impression || repeats[sentence] != nil || summary.contains(sentence)
        }
        guard let first = findings.firstIndex(where: { copySentence($0.sentence) }) else { return }
        var copies = Set<Int>()
        // The findings' findings a copy named again.
        var named = Set<Int>()
        // (a finding placed by its neighbour is one of its own: "Air bronchograms within the ground glass areas")
        for index in findings.indices[first...]
        where findings[index].antecedent == .none || findings[index].antecedent.isNear {
            guard copySentence(findings[index].sentence) else { continue }
            guard let (earlier, later) = copyReading(of: index, in: findings, sentences: sentences,
                                                     original: repeats[findings[index].sentence], summary: summary)
            else {
                let later = findings[index]
                let pooled = repeats[later.sentence] != nil ? []
                    : pooledCopies(of: index, in: findings, sentences: sentences, summary: summary, copies: copies)
                // (the largest size the summary says is already one of theirs)
                var summed = later
                summed.size = nil
                for earlier in pooled {
                    var given = summed
                    if !takesPooledChange(findings[earlier], from: later) { given.temporal = nil }
                    merge(given, into: &findings[earlier])
                }
                if !pooled.isEmpty { copies.insert(index) }
                named.formUnion(pooled)
                continue
            }
            named.insert(earlier)
            if unplaced(findings[earlier]) && later.category != nil {
                findings[earlier].laterality = later.laterality
                add(later.structures, to: &findings[earlier])
            } else if findings[earlier].lobes.isEmpty && !later.lobes.isEmpty && later.category != nil && !later.placeShared {
                // (not lobes a list item shares with the item after it)
                add(later.structures, to: &findings[earlier])
            }
            merge(later, into: &findings[earlier])
            copies.insert(index)
        }
        // Then the copies left, each against the findings' findings no copy named again.
        let (anatomy, lobeOf) = (engine.knowledge.anatomy.structures, engine.anatomyIndex.lobe)
        for index in findings.indices[first...] where !copies.contains(index)
            && (findings[index].antecedent == .none || findings[index].antecedent.isNear) {
            guard copySentence(findings[index].sentence), repeats[findings[index].sentence] == nil,
                  let (earlier, later, placing) = driftedCopy(of: index, in: findings, sentences: sentences,
                                                              summary: summary, named: named, copies: copies)
            else { continue }
            // (its lobes and segments, when the copy is on all its sides, and for one in no lobe in lobes of each: one side
            // of a bilateral finding would narrow it — "sequelae changes in both lungs and the right upper lobe anterior")
            let lobeSides = Set(later.structures.compactMap { lobeOf[$0] >= 0 ? anatomy[lobeOf[$0]].side : nil })
            if placing && later.category != nil && !later.placeShared
                && (later.laterality == findings[earlier].laterality || findings[earlier].laterality == .none)
                && (findings[earlier].laterality != .bilateral || !findings[earlier].lobes.isEmpty || lobeSides.count == 2) {
                if findings[earlier].laterality == .none { findings[earlier].laterality = later.laterality }
                add(later.structures.filter { engine.placeTables.isLungPart[$0] }, to: &findings[earlier])
            }
            // (outside the lungs, one placed in no organ is in the copy's)
            if organless(findings[earlier]) { placeOutsideLungs(&findings[earlier], as: later) }
            merge(later, into: &findings[earlier])
            copies.insert(index)
            named.insert(earlier)
        }
        // The impression copies a rule names as the findings' finding (an index, or nil), merged into that one, which
        // `taking` first makes more of the copy (and which copies name again from then on, unless `naming` is false).
        func mergeImpressionCopies(_ rule: (Int) -> Int?, naming: Bool = true,
                                   taking: (Finding, inout Finding) -> Void = { _, _ in }) {
            for index in findings.indices[first...] where !copies.contains(index)
                && sentences[findings[index].sentence].section == .impression {
                guard let earlier = rule(index) else { continue }
                taking(findings[index], &findings[earlier])
                merge(findings[index], into: &findings[earlier])
                copies.insert(index)
                if naming { named.insert(earlier) }
            }
        }
        // Then impression copies of a narrower type (see ``narrowerCopy(of:in:sentences:summary:named:copies:)``), which
        // give their type, category and labels.
        mergeImpressionCopies({ narrowerCopy(of: $0, in: findings, sentences: sentences, summary: summary, named: named,
                                             copies: copies) }) { later, earlier in
            earlier.retype(as: later)
            earlier.category = later.category
            earlier.labels = (earlier.labels + later.labels).uniqued()
        }
        // Then impression copies of a broader type labelled otherwise (see
        // ``labelledBroaderCopy(of:in:sentences:summary:named:copies:)``), which give their labels, and their type and category
        // in place of a weak word.
        let types = engine.knowledge.findings.types
        mergeImpressionCopies({ labelledBroaderCopy(of: $0, in: findings, sentences: sentences, summary: summary,
                                                    named: named, copies: copies) }) { later, earlier in
            if types[earlier.typeIndex].specificity == .weak {
                earlier.retype(as: later)
                earlier.category = later.category
            }
            earlier.labels = (earlier.labels + later.labels).uniqued()
        }
        // Then unplaced impression copies of a broader word (see ``broaderCopy(of:in:sentences:summary:named:copies:)``).
        mergeImpressionCopies { broaderCopy(of: $0, in: findings, sentences: sentences, summary: summary, named: named,
                                            copies: copies) }
        // Then impression copies of a weak word placed in an organ (see ``weakCopyInOrgan(of:in:sentences:summary:named:copies:)``).
        mergeImpressionCopies { weakCopyInOrgan(of: $0, in: findings, sentences: sentences, summary: summary, named: named,
                                                copies: copies) }
        // Then impression copies of a sibling type (see ``siblingCopy(of:in:sentences:summary:named:copies:)``).
        mergeImpressionCopies { siblingCopy(of: $0, in: findings, sentences: sentences, summary: summary, named: named,
                                            copies: copies) }
        // Last, diagnoses of the impression that only a reference placed (see ``diagnosisNamedByReference(of:in:sentences:copies:)``).
        mergeImpressionCopies({ diagnosisNamedByReference(of: $0, in: findings, sentences: sentences, copies: copies) },
                              naming: false)
        for index in copies.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Degenerative changes in the thoracic vertebrae. IMPRESSION: Thoracic spondylosis.", "Areas of involvement in all lobes
    /// of both lungs. IMPRESSION: Ground-glass opacity in all lobes of both lungs.": an impression finding of a narrower type
    /// than the findings' word (its `parent` chain reaches that one's type) says what that finding is, when it is the one
    /// finding of the findings section of its lineage said to be there, that no copy named again, and no other finding of
    /// that lineage shares the copy's sentence. In the lungs that one is of a weak word (`specificity`: "density increases"
    /// said to be ground glass); a lung finding of a specific word the copy's narrower one says more of stays apart ("Pleural
    /// effusion. IMPRESSION: Empyema": the impression's reading). The copy is of a specific word (a weak one says no more) that names no
    /// `diagnosis` (an impression's "pneumonia" reads consolidations, not names them again), is said to be there, asserted
    /// as that one (a doubted narrower word doubts only what it adds: "Effusion in the left hemithorax. IMPRESSION: Empyema?"
    /// is still the effusion, and a possible empyema), of the lung or not alike, and where that one is: for a lung finding
    /// on its side or none, in its lobes and segments; outside the lungs, in no place that one is not in, or that one in
    /// none (see ``organless(_:)``; a narrower type by its place — plaques "of the abdominal aorta" too — is not the
    /// thoracic plaques). It is measured as that one (see ``sizesAgree(_:_:)``) or one of the two not at all, and changed as
    /// that one or one of the two not at all. That finding takes the copy's type and category, and its labels with its own.
    private func narrowerCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                              named: Set<Int>, copies: Set<Int>) -> Int? {
        let later = findings[index]
        let type = engine.knowledge.findings.types[later.typeIndex]
        let tables = engine.placeTables
        guard type.specificity == .specific, !type.diagnosis, later.assertion != .absent, later.unsided == nil,
              let only = findings.indices[..<index].sole(where: {
                  describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                      && !copies.contains($0) && findings[$0].assertion != .absent
                      && tables.inOneLineage(findings[$0].typeIndex, later.typeIndex)
              }),
              !named.contains(only), tables.broaderTypes[later.typeIndex].contains(findings[only].typeIndex),
              !findings.indices.contains(where: {
                  $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence
                      && tables.inOneLineage(findings[$0].typeIndex, findings[only].typeIndex)
              })
        else { return nil }
        let earlier = findings[only]
        let placed = later.category != nil
            ? (later.laterality == .none || later.laterality == earlier.laterality)
                && later.lobes.allSatisfy(earlier.lobes.contains) && segments(of: later, within: earlier)
            : later.places.allSatisfy(earlier.places.contains) || organless(earlier)
        let saysMore = later.category != nil && engine.knowledge.findings.types[earlier.typeIndex].specificity == .specific
        return (earlier.category == nil) == (later.category == nil) && !saysMore && placed && saidAlike(later, earlier)
            ? only : nil
    }

    /// "Calcified plaques in the coronary arteries. IMPRESSION: Calcified atheromatous plaques.": an impression finding outside
    /// the lungs that names no place of its own (no organ, no side) and a broader word than the findings' finding — one
    /// whose `parent` chain reaches the copy's type, one that `restates` it, or one the copy's word said where that finding
    /// is reads as (`<in>` of findings.xml: plaques in the coronary arteries are coronary calcifications) — names that
    /// finding again, when it is the one finding of the findings section said to be there, that no copy named, of the copy's
    /// type or one it covers so (of the lungs too: "a collection" after a pericardial and a pleural effusion names neither),
    /// and lies outside the lungs. It is asserted as that one, measured as it is or one of the two not at all, and changed
    /// as it is or one of the two not at all. That finding keeps its type and labels: the copy's word read nowhere gave the
    /// copy a type (and label) its place would have made that one's.
    private func broaderCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                             named: Set<Int>, copies: Set<Int>) -> Int? {
        let later = findings[index]
        guard later.antecedent == .none, organless(later), later.laterality == .none, later.unsided == nil,
              later.assertion != .absent else { return nil }
        let tables = engine.placeTables
        func covered(_ earlier: Finding) -> Bool {
            let type = earlier.typeIndex
            return tables.isKind(type, of: later.typeIndex) || tables.restatementGroup[type] == later.typeIndex
                || earlier.structures.contains { engine.relocation(of: later.typeIndex, in: $0) == type }
        }
        guard let only = findings.indices[..<index].sole(where: {
            describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                && !copies.contains($0) && findings[$0].assertion != .absent && covered(findings[$0])
        }), !named.contains(only) else { return nil }
        let earlier = findings[only]
        return earlier.category == nil && earlier.typeIndex != later.typeIndex && saidAlike(later, earlier)
            ? only : nil
    }

    /// "Hypodense nodular lesions in the left lobe of the liver. IMPRESSION: Stable hypodense lesions in the liver.": an
    /// impression finding outside the lungs of a weak word (`specificity="weak"` in findings.xml: a lesion, a hypodensity)
    /// placed in an organ names the one finding of the findings section there that its word could name (see
    /// ``couldName(_:_:)``: a nodular lesion, a mass), when no copy named that one. That one lies where the copy is (each of
    /// the copy's innermost places is one of its own or lies in one: see ``innermostPlaces(of:)``), on its side or one of
    /// the two on none, is read as something else (`interpreted`) in both or in neither, and is of a specific type or of
    /// the copy's kin (see `PlaceTables.kin`: a density increase of the fat is not a skin thickening). It is asserted as
    /// the copy, measured and changed as it or one of the two not at all, and labelled as it is; it keeps its type: the weak
    /// word says no more. Two such findings there, or none, and the copy names neither; a finding of another kind there (a
    /// stone in the kidney) is none its word could name.
    private func weakCopyInOrgan(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                                 named: Set<Int>, copies: Set<Int>) -> Int? {
        let later = findings[index]
        let innermost = innermostPlaces(of: later)
        let ancestors = engine.anatomyIndex.ancestors
        let (types, tables) = (engine.knowledge.findings.types, engine.placeTables)
        // (each of its innermost places one of that one's or in one: a liver lesion may be one of the abdomen, not the
        // abdomen's free fluid one of the liver)
        func liesWhere(_ earlier: Finding) -> Bool {
            let theirs = innermostPlaces(of: earlier)
            return !theirs.isEmpty && innermost.allSatisfy { place in
                theirs.contains { $0 == place || ancestors[place].contains($0) }
            }
        }
        guard later.antecedent == .none, later.category == nil, later.unsided == nil, later.assertion != .absent,
              types[later.typeIndex].specificity == .weak, !innermost.isEmpty,
              let only = findings.indices[..<index].sole(where: { position in
                  let earlier = findings[position]
                  return describedInFindings(earlier.sentence, sentences: sentences, summary: summary)
                      && !copies.contains(position) && earlier.category == nil && earlier.assertion != .absent
                      && earlier.interpreted == later.interpreted && liesWhere(earlier)
                      && (later.laterality == .none || earlier.laterality == .none || later.laterality == earlier.laterality)
                      && couldName(later.typeIndex, earlier.typeIndex)
                      && (types[earlier.typeIndex].specificity != .weak || tables.kin(earlier.typeIndex, later.typeIndex))
              }), !named.contains(only)
        else { return nil }
        let earlier = findings[only]
        return saidAlike(later, earlier)
            && later.labels.allSatisfy(earlier.labels.contains) ? only : nil
    }

    /// "Atelectatic changes are seen in both lungs, most marked in the right lower lobe. IMPRESSION: Atelectasis in both lower
    /// lobes": a copy no rule above named again, whose places drifted from those the findings gave (more or other lobes
    /// or segments, or the right ones where the translation garbled theirs), is still the findings' finding when it is the
    /// only one of its kind (its type, a broader or narrower one, or one of its restatement group) in its sentence but copies
    /// named again, and the findings name exactly one of that kind said to be there that no copy named again. That one is
    /// - of its type, a narrower one or one it restates, of its category and labels, asserted alike or hedged in one of the
    ///   two only, said to be something else in both or in neither (a liver "of low density, consistent with fatty change" is
    ///   not its "hypodense lesions");
    /// - not placed apart: not on the other side (one side of a bilateral one is that one, and so is a bilateral copy of a
    ///   one-sided one, unless it names many of what was one: "a soft tissue mass" in the left lower lobe is not "metastases
    ///   in both lungs"); in a lobe the copy is in, or one of the two in none and not apart all the same (see
    ///   ``apartInLung(_:_:)``); outside the lungs, in one organ (see ``inOneOrgan(_:_:)``), or one of the two in none
    ///   (see ``organless(_:)``: "Calcific plaques in the aorta and coronary arteries. IMPRESSION: Atherosclerosis.");
    /// - measured as it is (see ``sizesAgree(_:_:)``) or one of the two not at all, changed as it is or one of the two not at
    ///   all (not a change that would place a finding the findings placed nowhere, as above: "acinar nodules accompany it.
    ///   IMPRESSION: Stable subpleural nodules in both lungs" are others; outside the lungs, nor one the findings placed in
    ///   no organ: "A hypodense lesion. IMPRESSION: New hypodense lesion in the right kidney" are two).
    /// When its sentence or the findings name more of its kind, a lung copy is still the one finding of its very type the
    /// findings name, on its side, as ``onlyOfTypeOnItsSide(_:at:in:sentences:summary:named:copies:)`` says, or else the one
    /// whose place nests with its own, as ``onlyOfTypeNestingIt(_:at:in:sentences:summary:named:copies:)`` says.
    /// That finding, the copy as its own words place it, and whether its places are the finding's (not when it is only
    /// the one of its type on its side: its places are those that set it apart from that one).
    private func driftedCopy(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                             named: Set<Int>, copies: Set<Int>) -> (earlier: Int, later: Finding, placing: Bool)? {
        let later = ownReading(of: findings[index]) ?? findings[index]
        guard later.assertion != .absent, later.unsided == nil || later.laterality != .none else { return nil }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        func kin(_ type: Int) -> Bool { engine.placeTables.kin(type, later.typeIndex) }
        let kinBeside = findings.indices.contains(where: {
            $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence && kin(findings[$0].typeIndex)
        })
        let onlyOfKind = findings.indices[..<index].sole {
            describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                && kin(findings[$0].typeIndex) && findings[$0].assertion != .absent && !named.contains($0)
        }
        let only: Int
        let placing = !kinBeside && onlyOfKind != nil
        if placing, let one = onlyOfKind {
            only = one
        } else if let alike = onlyOfTypeOnItsSide(later, at: index, in: findings, sentences: sentences, summary: summary,
                                                  named: named, copies: copies)
                    ?? onlyOfTypeNestingIt(later, at: index, in: findings, sentences: sentences, summary: summary,
                                           named: named, copies: copies) {
            only = alike
        } else {
            return nil
        }
        let earlier = findings[only]
        let type = earlier.typeIndex
        let sides = later.laterality == .none || earlier.laterality == .none || later.laterality == earlier.laterality
            || earlier.laterality == .bilateral
            || later.laterality == .bilateral && !(later.multiple && !earlier.multiple)
        let lobes = later.lobes.contains(where: earlier.lobes.contains)
            || (later.lobes.isEmpty || earlier.lobes.isEmpty) && !apartInLung(later, earlier)
        // (outside the lungs, one of the two in no organ is in the other's: "Calcific plaques in the aorta. IMPRESSION:
        // Atherosclerosis." is one finding, and so is "A hypodense lesion is observed. IMPRESSION: Hypodense lesion in the
        // right kidney.")
        // (a record its phrase's places split off from another type's is in each of its organs: see ``inOneOrgan(_:_:everyPlace:)``)
        func split() -> Bool {
            findings.contains { $0.range == later.range && $0.sentence == later.sentence && $0.typeIndex != later.typeIndex }
        }
        let organ = later.category != nil || inOneOrgan(later, earlier, everyPlace: split())
            || organless(later) || organless(earlier)
        return (type == later.typeIndex || broader[type].contains(later.typeIndex) || group[type] == group[later.typeIndex])
            && earlier.category == later.category && later.labels.allSatisfy(earlier.labels.contains)
            && earlier.interpreted == later.interpreted
            && sides && lobes && organ
            && measuredAlike(later, earlier)
            && (later.temporal == nil || later.temporal == earlier.temporal || earlier.temporal == nil
                && (!unplaced(earlier) && !organless(earlier) || later.changeFromRecap
                    || type == later.typeIndex && later.places.allSatisfy(earlier.places.contains)))
            ? (only, later, placing) : nil
    }

    /// "Emphysematous changes in both lungs. Bullae in the left upper lobe. … IMPRESSION: Emphysematous changes in both
    /// lungs, consolidation in the right middle lobe" (the middle lobe read as the emphysema's too): a lung copy that no other
    /// finding of its very type shares its sentence with, when the findings name exactly one finding of its very type said
    /// to be there, asserted alike, on its very side (one side, or both) and that no copy named, is that one — the rest as for
    /// ``driftedCopy(of:in:sentences:summary:named:copies:)`` (not placed apart: "ground glass opacities in the upper lobes of
    /// both lungs" are not those of the lower lobes). Not so on no side, nor beside a second finding of its type in the
    /// findings, whichever its side: the copy might name either (unless it nests in one only: see
    /// ``onlyOfTypeNestingIt(_:at:in:sentences:summary:named:copies:)``).
    private func onlyOfTypeOnItsSide(_ later: Finding, at index: Int, in findings: [Finding], sentences: [Sentence],
                                     summary: Set<Int>, named: Set<Int>, copies: Set<Int>) -> Int? {
        guard sidedLungCopyAlone(later, at: index, in: findings, copies: copies) else { return nil }
        guard let only = findings.indices[..<index].sole(where: {
            describedInFindings(findings[$0].sentence, sentences: sentences, summary: summary)
                && findings[$0].typeIndex == later.typeIndex && findings[$0].assertion != .absent
        }), !named.contains(only),
              findings[only].assertion == later.assertion, findings[only].laterality == later.laterality else { return nil }
        return only
    }

    /// "Another mass lesion at the right infrahilar level, at both hilar levels. … IMPRESSION: Another mass lesion in the
    /// right lower lobe superior segment": a lung copy that no other finding of its very type shares its sentence with is
    /// the one lung finding of its very type the findings name, said to be there, asserted alike and that no copy named,
    /// whose place nests with the copy's — a segment in its lobe, a lobe in its lung, one lung in both, or the other way
    /// round: on one side, or the finding on both around a copy on one; in a lobe of the other's, or one of the two in
    /// none and not apart all the same (see ``apartInLung(_:_:)``). Others of its type elsewhere (on the other side, apart
    /// in the lung, or already named by a copy) do not stand in the way; two where it nests, and the copy might name either.
    private func onlyOfTypeNestingIt(_ later: Finding, at index: Int, in findings: [Finding], sentences: [Sentence],
                                     summary: Set<Int>, named: Set<Int>, copies: Set<Int>) -> Int? {
        guard sidedLungCopyAlone(later, at: index, in: findings, copies: copies) else { return nil }
        return findings.indices[..<index].sole(where: {
            let earlier = findings[$0]
            return describedInFindings(earlier.sentence, sentences: sentences, summary: summary)
                && earlier.typeIndex == later.typeIndex && earlier.category != nil && earlier.assertion != .absent
                && !named.contains($0) && earlier.assertion == later.assertion && nests(later, earlier)
        })
    }

    /// Whether a copy is a lung finding on a side that no other finding of its very type (but copies already merged) shares
    /// its sentence with: with a second there, the two might name any of the findings' ones between them.
    private func sidedLungCopyAlone(_ later: Finding, at index: Int, in findings: [Finding], copies: Set<Int>) -> Bool {
        later.category != nil && later.laterality != .none && !findings.indices.contains(where: {
            $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence
                && findings[$0].typeIndex == later.typeIndex
        })
    }

    /// Whether a lung copy (`one`) and a finding (`other`) lie one within the other (segment in lobe, lobe in lung, either
    /// way round): on one side, or the finding on both and the copy on one (a copy on both around a finding on one side
    /// may sum up that one and another the findings name elsewhere); in a lobe of the other's, or one of the two in none
    /// and not apart in the lung all the same (see ``apartInLung(_:_:)``); and, when both name segments, those of one
    /// within the other's (see ``segments(of:within:)``: the anterior segment is not the apical one).
    private func nests(_ one: Finding, _ other: Finding) -> Bool {
        let sides = one.laterality == other.laterality || other.laterality == .bilateral && one.laterality != .none
        let lobes = one.lobes.contains(where: other.lobes.contains)
            || (one.lobes.isEmpty || other.lobes.isEmpty) && !apartInLung(one, other)
        let segmentsNest = one.segments.isEmpty || other.segments.isEmpty || segments(of: one, within: other)
            || segments(of: other, within: one)
        return sides && lobes && segmentsNest
    }

    /// "Ground glass areas in the right lower lobe, evaluated in favor of viral pneumonia. Calcified nodules in the left upper
    /// lobe. IMPRESSION: Findings consistent with viral pneumonia.": an impression diagnosis (`diagnosis` or `interprets` in
    /// findings.xml) that names no place of its own — a pronoun or a reference cue placed it where earlier findings are
    /// (`refers-to`), here the nodules — is the one earlier finding of its kind (see
    /// ``onlyEarlierOfKind(namedBy:at:in:past:near:copy:)``: copies are gone, the places it borrowed do not set it apart, nor are
    /// they given to that one) when that one is the findings' and no other of its kind shares its sentence. It is also of its
    /// category and labels, measured and changed as that one or not at all.
    private func diagnosisNamedByReference(of index: Int, in findings: [Finding], sentences: [Sentence], copies: Set<Int>)
        -> Int?
    {
        let later = findings[index]
        let byReference = if case .sameType = later.antecedent { true } else { later.antecedent == .pronoun }
        guard byReference, engine.knowledge.findings.types[later.typeIndex].diagnosis
                || !engine.placeTables.interpretedTypes[later.typeIndex].isEmpty,
              later.category != nil, later.assertion != .absent, later.size == nil,
              let only = onlyEarlierOfKind(namedBy: later, at: index, in: findings, past: copies, near: [], copy: true),
              sentences[findings[only].sentence].section == .findings
        else { return nil }
        // (no other of its kind in its sentence that is not a copy)
        guard !findings.indices.contains(where: {
            $0 != index && !copies.contains($0) && findings[$0].sentence == later.sentence && findings[$0].assertion != .absent
                && engine.placeTables.namesAgain(findings[$0].typeIndex, as: later.typeIndex)
        }) else { return nil }
        let earlier = findings[only]
        return earlier.category == later.category && later.labels.allSatisfy(earlier.labels.contains)
            && later.changeAgrees(with: earlier)
            ? only : nil
    }

    /// "Sequelae changes in the right upper lobe. … Sequelae changes in the left lower lobe. IMPRESSION: Sequelae changes in
    /// both lungs": a present finding a summary names over several findings of the findings section sums them up, each of
    /// them named again (none when there are none). It has no size but the largest of theirs, no lobe or label they do not
    /// give, no segment none of theirs names, holds or lies in (see ``segments(of:within:)``), and sums up the present
    /// findings of its type (a narrower one, or one it restates), changed as it is or one of the two not at all, that are
    /// - for a lung finding in both lungs, those placed on one side or the other — hedged ones of its very type too when they
    ///   are on the one side and the other, present once summed up as for a copy of one ("Consolidation in the right lung
    ///   suggests atelectasis. … in the left lung atelectasis is considered. IMPRESSION: Atelectasis in both lungs"; not one
    ///   side's doubted finding, which "in both lungs" would say more of, nor a doubted malignancy among nodules);
    /// - for one on one side over several lobes ("Nodules in the right upper and lower lobes"), the findings of that side in
    ///   its lobes, when there are several;
    /// - outside the lungs, those in its places (see ``pooledInPlaces(by:among:in:)``), or for one on both sides that names
    ///   no organ, those on one side or the other in one organ (see ``pooledOnBothSides(by:among:in:)``).
    /// Read with all its places first, then, when those sum up none, as its own words alone place it (see
    /// ``ownReading(of:)``): places another item of its comma list lent it are not ones it sums up ("…, minimal pericardial
    /// effusion, lymphadenopathies around the thyroid gland and in the mediastinum" sums up the thyroid and mediastinal lymph
    /// nodes; the pericardium and the left side are the effusions'). One its own words place nowhere sums up none.
    private func pooledCopies(of index: Int, in findings: [Finding], sentences: [Sentence], summary: Set<Int>,
                              copies: Set<Int>) -> [Int] {
        let pooled = pooledCopies(of: index, reading: findings[index], in: findings, sentences: sentences, summary: summary,
                                  copies: copies)
        guard pooled.isEmpty, let own = ownReading(of: findings[index]) else { return pooled }
        return pooledCopies(of: index, reading: own, in: findings, sentences: sentences, summary: summary, copies: copies)
    }

    /// The findings a copy read as `later` sums up (see ``pooledCopies(of:in:sentences:summary:copies:)``).
    private func pooledCopies(of index: Int, reading later: Finding, in findings: [Finding], sentences: [Sentence],
                              summary: Set<Int>, copies: Set<Int>) -> [Int] {
        guard later.assertion == .present, later.unsided == nil else { return [] }
        let broader = engine.placeTables.broaderTypes
        let group = engine.placeTables.restatementGroup
        let outside = later.category == nil
        let bothLungs = !outside && later.laterality == .bilateral
        // (outside the lungs a broader type too: a phrase its places read as two types — "mediastinal and mesenteric lymph
        // nodes", a lymphadenopathy and an extrathoracic lymph node — gives each of them all its places)
        let ofKind = findings.indices[..<index].filter { position in
            let earlier = findings[position]
            let type = earlier.typeIndex
            return !copies.contains(position) && describedInFindings(earlier.sentence, sentences: sentences, summary: summary)
                && (type == later.typeIndex || broader[type].contains(later.typeIndex) || group[type] == group[later.typeIndex]
                    || outside && broader[later.typeIndex].contains(type))
                && (earlier.assertion == .present || earlier.assertion == .uncertain && bothLungs && type == later.typeIndex)
                && (earlier.category == nil) == outside
                && later.changeAgrees(with: earlier)
        }
        let pooled: [Int]
        if outside {
            pooled = innermostPlaces(of: later).isEmpty ? pooledOnBothSides(by: later, among: ofKind, in: findings)
                : pooledInPlaces(by: later, among: ofKind, in: findings)
        } else if bothLungs {
            let sided = ofKind.filter { findings[$0].laterality == .left || findings[$0].laterality == .right }
            let bothSides = Set(sided.map { findings[$0].laterality }).count == 2
            pooled = bothSides ? sided : sided.filter { findings[$0].assertion == .present }
        } else if later.laterality != .none && later.lobes.count > 1 {
            let inItsLobes = ofKind.filter {
                findings[$0].laterality == later.laterality && !findings[$0].lobes.isEmpty
                    && findings[$0].lobes.allSatisfy(later.lobes.contains)
            }
            pooled = inItsLobes.count > 1 ? inItsLobes : []
        } else {
            return []
        }
        let lobes = Set(pooled.flatMap { findings[$0].lobes })
        let labels = Set(pooled.flatMap { findings[$0].labels })
        let largest = pooled.compactMap { findings[$0].size?.maxMM }.max()
        guard later.lobes.allSatisfy(lobes.contains), segments(of: later, within: pooled.flatMap { findings[$0].structures }),
              later.labels.allSatisfy(labels.contains), later.size == nil || later.size?.maxMM == largest else { return [] }
        return pooled
    }

    /// "Nodules in the right upper lobe and the left lower lobe. IMPRESSION: Bilateral pulmonary nodules, the size of the
    /// large nodule in the right upper lobe has increased": a copy summing up findings in both lungs that names lobes of its
    /// own says its change where it names them — of a member there, not of every finding it sums up. Such a finding takes the
    /// copy's change when the copy names no lobe, it lies in none, or it lies in one of the copy's lobes ("the nodules in both
    /// lungs have increased" still reaches all of them).
    private func takesPooledChange(_ earlier: Finding, from copy: Finding) -> Bool {
        copy.lobes.isEmpty || earlier.lobes.isEmpty || earlier.lobes.contains(where: copy.lobes.contains)
    }

    /// "Lymph nodes in the mediastinum. … Lymph nodes in the right hilum. … Lymph nodes in the mesenteric area. IMPRESSION:
    /// Mediastinal, hilar and mesenteric lymph nodes": of the findings outside the lungs of a copy's kind, those it sums up
    /// in its places. Each of them is on its side or none and lies in its places (each of its innermost places holding,
    /// lying in or being one of the copy's), named at one of them, or lying in or around one no other is named at ("a right
    /// hilar calcified lymph node" is not among "mediastinal lymph nodes" beside the mediastinal ones). They are several, in
    /// several places or, for a copy on both sides, on the one side and the other ("cysts in both kidneys" after a cyst of
    /// each), and each innermost place of the copy is one of theirs so (a place none is in makes the copy one of its own).
    private func pooledInPlaces(by later: Finding, among ofKind: [Int], in findings: [Finding]) -> [Int] {
        let (index, isLungPart) = (engine.anatomyIndex, engine.placeTables.isLungPart)
        let places = later.structures.filter { !isLungPart[$0] }
        let innermost = innermostPlaces(of: later)
        let inPlaces = ofKind.filter { position in
            let earlier = findings[position]
            let theirs = innermostPlaces(of: earlier)
            return !theirs.isEmpty && theirs.allSatisfy { place in innermost.contains { index.nested($0, place) } }
                && (later.laterality == .none || later.laterality == .bilateral || earlier.laterality == .none
                    || earlier.laterality == later.laterality)
        }
        func named(_ position: Int, at place: Int) -> Bool { findings[position].structures.contains(place) }
        let pooled = inPlaces.filter { position in
            places.contains { named(position, at: $0) } || innermost.contains { place in
                innermostPlaces(of: findings[position]).contains { index.nested($0, place) } && !inPlaces.contains { named($0, at: place) }
            }
        }
        let theirs = pooled.map { innermostPlaces(of: findings[$0]) }
        let covered = innermost.allSatisfy { place in theirs.contains { $0.contains { index.nested($0, place) } } }
        let sides = Set(pooled.map { findings[$0].laterality })
        let apart = Set(theirs.joined()).count > 1 || later.laterality == .bilateral && sides.isSuperset(of: [.left, .right])
        return pooled.count > 1 && apart && covered ? pooled : []
    }

    /// "A 5 mm stone in the right kidney. A 4 mm calculus in the left kidney. IMPRESSION: Bilateral nephrolithiasis.": of the
    /// findings outside the lungs of a copy's kind, those a copy on both sides that names no organ sums up — the organ its
    /// word implies is theirs. They are those on one side or the other, at least one on each, all placed and each in one
    /// organ with each other (see ``inOneOrgan(_:_:)``): a stone of the right kidney and one of the left adrenal gland are not
    /// one organ's on both sides, so such a copy is a finding of its own.
    private func pooledOnBothSides(by later: Finding, among ofKind: [Int], in findings: [Finding]) -> [Int] {
        guard later.laterality == .bilateral else { return [] }
        let sided = ofKind.filter { findings[$0].laterality == .left || findings[$0].laterality == .right }
        let placed = sided.allSatisfy { !innermostPlaces(of: findings[$0]).isEmpty }
        let oneOrgan = sided.allSatisfy { one in sided.allSatisfy { inOneOrgan(findings[one], findings[$0]) } }
        return Set(sided.map { findings[$0].laterality }).count == 2 && placed && oneOrgan ? sided : []
    }

    /// A finding's places outside the lungs that hold none of its other places ("the bowel" of "the bowel, the abdomen").
    func innermostPlaces(of finding: Finding) -> [Int] {
        let tables = engine.placeTables
        let ancestors = engine.anatomyIndex.ancestors
        let places = finding.structures.filter { !tables.isLungPart[$0] }
        return places.filter { place in !places.contains { $0 != place && ancestors[$0].contains(place) } }
    }

    /// In a report with no header that no marker opened an impression for (CT-CLIP's labelled text), the sentences at its end
    /// whose findings all name earlier findings again ("… No lytic-destructive lesion was observed in bone structures.
    /// Nodules smaller than 5 mm in both lungs"), or sum several up ("A 3 mm nodule in the right middle lobe. A 4 mm nodule
    /// in the left lower lobe. … Bilateral pulmonary nodules": see ``pooledCopies(of:in:sentences:summary:copies:)``): a
    /// summary, read as an impression. A sentence with a finding of its own alone among them is a summary item too ("…
    /// Hiatal hernia. Atherosclerosis. Millimetric nodules in both lungs. Emphysema."), as many as the summary has, while
    /// more of its sentences name findings again than do not; two in a row end the run. A sentence that only denies ("Note:
    /// No signs of infection were detected.") goes with the summary before it, counted neither way.
    private func trailingSummary(of findings: [Finding], sentences: [Sentence], repeats: [Int: Int]) -> Set<Int> {
        guard !sentences.contains(where: { $0.section == .impression }) else { return [] }
        var summary = Set<Int>()
        // The sentences walked back over, and whether one since the last that named findings again had a finding of its own.
        var walked = Set<Int>()
        var ownPending = false
        var (copies, owns) = (0, 0)
        var end = findings.endIndex
        while end > findings.startIndex {
            let sentence = findings[end - 1].sentence
            let start = findings[..<end].lastIndex { $0.sentence != sentence }.map { $0 + 1 } ?? findings.startIndex
            walked.insert(sentence)
            if (start..<end).allSatisfy({
                findings[$0].antecedent == .none && namesAgain($0, in: findings, sentences: sentences,
                                                               original: repeats[sentence], summary: walked)
            }) {
                copies += 1
                if ownPending { owns += 1 }
                if copies > owns { summary = walked }
                ownPending = false
            } else if findings[start..<end].allSatisfy({ $0.assertion == .absent }) {
                // (a denial: neither way)
            } else if !ownPending {
                ownPending = true
            } else {
                break
            }
            end = start
        }
        return summary
    }

    /// Whether a finding of a summary sentence names an earlier finding again (``copyReading(of:in:sentences:original:summary:)``)
    /// or sums several up (``pooledCopies(of:in:sentences:summary:copies:)``).
    private func namesAgain(_ index: Int, in findings: [Finding], sentences: [Sentence], original: Int?,
                            summary: Set<Int>) -> Bool {
        copyReading(of: index, in: findings, sentences: sentences, original: original, summary: summary) != nil
            || original == nil && !pooledCopies(of: index, in: findings, sentences: sentences, summary: summary, copies: []).isEmpty
    }

    /// For each sentence with findings that repeats an earlier sentence with findings word for word, that sentence (none of
    /// the sentences `apart`, which neither repeat nor are repeated).
    private func verbatimRepeats(among sentences: [Sentence], withFindings findings: [Finding], in text: ReportText,
                                 apart: Set<Int>) -> [Int: Int]
    {
        var named: [Int] = []
        for finding in findings where named.last != finding.sentence && !apart.contains(finding.sentence) {
            named.append(finding.sentence)
        }
        guard named.count > 1 else { return [:] }
        var repeats: [Int: Int] = [:]
        text.utf16.withUnsafeBufferPointer { units in
            // Words only: a repeat may differ in its punctuation ("…?, …" and "…? …") or spacing.
            let wordUnits = named.map { sentence in units[sentences[sentence].range].count { $0.charClass.isLetterOrDigit } }
            for (position, sentence) in named.enumerated() {
                // (counts first: most sentences differ in them, and a report names findings in a dozen or so)
                if let earlier = named.indices[..<position].first(where: { earlier in
                    wordUnits[earlier] == wordUnits[position] && repeats[named[earlier]] == nil
                        && sameWords(sentences[named[earlier]].range, sentences[sentence].range, in: units)
                }) {
                    repeats[sentence] = named[earlier]
                }
            }
        }
        return repeats
    }

    /// Whether two ranges hold the same letters and digits in order, whatever lies between them.
    private func sameWords(_ one: Range<Int>, _ other: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var (left, right) = (one.lowerBound, other.lowerBound)
        while true {
            while left < one.upperBound, !units[left].charClass.isLetterOrDigit { left += 1 }
            while right < other.upperBound, !units[right].charClass.isLetterOrDigit { right += 1 }
            guard left < one.upperBound, right < other.upperBound else {
                return left >= one.upperBound && right >= other.upperBound
            }
            guard units[left] == units[right] else { return false }
            left += 1
            right += 1
        }
    }
}
