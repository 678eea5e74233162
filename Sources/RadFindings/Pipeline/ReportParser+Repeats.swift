import RadText

extension ReportParser {
    /// A finding named again: what the later mention says of it (a change, a size) is its own when it says none (or
    /// only a far recap's change: "The size of the nodule … has increased" before "Other findings are stable"; or, named
    /// as its largest member, only a bound of its size: "Lymph nodes less than 1 cm … The largest of the lymph nodes
    /// measures 7 mm"); so is a lobe it names without a side, on the earlier one's side ("The described area of
    /// consolidation almost completely fills the upper lobe"). A weak "stable" of its own yields to the later mention's
    /// change in size (see `Finding.changeYields(to:)`). Its assertion is as `Finding.takeAssertion` says: present
    /// where either says it plainly, doubted in one sentence where only one is doubted and no cue affirms the other (not
    /// "Findings consistent with Covid-19 pneumonia, other viral pneumonias in the differential diagnosis").
    func merge(_ later: Finding, into earlier: inout Finding) {
        earlier.takeAssertion(of: later)
        if let unsided = later.unsided, earlier.laterality == .left || earlier.laterality == .right {
            let placed = earlier.laterality == .left ? unsided.left : unsided.right
            if !placed.isEmpty { add(placed, to: &earlier) }
        }
        if let change = later.temporal,
           earlier.temporal == nil || earlier.changeRecapped && !later.changeRecapped || earlier.changeYields(to: later) {
            earlier.temporal = change
            earlier.changeRecapped = later.changeRecapped
            earlier.changeFromRecap = later.changeFromRecap
            earlier.changeYields = later.changeYields
        }
        earlier.takeSize(later.size, bound: later.sizeBound, whole: later.antecedent == .member)
        if extractor.explain {
            earlier.explanation.append(ExplainStep(role: "named-again", id: later.type, text: later.text, origin: "sentence \(later.sentence)"))
        }
    }

    /// Whether a finding named again with a place of its own (`Antecedent.restated`) is an earlier one: of an earlier
    /// sentence, of its type, asserted alike, and where that one is (its side, lobes, segments and other places among
    /// the earlier one's: "the nodule in the right lower lobe" is not all of "nodules in both lungs"; a lobe or segment
    /// without a side is a place of its own: "sequelae changes at the posterobasal level" are not those "at the apical
    /// level in both lungs"), unless there is one of its type per side (`single`): "The pleural effusion measured 53 mm at the
    /// level of the lower lobe" is the left one named before. `renamed`: of another type, one that an earlier reference
    /// by its word turned out to be (see ``resolveReferences(in:placedBefore:)``), only where that one lies, even one of a
    /// type with one per side ("the density in the choledoch" after "the density" read as the liver's steatosis is another).
    /// One named again only where it reaches ("The pleural effusion continues to the apex of the lung") is an earlier one
    /// of its type not placed elsewhere (not on the other side, not in other lobes), placed itself unless the later one
    /// names no lung place either, and of the lung or pleura if the later one is. `hedgedOnce`: asserted not alike but
    /// hedged in one of the two only (see `Assertion.isHedgedOnce(with:)`), no denial.
    func restates(_ later: Finding, _ earlier: Finding, renamed: Bool = false, hedgedOnce: Bool = false) -> Bool {
        guard earlier.sentence < later.sentence && (renamed || earlier.typeIndex == later.typeIndex)
                && (hedgedOnce ? earlier.assertion.isHedgedOnce(with: later.assertion) : earlier.assertion == later.assertion)
        else { return false }
        if case .restated(reaching: true) = later.antecedent {
            let placed = earlier.laterality != .none || !earlier.lobes.isEmpty
            return (placed || later.laterality == .none && later.lobes.isEmpty) && (earlier.category != nil || later.category == nil)
                && !elsewhere(later, than: [earlier])
        }
        // (one per side: whatever else it is said to lie by — "The gastric fundus is herniated into the thorax" after a hiatal
        // hernia — it is the one of its side)
        if !renamed && engine.knowledge.findings.types[later.typeIndex].single {
            return later.laterality == .none || later.laterality == earlier.laterality || earlier.laterality == .bilateral
        }
        return later.unsided == nil && (later.laterality == .none || later.laterality == earlier.laterality)
            && Set(later.lobes).isSubset(of: earlier.lobes) && Set(later.segments).isSubset(of: earlier.segments)
            && Set(later.places).isSubset(of: earlier.places)
    }

