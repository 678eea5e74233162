/// The 18 CT-RATE abnormality labels, with their exact names, in CT-RATE's order.
public enum CTRateLabel: String, CaseIterable, Sendable, Codable {
    case medicalMaterial = "Medical material"
    case arterialWallCalcification = "Arterial wall calcification"
    case cardiomegaly = "Cardiomegaly"
    case pericardialEffusion = "Pericardial effusion"
    case coronaryArteryWallCalcification = "Coronary artery wall calcification"
    case hiatalHernia = "Hiatal hernia"
    case lymphadenopathy = "Lymphadenopathy"
    case emphysema = "Emphysema"
    case atelectasis = "Atelectasis"
    case lungNodule = "Lung nodule"
    case lungOpacity = "Lung opacity"
    case pulmonaryFibroticSequela = "Pulmonary fibrotic sequela"
    case pleuralEffusion = "Pleural effusion"
    case mosaicAttenuationPattern = "Mosaic attenuation pattern"
    case peribronchialThickening = "Peribronchial thickening"
    case consolidation = "Consolidation"
    case bronchiectasis = "Bronchiectasis"
    case interlobularSeptalThickening = "Interlobular septal thickening"
}

/// A ReXGroundingCT finding category code, "1a"…"1f" (non-focal) or "2a"…"2h" (focal).
public struct FindingCategory: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Every valid code.
    public static let all: [FindingCategory] = ["1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "2h"]
        .map { FindingCategory(unchecked: $0) }

    /// A category from its code, nil when the code is not one of ReXGroundingCT's 14.
    public init?(rawValue: String) {
        guard Self.all.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    private init(unchecked code: String) { rawValue = code }

    /// Focal ⇔ the code starts with 2.
    public var isFocal: Bool { rawValue.hasPrefix("2") }

    public var description: String { rawValue }
}
