//! The dashboard's chart of the outcome over time: what each registry import found of the
//! critical projects and of their maintainers' second factors, drawn on the server as inline
//! SVG, one line per count.
//!
//! As with [`super::DailyChart`], Rust computes geometry and numbers; the template
//! `templates/admin/_outcome_chart.html` (which expects an [`OutcomeChart`] named `chart`)
//! draws it, and its words are messages of `locales/*/admin-campaigns.ftl`, the two sentences
//! with more arguments than a template call takes written here.
//! Snapshots sit along the x axis by their time, so imports at uneven intervals keep their
//! true spacing.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::{
    AxisPlaces, Coord, LegendKey, MAX_MARKER_DAYS, PlotArea, Point, WIDTH, YScale, YTick, points_attribute,
};
use crate::store::RegistrySnapshot;

/// Taller than the daily chart: its legend has two rows.
const HEIGHT: u32 = 280;
/// Room for the legend's two rows above the plot.
const MARGIN_TOP: u32 = 56;
/// At most this many dates along the x axis.
const X_LABELS: i64 = 5;
/// Legend entries per row, and the distance from one to the next.
const LEGEND_COLUMNS: usize = 3;
const LEGEND_SPACING: u32 = 180;

/// One count over time: its `<polyline>`, its dots and its legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeLine {
    /// `points` attribute of the line: one `x,y` pair per snapshot.
    pub points: String,
    /// One dot per snapshot, or none past 31 snapshots (a single snapshot shows only as one).
    pub markers: Vec<Point>,
    /// Where its legend entry goes.
    pub legend: LegendKey,
    /// The count in the newest snapshot.
    pub latest: i64,
}

/// One date on the x axis, centred on `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLabel {
    pub day: NaiveDate,
    pub x: Coord,
}

/// One snapshot as the data table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotRow {
    /// When the import ran (UTC).
    pub taken: NaiveDateTime,
    pub counts: RegistrySnapshot,
}

/// Geometry of the outcome chart, ready for the template. Coordinates are in the user space
/// of a `0 0 width height` viewBox.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeChart {
    pub id: &'static str,
    pub width: u32,
    pub height: u32,
    pub plot: PlotArea,
    pub y_ticks: Vec<YTick>,
    pub tick_label_x: u32,
    pub x_labels: Vec<DateLabel>,
    pub x_label_y: u32,
    pub x_caption: Point,
    pub y_caption: Point,
    pub projects: OutcomeLine,
    pub maintainers: OutcomeLine,
    pub any_2fa: OutcomeLine,
    pub totp: OutcomeLine,
    pub webauthn: OutcomeLine,
    /// Every snapshot, oldest first.
    pub rows: Vec<SnapshotRow>,
}

impl OutcomeChart {
    /// Builds the chart over `snapshots` (oldest first, as the store answers them). Without
    /// any, it has no rows and the template says so instead of drawing.
    pub fn new(snapshots: &[RegistrySnapshot]) -> OutcomeChart {
        let rows: Vec<SnapshotRow> = snapshots
            .iter()
            .filter_map(|s| {
                Some(SnapshotRow {
                    taken: DateTime::from_timestamp(s.taken_at, 0)?.naive_utc(),
                    counts: *s,
                })
            })
            .collect();
        let plot = PlotArea::within(HEIGHT, MARGIN_TOP);
        let places = AxisPlaces::around(plot);
        let highest = rows
            .iter()
            .map(|r| r.counts.critical_projects.max(r.counts.critical_maintainers))
            .max()
            .unwrap_or(0);
        let scale = YScale::new(plot, highest);
        let (first, last) = match (rows.first(), rows.last()) {
            (Some(first), Some(last)) => (first.counts.taken_at, last.counts.taken_at),
            _ => (0, 0),
        };
        let span = last - first;
        // Time runs left to right; snapshots all at one moment sit in the middle.
        let x_of = |taken_at: i64| {
            let share = if span > 0 {
                (taken_at - first) as f64 / span as f64
            } else {
                0.5
            };
            Coord::new(f64::from(plot.left) + share * f64::from(plot.width()))
        };

        let mut x_labels: Vec<DateLabel> = Vec::new();
        if !rows.is_empty() {
            let steps = if span > 0 { X_LABELS - 1 } else { 0 };
            for i in 0..=steps {
                let at = first + if steps > 0 { span * i / steps } else { 0 };
                let Some(day) = DateTime::from_timestamp(at, 0).map(|t| t.date_naive()) else {
                    continue;
                };
                // A short span would repeat a date: each is labelled once.
                if x_labels.last().is_none_or(|label| label.day != day) {
                    x_labels.push(DateLabel { day, x: x_of(at) });
                }
            }
        }

        let line = |index: usize, count: fn(&RegistrySnapshot) -> i64| {
            let points: Vec<Point> = rows
                .iter()
                .map(|r| Point {
                    x: x_of(r.counts.taken_at),
                    y: scale.y(count(&r.counts)),
                })
                .collect();
            let column = (index % LEGEND_COLUMNS) as u32;
            let row = (index / LEGEND_COLUMNS) as u32;
            let legend = LegendKey::at(plot.left + column * LEGEND_SPACING, 14 + row * 18);
            OutcomeLine {
                points: points_attribute(&points),
                markers: if points.len() <= MAX_MARKER_DAYS {
                    points
                } else {
                    Vec::new()
                },
                legend,
                latest: rows.last().map_or(0, |r| count(&r.counts)),
            }
        };

        OutcomeChart {
            id: "outcome-chart",
            width: WIDTH,
            height: HEIGHT,
            plot,
            y_ticks: scale.ticks(),
            tick_label_x: places.tick_label_x,
            x_labels,
            x_label_y: places.x_label_y,
            x_caption: places.x_caption,
            y_caption: places.y_caption,
            projects: line(0, |s| s.critical_projects),
            maintainers: line(1, |s| s.critical_maintainers),
            any_2fa: line(2, |s| s.with_any_2fa),
            totp: line(3, |s| s.with_totp),
            webauthn: line(4, |s| s.with_webauthn),
            rows,
        }
    }