    /// "A mass is observed in the left upper lobe. … The mass extends to the apical segment bronchus of the right upper
    /// lobe.": one named again only where it reaches (`Antecedent.restated(reaching: true)`) is the only earlier finding of
    /// its type of an earlier sentence, asserted alike (of the lung or pleura if it is), wherever that one lies — where a
    /// finding reaches says nothing of where it is (see ``restates(_:_:)``). With two or more earlier ones, none. Findings
    /// `past` are gone already.
    func soleReached(by index: Int, in findings: [Finding], past gone: Set<Int>) -> Int? {
        let later = findings[index]
        guard case .restated(reaching: true) = later.antecedent else { return nil }
        let only = findings.indices[..<index].sole {
            !gone.contains($0) && findings[$0].sentence < later.sentence && findings[$0].typeIndex == later.typeIndex
                && findings[$0].assertion == later.assertion
        }
        guard let only, findings[only].category != nil || later.category == nil else { return nil }
        return only
    }

    /// "Nodular density increases in the right middle lobe. … IMPRESSION: The density increase in the right middle lobe":
    /// a finding named again with a place of its own (`Antecedent.restated`) whose word is broader than an earlier
    /// finding's type (of that one's lineage) or the word that type `restates`, when none of its very type is it, is the
    /// one earlier finding of such a narrower type where it is (see ``restates(_:_:)``), of the lung or not alike. With two
    /// or more there, none. Findings `past` are gone already.
    func soleNarrower(restatedBy index: Int, in findings: [Finding], past gone: Set<Int>) -> Int? {
        let later = findings[index]
        return findings.indices[..<index].sole {
            !gone.contains($0) && engine.placeTables.narrows(findings[$0].typeIndex, to: later.typeIndex)
                && (findings[$0].category == nil) == (later.category == nil)
                && restates(later, findings[$0], renamed: true)
        }
    }

