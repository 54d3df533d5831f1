//! The admin dashboard's chart of claims and redemptions per day, drawn on the server as inline SVG.
//!
//! Rust computes only geometry and numbers; `templates/admin/_chart.html`, which expects a
//! [`DailyChart`] named `chart`, draws it with every word a reader sees (title, description,
//! legend, axis captions) taken from `locales/*/admin-campaigns.ftl` and the days written in the
//! page's language.

use std::fmt::{self, Write as _};

use chrono::{Days, NaiveDate};

/// Size of the SVG viewBox, in user units.
const WIDTH: u32 = 640;
const HEIGHT: u32 = 240;
/// Space around the plot area: room for the legend above, tick labels and the rotated y caption on
/// the left, x labels and the x caption below.
const MARGIN_LEFT: u32 = 60;
const MARGIN_RIGHT: u32 = 16;
const MARGIN_TOP: u32 = 36;
const MARGIN_BOTTOM: u32 = 44;
/// At most this many dates along the x axis.
const MAX_X_LABELS: usize = 8;
/// Label spacings tried in order (in days): weekly steps read better than, say, every 5th day.
const LABEL_STEPS: [usize; 12] = [1, 2, 3, 7, 14, 21, 28, 42, 56, 91, 182, 364];
/// Dots on each day are drawn only up to this many days; beyond that they would merge into a smear.
const MAX_MARKER_DAYS: usize = 31;
/// Longer ranges keep only their most recent days, so a bad date cannot make a huge page.
pub const MAX_DAYS: usize = 1000;
/// Horizontal distance from one legend key to the next.
const LEGEND_SPACING: u32 = 140;

/// One day of the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayCount {
    /// The day.
    pub day: NaiveDate,
    /// Codes claimed that day.
    pub claims: i64,
    /// Codes redeemed that day.
    pub redemptions: i64,
}

/// An SVG coordinate, rounded to a tenth and printed with at most one decimal (`12`, `12.5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Coord {
    tenths: i64,
}

impl Coord {
    /// Rounds `value` to the nearest tenth; NaN and infinities become 0.
    pub fn new(value: f64) -> Coord {
        let tenths = (value * 10.0).round();
        // `as` saturates for out-of-range floats; NaN becomes 0.
        Coord {
            tenths: if tenths.is_finite() { tenths as i64 } else { 0 },
        }
    }

    /// The rounded value.
    pub fn value(self) -> f64 {
        self.tenths as f64 / 10.0
    }
}

impl From<u32> for Coord {
    fn from(value: u32) -> Coord {
        Coord {
            tenths: i64::from(value) * 10,
        }
    }
}

impl fmt::Display for Coord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.tenths < 0 { "-" } else { "" };
        let abs = self.tenths.unsigned_abs();
        match abs % 10 {
            0 => write!(f, "{sign}{}", abs / 10),
            frac => write!(f, "{sign}{}.{frac}", abs / 10),
        }
    }
}

/// A point in the SVG's user space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// Distance from the left edge.
    pub x: Coord,
    /// Distance from the top edge.
    pub y: Coord,
}

/// The rectangle the series are drawn in; the axes run along its left and bottom edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlotArea {
    /// x of the left edge, where the y axis is drawn.
    pub left: u32,
    /// y of the top edge, the height of `y_max`.
    pub top: u32,
    /// x of the right edge.
    pub right: u32,
    /// y of the bottom edge, where the x axis is drawn (the height of 0).
    pub bottom: u32,
}

impl PlotArea {
    /// The plot area of a chart [`WIDTH`] wide and `height` tall, with `margin_top` above it
    /// for the legend, and room for the axes' labels and captions on the left and below.
    fn within(height: u32, margin_top: u32) -> PlotArea {
        PlotArea {
            left: MARGIN_LEFT,
            top: margin_top,
            right: WIDTH - MARGIN_RIGHT,
            bottom: height - MARGIN_BOTTOM,
        }
    }

    /// Width of the plot area.
    pub fn width(&self) -> u32 {
        self.right - self.left
    }

    /// Height of the plot area.
    pub fn height(&self) -> u32 {
        self.bottom - self.top
    }
}

