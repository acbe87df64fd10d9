import DisclosureModel
import Foundation
import Testing

@Suite("Quoted figures: shares and the cells each kind is compared with")
struct QuotedFigureCellsTests {
    @Test("a share matches its part and whole rounded or truncated to the printed digits")
    func shareRoundingAndTruncation() {
        func share(_ text: String) -> QuotedFigure.Share {
            let digits = text.split(separator: ".").dropFirst().first?.count ?? 0
            return QuotedFigure.Share(percent: Decimal(string: text) ?? 0, digits: digits)
        }
        // 966 / 1453 = 66.4831…%
        #expect(share("66.48").matches(part: 966, whole: 1453))
        #expect(share("66.4").matches(part: 966, whole: 1453))
        #expect(share("66").matches(part: 966, whole: 1453))
        #expect(share("66.5").matches(part: 966, whole: 1453))
        #expect(!share("66.49").matches(part: 966, whole: 1453))
        #expect(!share("68.48").matches(part: 966, whole: 1453))
        // 61 / 1453 = 4.198…%: "4.20%" (two digits printed) is right.
        #expect(QuotedFigure.Share(percent: Decimal(string: "4.2") ?? 0, digits: 2).matches(part: 61, whole: 1453))
        #expect(QuotedFigure.Share(percent: Decimal(string: "4.2") ?? 0, digits: 2).text == "4.20%")
        #expect(QuotedFigure.Share(percent: 66, digits: 0).text == "66%")
        #expect(!share("0").matches(part: 0, whole: 0))
    }

    @Test("表三's category groups come from each edition's rows: （三） 8 rows, （六） one row in 2019 and three in 2021")
    func categoryCellsPerEdition() throws {
        for format in ReportFormats.official.all {
            let withheld = try #require(format.quotedFigureCells[.applicationsWithheld])
            #expect(withheld.cells.count == 8)
            #expect(withheld.cells.allSatisfy { $0.column == .total })
            #expect(format.quotedFigureCells[.applicationsUnavailable]?.cells.count == 3)
            #expect(format.quotedFigureCells[.applicationsNotProcessed]?.cells.count == 5)
            #expect(
                format.quotedFigureCells[.applicationsGrantedOrPartly]?.cells
                    == [CellAddress(.granted, .total), CellAddress(.partiallyGranted, .total)])
            #expect(
                format.quotedFigureCells[.reviewsNotUpheld]?.cells
                    == [CellAddress(.cases, .reviewCorrected), CellAddress(.cases, .reviewOther), CellAddress(.cases, .reviewPending)])
            #expect(format.quotedFigureCells[.licensingDecisions]?.cells == [CellAddress(.licensing, .decisions)])
        }
        #expect(ReportFormat.y2019.quotedFigureCells[.applicationsOtherHandling]?.cells == [CellAddress(.otherHandling, .total)])
        #expect(
            ReportFormat.y2021.quotedFigureCells[.applicationsOtherHandling]?.cells
                == [
                    CellAddress(.otherOverdueCorrection, .total), CellAddress(.otherUnpaidFee, .total),
                    CellAddress(.otherOther, .total),
                ])
        #expect(ReportFormat.y2019.quotedFigureCells[.regulations]?.cells == [CellAddress(.regulations, .newlyPublished)])
        #expect(ReportFormat.y2021.quotedFigureCells[.regulations]?.cells == [CellAddress(.regulations, .issued)])
    }

    @Test("every part kind has a whole, and the outcome categories with the joined kind cover （一）–（六）")
    func wholesAndCategories() {
        #expect(QuotedFigure.Kind.wholes[.applicationsWithheld] == .applicationsAnswered)
        #expect(QuotedFigure.Kind.wholes[.applicationsGrantedOrPartly] == .applicationsAnswered)
        #expect(QuotedFigure.Kind.wholes[.reviewsPending] == .administrativeReviews)
        #expect(QuotedFigure.Kind.wholes[.litigationCorrected] == .administrativeLitigation)
        #expect(QuotedFigure.Kind.answeredCategories.count == 6)
    }

    @Test("a quoted figure's share, statement and subject survive JSON, and are absent when not set")
    func jsonRoundTrip() throws {
        let figure = QuotedFigure(
            .applicationsGranted, 966, share: .init(percent: Decimal(string: "66.48") ?? 0, digits: 2), statement: 1,
            uncertainSubject: true)
        let data = try JSONEncoder().encode(figure)
        #expect(try JSONDecoder().decode(QuotedFigure.self, from: data) == figure)
        let plain = String(decoding: try JSONEncoder().encode(QuotedFigure(.websites, 59)), as: UTF8.self)
        #expect(!plain.contains("share") && !plain.contains("statement") && !plain.contains("uncertainSubject"))
    }
}
