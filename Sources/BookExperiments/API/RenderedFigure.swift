import BookFigures

/// An experiment drawn for a page: the figure markup and the data behind it as CSV.
public struct RenderedFigure: Sendable, Equatable {
    /// Inline SVG (one per panel, or a variants control), ready to place in a `<figure>`.
    public var html: String
    /// The computed data, one row per point, for readers who want to re-plot it.
    public var csv: String

    /// Creates a rendered figure.
    ///
    /// - Parameters:
    ///   - html: The figure markup.
    ///   - csv: The data as CSV.
    public init(html: String, csv: String) {
        self.html = html
        self.csv = csv
    }
}

extension Experiment {
    /// Changes whenever the numerics or the drawing change what a spec produces; it is part
    /// of every cache key, so bump it with any such change.
    public static let engineVersion = "bookgen-experiments-1"

    /// Runs the experiment, checks its `expect:` claims and draws it.
    ///
    /// - Parameter figureID: The id of the figure element on the page (e.g. `fig-lr-compare`);
    ///   the drawing's own ids derive from it.
    /// - Returns: The figure markup and its CSV data.
    /// - Throws: ``ExperimentError`` for a false claim (with the computed value), a slider
    ///   value the spec rejects, or data that cannot be drawn.
    public func render(figureID: String) throws(ExperimentError) -> RenderedFigure {
        let result = run()
        for expectation in expectations {
            if let failure = expectation.check(result) { throw failure }
        }
        let html: String
        do {
            if let slider = figure.slider {
                var variants: [FigureVariants.Variant] = []
                for (index, value) in slider.values.enumerated() {
                    let variant: Experiment
                    do {
                        variant = try setting(slider.key, to: value)
                    } catch {
                        throw ExperimentError(
                            at: value.location, "slider value \(OptimizerSpec.describe(value)): \(error.message)")
                    }
                    let variantResult =
                        index == slider.defaultIndex && root.node(slider.key)?.canonicalText == value.canonicalText
                        ? result : variant.run()
                    let drawing = try FigureBuilder(
                        experiment: variant, result: variantResult, id: "\(figureID)-v\(index + 1)"
                    ).figure()
                    variants.append(FigureVariants.Variant(OptimizerSpec.describe(value), drawing))
                }
                let prompt = RunLabels.symbols[slider.key] ?? slider.key
                html = try FigureVariants(
                    id: "\(figureID)-variants", prompt: prompt, variants: variants, defaultIndex: slider.defaultIndex
                ).html()
            } else {
                html = try FigureBuilder(experiment: self, result: result, id: "\(figureID)-plot").figure().html()
            }
        } catch let error as ExperimentError {
            throw error
        } catch {
            throw ExperimentError(at: root.location, "cannot draw the figure: \(error)")
        }
        return RenderedFigure(html: html, csv: result.csv)
    }
}