/// One value on the y axis: a gridline at `y` and its label drawn at `label_y` (the baseline that
/// centres the text on the gridline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YTick {
    /// The count at this tick.
    pub value: i64,
    /// y of the gridline.
    pub y: Coord,
    /// Baseline of the label.
    pub label_y: Coord,
}

/// One date on the x axis, centred on `x` (the template formats `day`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XLabel {
    /// The day labelled.
    pub day: NaiveDate,
    /// x of the label's centre, which is the day's x in the series.
    pub x: Coord,
}

/// Where one legend entry goes: a sample line from (`x1`, `y`) to (`x2`, `y`), then its text
/// starting at (`text_x`, `text_y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegendKey {
    /// Start of the sample line.
    pub x1: u32,
    /// End of the sample line.
    pub x2: u32,
    /// y of the sample line.
    pub y: u32,
    /// Start of the text.
    pub text_x: u32,
    /// Baseline of the text.
    pub text_y: u32,
}

impl LegendKey {
    /// A legend entry whose sample line starts at `x1` at height `y`, its text after it.
    fn at(x1: u32, y: u32) -> LegendKey {
        LegendKey {
            x1,
            x2: x1 + 24,
            y,
            text_x: x1 + 30,
            text_y: y + 4,
        }
    }
}

/// Where a chart's tick labels and axis captions go around its plot area.
#[derive(Debug, Clone, Copy)]
struct AxisPlaces {
    tick_label_x: u32,
    x_label_y: u32,
    x_caption: Point,
    y_caption: Point,
}

impl AxisPlaces {
    fn around(plot: PlotArea) -> AxisPlaces {
        AxisPlaces {
            tick_label_x: plot.left - 6,
            x_label_y: plot.bottom + 16,
            x_caption: Point {
                x: Coord::new(f64::from(plot.left + plot.right) / 2.0),
                y: Coord::from(plot.bottom + 36),
            },
            y_caption: Point {
                x: Coord::from(14),
                y: Coord::new(f64::from(plot.top + plot.bottom) / 2.0),
            },
        }
    }
}

/// Geometry of the chart, ready for the template.
///
/// Every coordinate is in the user space of a `0 0 width height` viewBox. Days are spread evenly,
/// each at the centre of its slot, so a single day sits in the middle of the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct DailyChart {
    /// Prefix for the element ids inside the chart (`{id}-title`, `{id}-desc`); unique per page.
    pub id: String,
    /// Width of the viewBox.
    pub width: u32,
    /// Height of the viewBox.
    pub height: u32,
    /// Where the series are drawn.
    pub plot: PlotArea,
    /// First day shown (later than asked for when the range was longer than [`MAX_DAYS`]).
    pub first: NaiveDate,
    /// Last day shown.
    pub last: NaiveDate,
    /// Top of the y axis: a round number at least as large as every count, never 0.
    pub y_max: i64,
    /// 4 to 6 evenly spaced values from 0 to `y_max`, bottom first.
    pub y_ticks: Vec<YTick>,
    /// Right edge of the y tick labels (draw them with `text-anchor="end"`).
    pub tick_label_x: u32,
    /// At most 8 dates along the x axis, left to right, starting with `first`.
    pub x_labels: Vec<XLabel>,
    /// Baseline of the x labels (draw them with `text-anchor="middle"`).
    pub x_label_y: u32,
    /// Anchor of the x axis caption (centred below the x labels).
    pub x_caption: Point,
    /// Anchor of the y axis caption, to be rotated -90° about this very point.
    pub y_caption: Point,
    /// Legend entry for claims.
    pub claims_legend: LegendKey,
    /// Legend entry for redemptions.
    pub redemptions_legend: LegendKey,
    /// `points` attribute of the claims `<polyline>`: one `x,y` pair per day.
    pub claims_points: String,
    /// `points` attribute of the redemptions `<polyline>`: one `x,y` pair per day.
    pub redemptions_points: String,
    /// One dot per day for claims, or none when there are more than 31 days. A line needs two
    /// points to show, so these are what makes a single day visible.
    pub claims_markers: Vec<Point>,
    /// One dot per day for redemptions, or none when there are more than 31 days.
    pub redemptions_markers: Vec<Point>,
    /// Sum of the claims over the days shown.
    pub total_claims: i64,
    /// Sum of the redemptions over the days shown.
    pub total_redemptions: i64,
    /// Days on which a phase of the campaign begins, where they fall on the chart.
    pub phase_marks: Vec<XLabel>,
    rows: Vec<DayCount>,
}

