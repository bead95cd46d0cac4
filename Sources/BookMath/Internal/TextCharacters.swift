/// Text-mode characters: LaTeX's accents (`\'a`, `\"{u}`), its special letters (`\ss`, `\o`) and the
/// precomposed Unicode letters the accents combine into.
enum TextCharacters {
    /// A text accent command.
    struct TextAccent: Sendable {
        /// The combining mark put after the base letter.
        var combining: Unicode.Scalar
        /// The accent on its own (`\'{}`), and the mark set over a base of several letters.
        var spacing: String
        /// The math accent that draws the same mark, for the error when the text accent is used in math.
        var mathAccent: String?
    }

    /// The text accents, by command name: acute, grave, circumflex, diaeresis, tilde, macron,
    /// dot above, breve, caron, double acute, ring, cedilla, dot below, bar below, ogonek.
    static let accents: [String: TextAccent] = [
        "'": TextAccent(combining: "\u{301}", spacing: "ˊ", mathAccent: "acute"),
        "`": TextAccent(combining: "\u{300}", spacing: "ˋ", mathAccent: "grave"),
        "^": TextAccent(combining: "\u{302}", spacing: "ˆ", mathAccent: "hat"),
        "\"": TextAccent(combining: "\u{308}", spacing: "¨", mathAccent: "ddot"),
        "~": TextAccent(combining: "\u{303}", spacing: "˜", mathAccent: "tilde"),
        "=": TextAccent(combining: "\u{304}", spacing: "ˉ", mathAccent: "bar"),
        ".": TextAccent(combining: "\u{307}", spacing: "˙", mathAccent: "dot"),
        "u": TextAccent(combining: "\u{306}", spacing: "˘", mathAccent: "breve"),
        "v": TextAccent(combining: "\u{30C}", spacing: "ˇ", mathAccent: "check"),
        "H": TextAccent(combining: "\u{30B}", spacing: "˝", mathAccent: nil),
        "r": TextAccent(combining: "\u{30A}", spacing: "˚", mathAccent: "mathring"),
        "c": TextAccent(combining: "\u{327}", spacing: "¸", mathAccent: nil),
        "d": TextAccent(combining: "\u{323}", spacing: ".", mathAccent: nil),
        "b": TextAccent(combining: "\u{331}", spacing: "ˍ", mathAccent: nil),
        "k": TextAccent(combining: "\u{328}", spacing: "˛", mathAccent: nil),
    ]

    /// LaTeX's special letters.
    static let letters: [String: String] = [
        "i": "ı", "j": "ȷ", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å",
        "l": "ł", "L": "Ł",
    ]

    /// For each accent, pairs of a base letter and the precomposed letter it makes with the
    /// accent (Unicode's canonical compositions of the Latin letters and Latin-1 letters).
    static let compositionPairs: [String: String] = [
        "'": "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzźÆǼæǽØǾøǿÅǺåǻÇḈçḉÜǗüǘÕṌõṍÔỐôốÏḮïḯÂẤâấÊẾêế",
        "`": "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳÜǛüǜÔỒôồÂẦâầÊỀêề",
        "^": "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ",
        "\"": "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿÕṎõṏ",
        "~": "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹÔỖôỗÂẪâẫÊỄêễ",
        "=": "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳÆǢæǣÜǕüǖÖȪöȫÄǞäǟÕȬõȭ",
        ".": "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż",
        "u": "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ",
        "v": "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzžÜǙüǚ",
        "H": "OŐUŰoőuű",
        "r": "AÅUŮaåuůwẘyẙ",
        "c": "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ",
        "d": "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓÔỘôộÂẬâậÊỆêệ",
        "b": "BḆDḎKḴLḺNṈRṞTṮZẔbḇdḏhẖkḵlḻnṉrṟtṯzẕ",
        "k": "AĄEĘIĮOǪUŲaąeęiįoǫuų",
    ]

    /// Precomposed letters by accent, then base.
    static let compositions: [String: [Character: Character]] = compositionPairs.mapValues { pairs in
        var table: [Character: Character] = [:]
        var iterator = pairs.makeIterator()
        while let base = iterator.next(), let composed = iterator.next() { table[base] = composed }
        return table
    }

    /// A base letter with an accent: the precomposed letter when Unicode has one, else the base
    /// followed by the combining mark. A dotless ı or ȷ takes the accent as i and j do (í is
    /// drawn without a dot).
    ///
    /// - Parameters:
    ///   - base: One letter (one Unicode scalar or an already accented letter).
    ///   - accent: The accent's command name.
    /// - Returns: The accented letter, or `nil` for an unknown accent.
    static func accented(_ base: Character, accent name: String) -> String? {
        guard let accent = accents[name] else { return nil }
        let lookup: Character = base == "ı" ? "i" : base == "ȷ" ? "j" : base
        if let composed = compositions[name]?[lookup] { return String(composed) }
        var text = String(base)
        text.unicodeScalars.append(accent.combining)
        return text
    }
}