    /// Whether any import has been recorded.
    pub fn has_data(&self) -> bool {
        !self.rows.is_empty()
    }

    /// The oldest snapshot's time.
    pub fn first(&self) -> Option<NaiveDateTime> {
        self.rows.first().map(|r| r.taken)
    }

    /// The newest snapshot's time.
    pub fn last(&self) -> Option<NaiveDateTime> {
        self.rows.last().map(|r| r.taken)
    }

    /// "3 registry imports from 1 March 2027 to 24 March 2027.", in the page's language.
    pub fn imports_between(&self, first: &NaiveDateTime, last: &NaiveDateTime) -> String {
        let lang = crate::i18n::current();
        lang.t_args(
            "admin-outcome-imports",
            &[
                ("count", (self.rows.len() as f64).into()),
                ("from", lang.date(first.date()).into()),
                ("to", lang.date(last.date()).into()),
            ],
        )
    }

    /// The latest import's figures, as a sentence in the page's language.
    pub fn latest_figures(&self) -> String {
        crate::i18n::current().t_args(
            "admin-outcome-latest",
            &[
                ("projects", (self.projects.latest as f64).into()),
                ("maintainers", (self.maintainers.latest as f64).into()),
                ("any", (self.any_2fa.latest as f64).into()),
                ("totp", (self.totp.latest as f64).into()),
                ("keys", (self.webauthn.latest as f64).into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(day: i64, maintainers: i64, webauthn: i64) -> RegistrySnapshot {
        RegistrySnapshot {
            taken_at: 1_767_225_600 + day * 86_400,
            critical_projects: 100,
            critical_maintainers: maintainers,
            with_totp: maintainers / 2,
            with_webauthn: webauthn,
            with_any_2fa: maintainers / 2 + webauthn,
        }
    }

    /// The `x,y` pairs of a points attribute.
    fn pairs(points: &str) -> Vec<(f64, f64)> {
        points
            .split(' ')
            .map(|pair| {
                let (x, y) = pair.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn no_snapshot_draws_nothing() {
        let chart = OutcomeChart::new(&[]);
        assert!(!chart.has_data());
        assert!(chart.x_labels.is_empty());
        assert_eq!(chart.webauthn.points, "");
    }

    #[test]
    fn snapshots_sit_by_their_time_and_counts_by_their_height() {
        // Days 0, 1 and 10: the third is nine times further from the second than the second
        // from the first.
        let chart = OutcomeChart::new(&[snapshot(0, 80, 10), snapshot(1, 80, 20), snapshot(10, 90, 40)]);
        let webauthn = pairs(&chart.webauthn.points);
        assert_eq!(webauthn.len(), 3);
        let plot = chart.plot;
        assert_eq!(webauthn[0].0, f64::from(plot.left));
        assert_eq!(webauthn[2].0, f64::from(plot.right));
        let (gap1, gap2) = (webauthn[1].0 - webauthn[0].0, webauthn[2].0 - webauthn[1].0);
        assert!((gap2 / gap1 - 9.0).abs() < 0.1, "{gap1} {gap2}");
        // More keys sit higher (smaller y); y_max is a round 100 for 100 projects.
        assert!(webauthn[0].1 > webauthn[1].1 && webauthn[1].1 > webauthn[2].1);
        assert_eq!(chart.y_ticks.last().unwrap().value, 100);
        let projects = pairs(&chart.projects.points);
        assert!(projects.iter().all(|p| p.1 == f64::from(plot.top)));
        assert_eq!(chart.webauthn.latest, 40);
        assert_eq!(chart.maintainers.latest, 90);
        assert_eq!(chart.webauthn.markers.len(), 3);
        assert_eq!(chart.x_labels.first().unwrap().day.to_string(), "2026-01-01");
        assert_eq!(chart.x_labels.last().unwrap().day.to_string(), "2026-01-11");
    }

    #[test]
    fn one_moment_sits_in_the_middle_with_one_label() {
        let chart = OutcomeChart::new(&[snapshot(3, 10, 1), snapshot(3, 12, 2)]);
        let points = pairs(&chart.totp.points);
        let middle = f64::from(chart.plot.left + chart.plot.right) / 2.0;
        assert!(points.iter().all(|p| p.0 == middle));
        assert_eq!(chart.x_labels.len(), 1);
    }

    #[test]
    fn legend_entries_do_not_overlap() {
        let chart = OutcomeChart::new(&[snapshot(0, 1, 1)]);
        let keys = [
            chart.projects.legend,
            chart.maintainers.legend,
            chart.any_2fa.legend,
            chart.totp.legend,
            chart.webauthn.legend,
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert!(a.y != b.y || a.x1.abs_diff(b.x1) >= LEGEND_SPACING);
            }
            assert!(a.text_x + 120 <= WIDTH, "room for the text");
            assert!(a.text_y < MARGIN_TOP);
        }
    }

    #[test]
    fn many_snapshots_lose_their_dots_only() {
        let snapshots: Vec<_> = (0..40).map(|d| snapshot(d, 50, d)).collect();
        let chart = OutcomeChart::new(&snapshots);
        assert!(chart.webauthn.markers.is_empty());
        assert_eq!(pairs(&chart.webauthn.points).len(), 40);
        assert!(chart.x_labels.len() <= X_LABELS as usize);
    }
}