impl DailyChart {
    /// Builds the chart over the days from `first` to `last` inclusive; days missing from `counts`
    /// count 0. `counts` may be unsorted and may contain days outside the range (ignored).
    ///
    /// Several entries for one day are added up, negative counts count 0, `first` and `last` are
    /// swapped if given the wrong way round, and a range longer than [`MAX_DAYS`] keeps its last
    /// [`MAX_DAYS`] days. The id prefix is `daily-chart` until [`DailyChart::with_id`] changes it.
    pub fn new(counts: &[DayCount], first: NaiveDate, last: NaiveDate) -> DailyChart {
        let (first, last) = if first <= last {
            (first, last)
        } else {
            (last, first)
        };
        let first = match last.checked_sub_days(Days::new(MAX_DAYS as u64 - 1)) {
            Some(earliest) if earliest > first => earliest,
            _ => first,
        };
        let rows = fill_days(counts, first, last);
        let total_claims = rows.iter().fold(0_i64, |sum, r| sum.saturating_add(r.claims));
        let total_redemptions = rows
            .iter()
            .fold(0_i64, |sum, r| sum.saturating_add(r.redemptions));
        let highest = rows
            .iter()
            .map(|r| r.claims.max(r.redemptions))
            .max()
            .unwrap_or(0);
        let plot = PlotArea::within(HEIGHT, MARGIN_TOP);
        let places = AxisPlaces::around(plot);
        let scale = YScale::new(plot, highest);
        let (y_max, y_ticks) = (scale.y_max, scale.ticks());
        let slot = f64::from(plot.width()) / rows.len() as f64;
        let x_of = |index: usize| Coord::new(f64::from(plot.left) + (index as f64 + 0.5) * slot);
        let y_of = |value: i64| scale.y(value);

        let label_step = label_step(rows.len());
        let x_labels = (0..rows.len())
            .step_by(label_step)
            .map(|i| XLabel {
                day: rows[i].day,
                x: x_of(i),
            })
            .collect();

        let series = |count: fn(&DayCount) -> i64| -> Vec<Point> {
            rows.iter()
                .enumerate()
                .map(|(i, r)| Point {
                    x: x_of(i),
                    y: y_of(count(r)),
                })
                .collect()
        };
        let claims = series(|r| r.claims);
        let redemptions = series(|r| r.redemptions);
        let markers = |points: &[Point]| {
            if points.len() <= MAX_MARKER_DAYS {
                points.to_vec()
            } else {
                Vec::new()
            }
        };

        let legend = |x1: u32| LegendKey::at(x1, 14);

        DailyChart {
            id: "daily-chart".to_owned(),
            width: WIDTH,
            height: HEIGHT,
            plot,
            first,
            last,
            y_max,
            y_ticks,
            tick_label_x: places.tick_label_x,
            x_labels,
            x_label_y: places.x_label_y,
            x_caption: places.x_caption,
            y_caption: places.y_caption,
            claims_legend: legend(plot.left),
            redemptions_legend: legend(plot.left + LEGEND_SPACING),
            claims_points: points_attribute(&claims),
            redemptions_points: points_attribute(&redemptions),
            claims_markers: markers(&claims),
            redemptions_markers: markers(&redemptions),
            total_claims,
            total_redemptions,
            phase_marks: Vec::new(),
            rows,
        }
    }

    /// Marks the days on which phases begin (the campaign's rules change) with a vertical
    /// line; days outside the chart are left out.
    #[must_use]
    pub fn with_phases(mut self, days: &[NaiveDate]) -> DailyChart {
        let slot = f64::from(self.plot.width()) / self.rows.len() as f64;
        self.phase_marks = days
            .iter()
            .filter_map(|day| {
                let index = self.rows.iter().position(|r| r.day == *day)?;
                Some(XLabel {
                    day: *day,
                    x: Coord::new(f64::from(self.plot.left) + index as f64 * slot),
                })
            })
            .collect();
        self
    }