    /// "Ground glass areas are observed in both lungs. Ground glass areas are more prominent in peripheral sections.": a
    /// lung finding that names no place of its own and no size, right after a sentence that placed one of its type
    /// asserted alike, is that one again (its change, if it says one, is that one's when it has none; another change says
    /// another: "… progression in the ground glass areas. There is a focal new ground glass area."). One measured is
    /// another ("There is a 4 mm nodule more caudally"), unless there is one of its type per side (`single`): "Pericardial
    /// effusion is observed. … Pericardial effusion measured 24 mm." is one, wherever it was named before (also earlier in its own
    /// sentence: "the right pleural effusion was observed as a thin rim, and … the right pleural effusion has increased"); one
    /// side of it is the one named on both ("Bilateral pleural effusion … The effusion on the left measured 2 cm"). One
    /// placed by its own words, in a sentence that doubts what it may be, is the earlier one where it lies (see
    /// ``readAgain(_:in:sentences:past:)``). One placed only by a fissure (`AnatomyStructure.inOneLung`) is bare on the
    /// earlier one's side.
    func mergeBareRepeats(in findings: inout [Finding], sentences: [Sentence]) {
        var repeated = Set<Int>()
        let types = engine.knowledge.findings.types
        let anatomy = engine.knowledge.anatomy.structures
        for index in findings.indices where findings[index].antecedent == .none {
            let finding = findings[index]
            // (one per side: lobes it is said to lie by name no other one — "atelectasis adjacent to pleural effusion in both
            // lung lower lobes")
            if types[finding.typeIndex].single, finding.assertion != .absent, let earlier = findings.indices[..<index].last(where: {
                findings[$0].sentence <= finding.sentence && findings[$0].typeIndex == finding.typeIndex
                    && (finding.laterality == .none || findings[$0].laterality == finding.laterality
                        || findings[$0].laterality == .bilateral)
                    && findings[$0].assertion == finding.assertion && findings[$0].category == finding.category
                    && !repeated.contains($0)
            }) {
                merge(finding, into: &findings[earlier])
                repeated.insert(index)
                continue
            }
            if let earlier = readAgain(index, in: findings, sentences: sentences, past: repeated) {
                merge(finding, into: &findings[earlier])
                repeated.insert(index)
                continue
            }
            // (placed only by a structure each lung has one of, its side is the one its sentence gave it: "Ground glass
            // densities in the right lower lobe, ground glass densities adjacent to the fissure")
            let sideTaken = !finding.structures.isEmpty && finding.structures.allSatisfy { anatomy[$0].inOneLung }
            guard finding.lobes.isEmpty && finding.unsided == nil, finding.category != nil, finding.size == nil,
                  finding.laterality == .none || sideTaken,
                  finding.sentence > 0 || findings[..<index].contains(where: { $0.sentence == 0 }),
                  finding.sentence == 0 || sentences[finding.sentence - 1].section == sentences[finding.sentence].section,
                  let earlier = findings.indices[..<index].last(where: {
                      // (the sentence before, or its own: "Ground glass densities in the right lower lobe, ground glass
                      // densities adjacent to the fissure")
                      (findings[$0].sentence == finding.sentence - 1
                          || findings[$0].sentence == finding.sentence && findings[$0].range.upperBound < finding.range.lowerBound)
                          && findings[$0].typeIndex == finding.typeIndex
                          && findings[$0].assertion == finding.assertion && !repeated.contains($0) && findings[$0].category != nil
                          && (findings[$0].laterality != .none || !findings[$0].lobes.isEmpty)
                          && (finding.laterality == .none || findings[$0].laterality == finding.laterality)
                          && (finding.temporal == nil || finding.changeFromRecap || findings[$0].temporal == nil
                              || findings[$0].temporal == finding.temporal)
                          // (one measured, named again as several, is more of them: "A 5 mm nodule … A little more caudally,
                          // there are two adjacent nodules")
                          && !(findings[$0].size != nil && !findings[$0].multiple && finding.multiple)
                  })
            else { continue }
            merge(finding, into: &findings[earlier])
            repeated.insert(index)
        }
        for index in repeated.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Consolidation is observed in the apicoposterior segment of the left upper lobe. … Consolidation in the apicoposterior
    /// segment of the left upper lobe may be consistent with pneumonic infiltration.": a present finding of the findings
    /// section placed by its own words, in a sentence that doubts a finding of another type (says what it may be), where the
    /// only earlier present finding of its type in the findings section is (see
    /// ``Finding/lies(within:openWhereUnnamed:)``), is that one named again — measured as it is or not at all, changed as
    /// it is or not at all (or by a recap only). Two such earlier ones name neither; a sentence that doubts nothing names
    /// one anew ("A nodule in the right lower lobe. … There is another nodule at this level."). Findings `past` are gone
    /// already.
    private func readAgain(_ index: Int, in findings: [Finding], sentences: [Sentence], past gone: Set<Int>) -> Int? {
        let later = findings[index]
        guard sentences[later.sentence].section == .findings, later.assertion == .present,
              later.laterality != .none || !later.lobes.isEmpty,
              findings.contains(where: {
                  $0.sentence == later.sentence && $0.typeIndex != later.typeIndex && $0.assertion == .uncertain
              })
        else { return nil }
        guard let earlier = findings.indices[..<index].sole(where: {
            !gone.contains($0) && findings[$0].sentence < later.sentence && findings[$0].typeIndex == later.typeIndex
                && sentences[findings[$0].sentence].section == .findings && findings[$0].assertion == .present
                && later.lies(within: findings[$0])
        }) else { return nil }
        let named = findings[earlier]
        return (later.size == nil || later.size?.maxMM == named.size?.maxMM)
            && (later.temporal == nil || later.changeFromRecap || named.temporal == nil || later.temporal == named.temporal)
            ? earlier : nil
    }

    /// "Mosaic attenuation pattern was observed in both lungs. … Mosaic attenuation was found to be secondary to small airway
    /// stenosis.": a pattern (`pattern` in findings.xml) named again later in its section, asserted alike, where the earlier
    /// one is and with no other size or change, is that one (see ``patternNamedAgain(_:_:)``); one placed nowhere takes the
    /// later one's places. (After the impression's copies are merged: in a report with no header, a pattern named again in a
    /// summary counts for it.)
    func mergePatternRepeats(in findings: inout [Finding], sentences: [Sentence]) {
        var repeated = Set<Int>()
        let types = engine.knowledge.findings.types
        for index in findings.indices where findings[index].antecedent == .none {
            let finding = findings[index]
            guard types[finding.typeIndex].pattern, finding.category != nil, finding.assertion != .absent,
                  let earlier = findings.indices[..<index].last(where: {
                      !repeated.contains($0) && sentences[findings[$0].sentence].section == sentences[finding.sentence].section
                          && patternNamedAgain(finding, findings[$0])
                  })
            else { continue }
            if unplaced(findings[earlier]) {
                findings[earlier].laterality = finding.laterality
                add(finding.structures, to: &findings[earlier])
            } else if widens(finding, findings[earlier]) {
                findings[earlier].addPlaces(of: [finding])
            }
            merge(finding, into: &findings[earlier])
            repeated.insert(index)
        }
        for index in repeated.sorted().reversed() { findings.remove(at: index) }
    }

    /// "Peribronchial thickenings were observed in both lungs. … Peribronchial thickenings are observed in both lungs.": whether a
    /// pattern is one of an earlier sentence named again: of its type, category and assertion, on its side or none (or one
    /// side of a bilateral one), in no lobe or segment the earlier one is not in, measured as it is or not at all, changed
    /// as it is or not at all (or by a recap only). An earlier one placed nowhere ("A mosaic attenuation pattern is
    /// observed.") is one named again anywhere; one that names no lobe or no segment holds any on its sides (see
    /// ``widens(_:_:)``).
    private func patternNamedAgain(_ later: Finding, _ earlier: Finding) -> Bool {
        earlier.sentence < later.sentence && earlier.typeIndex == later.typeIndex && earlier.category == later.category
            && earlier.assertion == later.assertion && later.unsided == nil
            && (unplaced(earlier) || widens(later, earlier) || (later.laterality == .none || later.laterality == earlier.laterality
                || earlier.laterality == .bilateral) && later.lobes.allSatisfy(earlier.lobes.contains)
                && later.segments.allSatisfy(earlier.segments.contains))
            && (later.size == nil || earlier.size == nil || later.size?.maxMM == earlier.size?.maxMM)
            && (later.temporal == nil || later.changeFromRecap || earlier.temporal == nil || later.temporal == earlier.temporal)
    }

    /// "Minimal bronchiectasis is observed in the central parts of both lungs. … Minimal bronchiectasis … in both lungs,
    /// especially in the lower lobe of the left lung": whether a pattern named again says more of where an earlier placed
    /// one is — on the very sides that one is on, a lobe or segment at a level it names none at, and no other place it lacks
    /// (see `Finding.lies(within:openWhereUnnamed:)`) — changed as it is or not at all, not even by a recap ("In the current
    /// examination, … peribronchial thickenings … in the lower lobes" after "Bilateral peribronchial thickenings": more of
    /// it, another finding). One side and its lobe after both lungs ("also … in the right middle lobe") may be another. The
    /// one record takes the places of both.
    private func widens(_ later: Finding, _ earlier: Finding) -> Bool {
        !unplaced(earlier) && (!later.lobes.allSatisfy(earlier.lobes.contains) || !later.segments.allSatisfy(earlier.segments.contains))
            && later.laterality == earlier.laterality && later.lies(within: earlier, openWhereUnnamed: true)
            && (later.temporal == nil || later.temporal == earlier.temporal)
    }
}

extension ReportParser {
    /// "Pleural effusion was not detected in both hemithorax. … Bilateral pleural effusion was not detected.": a denial said
    /// again later in its section is the first earlier denial there that it repeats (see ``deniesAgain(_:_:)``): one
    /// record, the first. Denials of a type in other places stay apart ("No nodule in the right lung. … No nodule in the
    /// left lung."; "No lymph node in the mediastinum. … No lymph node in the axilla.").
    func mergeRepeatedDenials(in findings: inout [Finding], sentences: [Sentence]) {
        var repeated = Set<Int>()
        for index in findings.indices where findings[index].assertion == .absent {
            let denial = findings[index]
            guard let earlier = findings.indices[..<index].first(where: {
                !repeated.contains($0) && sentences[findings[$0].sentence].section == sentences[denial.sentence].section
                    && deniesAgain(denial, findings[$0])
            }) else { continue }
            merge(denial, into: &findings[earlier])
            repeated.insert(index)
        }
        for index in repeated.sorted().reversed() { findings.remove(at: index) }
    }

