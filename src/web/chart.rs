//! The admin dashboard's chart of claims and redemptions per day, drawn on the server as inline SVG.
//!
//! Rust computes only geometry and numbers; every word a reader sees (title, legend, axis captions,
//! date formats) is in `templates/admin/_chart.html`, which expects a [`DailyChart`] named `chart`.

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
        let (y_max, y_step) = nice_scale(highest);

        let plot = PlotArea {
            left: MARGIN_LEFT,
            top: MARGIN_TOP,
            right: WIDTH - MARGIN_RIGHT,
            bottom: HEIGHT - MARGIN_BOTTOM,
        };
        let slot = f64::from(plot.width()) / rows.len() as f64;
        let x_of = |index: usize| Coord::new(f64::from(plot.left) + (index as f64 + 0.5) * slot);
        let y_of = |value: i64| {
            let share = value as f64 / y_max as f64;
            Coord::new(f64::from(plot.bottom) - share * f64::from(plot.height()))
        };

        let mut y_ticks = Vec::new();
        let mut value = 0_i64;
        while value <= y_max {
            let y = y_of(value);
            y_ticks.push(YTick {
                value,
                y,
                label_y: Coord::new(y.value() + 4.0),
            });
            match value.checked_add(y_step) {
                Some(next) => value = next,
                None => break,
            }
        }

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

        let legend = |x1: u32| LegendKey {
            x1,
            x2: x1 + 24,
            y: 14,
            text_x: x1 + 30,
            text_y: 18,
        };

        DailyChart {
            id: "daily-chart".to_owned(),
            width: WIDTH,
            height: HEIGHT,
            plot,
            first,
            last,
            y_max,
            y_ticks,
            tick_label_x: plot.left - 6,
            x_labels,
            x_label_y: plot.bottom + 16,
            x_caption: Point {
                x: Coord::new(f64::from(plot.left + plot.right) / 2.0),
                y: Coord::from(plot.bottom + 36),
            },
            y_caption: Point {
                x: Coord::from(14),
                y: Coord::new(f64::from(plot.top + plot.bottom) / 2.0),
            },
            claims_legend: legend(plot.left),
            redemptions_legend: legend(plot.left + LEGEND_SPACING),
            claims_points: points_attribute(&claims),
            redemptions_points: points_attribute(&redemptions),
            claims_markers: markers(&claims),
            redemptions_markers: markers(&redemptions),
            total_claims,
            total_redemptions,
            rows,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn count(day: NaiveDate, claims: i64, redemptions: i64) -> DayCount {
        DayCount {
            day,
            claims,
            redemptions,
        }
    }

    fn pairs(points: &str) -> Vec<(f64, f64)> {
        if points.is_empty() {
            return Vec::new();
        }
        points
            .split(' ')
            .map(|pair| {
                let (x, y) = pair.split_once(',').expect("x,y");
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    fn at_most_one_decimal(number: &str) -> bool {
        number.split_once('.').is_none_or(|(_, frac)| frac.len() == 1)
    }

    #[test]
    fn empty_data_gives_a_flat_zero_line_and_a_small_axis() {
        let chart = DailyChart::new(&[], date(2025, 3, 1), date(2025, 3, 7));
        assert_eq!(chart.day_count(), 7);
        assert!(chart.rows().iter().all(|r| r.claims == 0 && r.redemptions == 0));
        assert_eq!((chart.total_claims, chart.total_redemptions), (0, 0));
        assert!(!chart.has_data());
        assert_eq!(chart.y_max, 5);
        let values: Vec<i64> = chart.y_ticks.iter().map(|t| t.value).collect();
        assert_eq!(values, [0, 1, 2, 3, 4, 5]);
        let bottom = f64::from(chart.plot.bottom);
        for series in [&chart.claims_points, &chart.redemptions_points] {
            let points = pairs(series);
            assert_eq!(points.len(), 7);
            assert!(points.iter().all(|(x, y)| x.is_finite() && *y == bottom));
        }
    }

    #[test]
    fn one_day_sits_in_the_middle_with_markers() {
        let day = date(2025, 3, 1);
        let chart = DailyChart::new(&[count(day, 3, 1)], day, day);
        assert_eq!(chart.rows(), [count(day, 3, 1)]);
        assert_eq!((chart.first, chart.last), (day, day));
        assert_eq!(chart.y_max, 5);
        let middle = f64::from(chart.plot.left + chart.plot.right) / 2.0;
        assert_eq!(pairs(&chart.claims_points), [(middle, 196.0 - 3.0 / 5.0 * 160.0)]);
        assert_eq!(pairs(&chart.redemptions_points), [(middle, 196.0 - 160.0 / 5.0)]);
        assert_eq!(chart.claims_markers.len(), 1);
        assert_eq!(chart.redemptions_markers.len(), 1);
        assert_eq!(
            chart.x_labels,
            [XLabel {
                day,
                x: Coord::new(middle)
            }]
        );
    }

    #[test]
    fn missing_days_count_zero() {
        let chart = DailyChart::new(
            &[count(date(2025, 3, 2), 4, 1), count(date(2025, 3, 5), 2, 2)],
            date(2025, 3, 1),
            date(2025, 3, 6),
        );
        let claims: Vec<i64> = chart.rows().iter().map(|r| r.claims).collect();
        let redemptions: Vec<i64> = chart.rows().iter().map(|r| r.redemptions).collect();
        let days: Vec<NaiveDate> = chart.rows().iter().map(|r| r.day).collect();
        assert_eq!(claims, [0, 4, 0, 0, 2, 0]);
        assert_eq!(redemptions, [0, 1, 0, 0, 2, 0]);
        assert_eq!(days, (1..=6).map(|d| date(2025, 3, d)).collect::<Vec<_>>());
        assert_eq!((chart.total_claims, chart.total_redemptions), (6, 3));
    }

    #[test]
    fn unsorted_input_gives_the_same_chart_as_sorted() {
        let sorted = [
            count(date(2025, 3, 1), 1, 0),
            count(date(2025, 3, 2), 5, 2),
            count(date(2025, 3, 3), 9, 4),
        ];
        let unsorted = [sorted[2], sorted[0], sorted[1]];
        let (first, last) = (date(2025, 3, 1), date(2025, 3, 3));
        assert_eq!(
            DailyChart::new(&unsorted, first, last),
            DailyChart::new(&sorted, first, last)
        );
        let chart = DailyChart::new(&unsorted, first, last);
        let claims: Vec<i64> = chart.rows().iter().map(|r| r.claims).collect();
        assert_eq!(claims, [1, 5, 9]);
    }

    #[test]
    fn nice_y_max() {
        for (highest, y_max, ticks) in [
            (0, 5, 6),
            (1, 5, 6),
            (5, 5, 6),
            (6, 6, 4),
            (7, 8, 5),
            (10, 10, 6),
            (11, 15, 4),
            (99, 100, 6),
            (101, 150, 4),
            (2000, 2000, 5),
            (2001, 2500, 6),
            (1_234_567, 1_500_000, 4),
        ] {
            let (max, step) = nice_scale(highest);
            assert_eq!((max, max / step + 1), (y_max, ticks), "highest {highest}");
        }
        for highest in 0..20_000 {
            let (max, step) = nice_scale(highest);
            assert!(max >= highest && max > 0 && max % step == 0, "highest {highest}");
            assert!((4..=6).contains(&(max / step + 1)), "highest {highest}");
            let mantissa = (1..).map(|e| 10_i64.pow(e)).take_while(|p| step % p == 0).count() as u32;
            assert!([1, 2, 5].contains(&(step / 10_i64.pow(mantissa))), "step {step}");
        }
        // Nothing overflows at the very top.
        assert!(nice_scale(i64::MAX).0 >= 1);
    }

    #[test]
    fn large_counts_reach_the_top_of_the_plot() {
        let (first, last) = (date(2025, 3, 1), date(2025, 3, 10));
        let chart = DailyChart::new(&[count(date(2025, 3, 4), 2000, 1200)], first, last);
        assert_eq!(chart.y_max, 2000);
        let values: Vec<i64> = chart.y_ticks.iter().map(|t| t.value).collect();
        assert_eq!(values, [0, 500, 1000, 1500, 2000]);
        assert_eq!(chart.y_ticks.last().unwrap().y, Coord::from(chart.plot.top));
        assert_eq!(chart.y_ticks[0].y, Coord::from(chart.plot.bottom));
        let claims = pairs(&chart.claims_points);
        assert_eq!(claims[3].1, f64::from(chart.plot.top));
        assert_eq!(pairs(&chart.redemptions_points)[3].1, 196.0 - 0.6 * 160.0);
    }

    #[test]
    fn points_count_equals_day_count() {
        let first = date(2024, 1, 1);
        for days in [1_u64, 2, 7, 31, 32, 90, 366, 400] {
            let last = first + Days::new(days - 1);
            let counts: Vec<DayCount> = first
                .iter_days()
                .take(days as usize)
                .step_by(3)
                .map(|d| count(d, 7, 2))
                .collect();
            let chart = DailyChart::new(&counts, first, last);
            assert_eq!(chart.day_count(), days as usize);
            assert_eq!(chart.rows().len(), days as usize);
            for series in [&chart.claims_points, &chart.redemptions_points] {
                let points = pairs(series);
                assert_eq!(points.len(), days as usize);
                assert!(
                    points.windows(2).all(|w| w[0].0 < w[1].0),
                    "x increases ({days} days)"
                );
                let (left, right) = (f64::from(chart.plot.left), f64::from(chart.plot.right));
                assert!(points.iter().all(|(x, _)| left <= *x && *x <= right));
                let numbers = series.split([' ', ',']);
                assert!(numbers.into_iter().all(at_most_one_decimal), "{series}");
            }
            let markers = if days as usize <= MAX_MARKER_DAYS {
                days as usize
            } else {
                0
            };
            assert_eq!(chart.claims_markers.len(), markers);
            assert_eq!(chart.redemptions_markers.len(), markers);
        }
    }

    #[test]
    fn labels_are_thinned_for_400_days() {
        let first = date(2024, 6, 1);
        let last = first + Days::new(399);
        let chart = DailyChart::new(&[], first, last);
        assert_eq!(chart.day_count(), 400);
        assert!(
            (4..=MAX_X_LABELS).contains(&chart.x_labels.len()),
            "{} labels",
            chart.x_labels.len()
        );
        assert_eq!(chart.x_labels[0].day, first);
        assert!(
            chart
                .x_labels
                .windows(2)
                .all(|w| w[0].x < w[1].x && w[0].day < w[1].day)
        );
        let gaps: Vec<i64> = chart
            .x_labels
            .windows(2)
            .map(|w| (w[1].day - w[0].day).num_days())
            .collect();
        assert!(gaps.iter().all(|g| *g == gaps[0]), "evenly spaced: {gaps:?}");
        assert!(chart.x_labels.iter().all(|l| l.day <= last));
        // Every range up to the cap stays within the limit, and short ones label every day.
        for days in 1..=MAX_DAYS {
            let n = DailyChart::new(&[], first, first + Days::new(days as u64 - 1))
                .x_labels
                .len();
            assert!((1..=MAX_X_LABELS).contains(&n), "{days} days: {n} labels");
            if days <= MAX_X_LABELS {
                assert_eq!(n, days);
            }
        }
    }

    #[test]
    fn values_outside_the_range_are_ignored() {
        let (first, last) = (date(2025, 3, 10), date(2025, 3, 12));
        let counts = [
            count(date(2025, 3, 9), 1000, 1000),
            count(date(2025, 3, 10), 1, 0),
            count(date(2025, 3, 12), 2, 1),
            count(date(2025, 3, 13), 1000, 1000),
            count(date(2024, 3, 11), 1000, 1000),
        ];
        let chart = DailyChart::new(&counts, first, last);
        assert_eq!((chart.total_claims, chart.total_redemptions), (3, 1));
        assert_eq!(chart.y_max, 5);
        assert_eq!(chart.rows().len(), 3);
        assert!(chart.rows().iter().all(|r| first <= r.day && r.day <= last));
    }

    #[test]
    fn duplicates_add_up_and_negatives_count_zero() {
        let day = date(2025, 3, 1);
        let chart = DailyChart::new(
            &[count(day, 2, 1), count(day, 3, -4), count(day, -9, 1)],
            day,
            day,
        );
        assert_eq!(chart.rows(), [count(day, 5, 2)]);
    }

    #[test]
    fn reversed_range_is_swapped_and_long_ranges_keep_the_latest_days() {
        let (a, b) = (date(2025, 3, 1), date(2025, 3, 5));
        assert_eq!(DailyChart::new(&[], b, a), DailyChart::new(&[], a, b));

        let last = date(2025, 12, 31);
        let chart = DailyChart::new(&[count(last, 1, 1)], date(2000, 1, 1), last);
        assert_eq!(chart.day_count(), MAX_DAYS);
        assert_eq!(chart.last, last);
        assert_eq!(chart.first, last - Days::new(MAX_DAYS as u64 - 1));
        assert_eq!(chart.rows()[0].day, chart.first);
        assert_eq!(chart.total_claims, 1);
    }

    #[test]
    fn ids_are_safe_for_aria_references() {
        let day = date(2025, 3, 1);
        assert_eq!(DailyChart::new(&[], day, day).id, "daily-chart");
        assert_eq!(
            DailyChart::new(&[], day, day).with_id("campaign-3").id,
            "campaign-3"
        );
        assert_eq!(
            DailyChart::new(&[], day, day).with_id("a b\"<c>_1").id,
            "a-b--c-_1"
        );
        assert_eq!(DailyChart::new(&[], day, day).with_id("").id, "daily-chart");
    }

    #[test]
    fn coordinates_print_with_at_most_one_decimal() {
        assert_eq!(Coord::new(12.0).to_string(), "12");
        assert_eq!(Coord::new(12.04).to_string(), "12");
        assert_eq!(Coord::new(12.25).to_string(), "12.3");
        assert_eq!(Coord::new(0.96).to_string(), "1");
        assert_eq!(Coord::new(-0.04).to_string(), "0");
        assert_eq!(Coord::new(-2.5).to_string(), "-2.5");
        assert_eq!(Coord::new(f64::NAN).to_string(), "0");
        assert_eq!(Coord::from(640).to_string(), "640");
    }

    #[test]
    fn layout_fits_in_the_view_box() {
        let day = date(2025, 3, 1);
        let chart = DailyChart::new(&[count(day, 12, 3)], day, day + Days::new(29));
        assert_eq!((chart.width, chart.height), (640, 240));
        let p = chart.plot;
        assert!(p.left < p.right && p.right <= chart.width && p.top < p.bottom && p.bottom <= chart.height);
        assert_eq!((p.width(), p.height()), (p.right - p.left, p.bottom - p.top));
        assert!(chart.x_label_y > p.bottom && chart.x_label_y < chart.height);
        assert!(chart.x_caption.y.value() > f64::from(chart.x_label_y));
        assert!(chart.x_caption.y.value() < f64::from(chart.height));
        assert!(chart.tick_label_x < p.left && chart.y_caption.x.value() < f64::from(chart.tick_label_x));
        for key in [chart.claims_legend, chart.redemptions_legend] {
            assert!(key.x1 < key.x2 && key.x2 < key.text_x && key.text_y < p.top);
        }
        assert!(chart.claims_legend.text_x < chart.redemptions_legend.x1);
        assert!(
            chart
                .y_ticks
                .windows(2)
                .all(|w| w[0].value < w[1].value && w[0].y > w[1].y)
        );
    }
}