    /// Sets the prefix of the chart's element ids, e.g. `campaign-3`. Characters other than ASCII
    /// letters, digits, `-` and `_` become `-`, so the ids work in `aria-labelledby` lists.
    #[must_use]
    pub fn with_id(mut self, id: impl AsRef<str>) -> DailyChart {
        let id: String = id
            .as_ref()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        if !id.is_empty() {
            self.id = id;
        }
        self
    }

    /// Every day from `first` to `last`, in order, with its counts (0 for days without any).
    pub fn rows(&self) -> &[DayCount] {
        &self.rows
    }

    /// How many days the chart covers (at least 1).
    pub fn day_count(&self) -> usize {
        self.rows.len()
    }

    /// Whether any day has a claim or a redemption.
    pub fn has_data(&self) -> bool {
        self.total_claims > 0 || self.total_redemptions > 0
    }
}

/// A y axis from 0 to a round number at least as large as the highest count, over a plot
/// area: the heights of values and the ticks. Shared by the charts.
#[derive(Debug, Clone, Copy)]
struct YScale {
    plot: PlotArea,
    y_max: i64,
    step: i64,
}

impl YScale {
    fn new(plot: PlotArea, highest: i64) -> YScale {
        let (y_max, step) = nice_scale(highest);
        YScale { plot, y_max, step }
    }

    /// The height of `value` (0 on the bottom edge, `y_max` on the top one).
    fn y(&self, value: i64) -> Coord {
        let share = value as f64 / self.y_max as f64;
        Coord::new(f64::from(self.plot.bottom) - share * f64::from(self.plot.height()))
    }

    /// 4 to 6 evenly spaced ticks from 0 to `y_max`, bottom first.
    fn ticks(&self) -> Vec<YTick> {
        let mut ticks = Vec::new();
        let mut value = 0_i64;
        while value <= self.y_max {
            let y = self.y(value);
            ticks.push(YTick {
                value,
                y,
                label_y: Coord::new(y.value() + 4.0),
            });
            match value.checked_add(self.step) {
                Some(next) => value = next,
                None => break,
            }
        }
        ticks
    }
}

/// One row per day from `first` to `last` (`first <= last`), with the counts of `counts` added in.
fn fill_days(counts: &[DayCount], first: NaiveDate, last: NaiveDate) -> Vec<DayCount> {
    let mut rows: Vec<DayCount> = first
        .iter_days()
        .take_while(|day| *day <= last)
        .map(|day| DayCount {
            day,
            claims: 0,
            redemptions: 0,
        })
        .collect();
    for count in counts.iter().filter(|c| first <= c.day && c.day <= last) {
        let row = &mut rows[(count.day - first).num_days() as usize];
        row.claims = row.claims.saturating_add(count.claims.max(0));
        row.redemptions = row.redemptions.saturating_add(count.redemptions.max(0));
    }
    rows
}

/// The y axis for counts up to `highest`: `(y_max, step)` with 3 to 5 steps of 1, 2 or 5 × 10ⁿ
/// (so 4 to 6 ticks). Anything up to 5, including nothing at all, gets `(5, 1)`.
fn nice_scale(highest: i64) -> (i64, i64) {
    if highest <= 5 {
        return (5, 1);
    }
    let mut magnitude = 1_i64;
    loop {
        for multiple in [1, 2, 5] {
            let Some(step) = magnitude.checked_mul(multiple) else {
                return (highest, highest);
            };
            // `highest > 5` and `step > 0`, so this is the ceiling of `highest / step`.
            let intervals = (highest - 1) / step + 1;
            if intervals <= 5 {
                return match intervals.checked_mul(step) {
                    Some(y_max) => (y_max, step),
                    None => (highest, highest),
                };
            }
        }
        match magnitude.checked_mul(10) {
            Some(next) => magnitude = next,
            None => return (highest, highest),
        }
    }
}

/// Days between two x labels, so that `days` days get at most [`MAX_X_LABELS`] labels.
fn label_step(days: usize) -> usize {
    let least = days.div_ceil(MAX_X_LABELS).max(1);
    LABEL_STEPS
        .into_iter()
        .find(|step| *step >= least)
        .unwrap_or(least)
}

/// `points` attribute of a `<polyline>`: `x,y x,y ...`.
fn points_attribute(points: &[Point]) -> String {
    let mut out = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{},{}", p.x, p.y);
    }
    out
}

pub mod outcome;

#[cfg(test)]
mod tests;