    /// Whether a denial repeats an earlier sentence's denial: of its type and category, with no lobe left without a side,
    /// on its side, in its lobes, its segments and its other places — no more, no fewer (a place one names and the other
    /// not may be another organ: "no mass in the lung parenchyma" is not "no space-occupying lesion in the liver") — and
    /// changed as it is. A denial placed nowhere ("No mass was detected.") says too little of where to be the same one.
    private func deniesAgain(_ later: Finding, _ earlier: Finding) -> Bool {
        earlier.sentence < later.sentence && earlier.assertion == .absent && later.assertion == .absent
            && earlier.typeIndex == later.typeIndex && earlier.category == later.category
            && later.unsided == nil && earlier.unsided == nil && earlier.laterality == later.laterality
            && (later.laterality != .none || !later.lobes.isEmpty || !later.places.isEmpty)
            && earlier.lobes == later.lobes && earlier.segments == later.segments
            && Set(earlier.places) == Set(later.places) && earlier.temporal == later.temporal
    }
}

extension ReportParser {
    /// "A 15 mm nodular lesion in the left adrenal gland. IMPRESSION: Hypodense lesion in the left adrenal gland.": an
    /// impression finding outside the lungs that no copy pass merged, named by a weak noun (see ``head(of:)``), names again
    /// the findings section's finding of another type named by that noun when it is the only one:
    /// in its organ (see ``inOneOrgan(_:_:)``; neither placed in none), on its side (or the copy on none), measured as it is
    /// (see ``sizesAgree(_:_:)``) or one of the two not at all, changed as it is or one of the two not at all, asserted alike or
    /// hedged in one of the two only, and no finding of the findings section of the copy's own type there. Each findings
    /// finding takes one such copy at most; another organ, another side or another size is another lesion.
    func mergeRetypedCopies(in findings: inout [Finding], sentences: [Sentence]) {
        var copies = Set<Int>()
        var named = Set<Int>()
        for index in findings.indices where findings[index].antecedent == .none {
            let copy = findings[index]
            guard sentences[copy.sentence].section == .impression, let noun = head(of: copy), copy.category == nil,
                  copy.assertion != .absent, !organless(copy) else { continue }
            func there(_ earlier: Finding) -> Bool {
                sentences[earlier.sentence].section == .findings && earlier.category == nil && !organless(earlier)
                    && earlier.assertion != .absent && inOneOrgan(copy, earlier)
                    && (copy.laterality == .none || copy.laterality == earlier.laterality)
            }
            let before = findings.indices[..<index]
            let retyped = before.sole { position in
                let earlier = findings[position]
                return head(of: earlier) == noun && earlier.typeIndex != copy.typeIndex && there(earlier)
                    && (earlier.assertion == copy.assertion || earlier.assertion.isHedgedOnce(with: copy.assertion))
                    && measuredAlike(copy, earlier)
                    && copy.changeAgrees(with: earlier)
            }
            guard let earlier = retyped, !named.contains(earlier),
                  !before.contains(where: { findings[$0].typeIndex == copy.typeIndex && there(findings[$0]) })
            else { continue }
            merge(copy, into: &findings[earlier])
            named.insert(earlier)
            copies.insert(index)
        }
        for index in copies.sorted().reversed() { findings.remove(at: index) }
    }

    /// The weak noun a finding outside the lungs was named by: the one words before it or its place typed otherwise
    /// (`Finding.noun`: "benign lesions in the right iliac wing" are bone lesions, named by "lesion"), or
    /// its own type when that is a weak word ("lesions in both adrenal glands"); nil for a specific noun.
    private func head(of finding: Finding) -> Int? {
        finding.noun ?? (engine.knowledge.findings.types[finding.typeIndex].specificity == .weak ? finding.typeIndex : nil)
    }
}
