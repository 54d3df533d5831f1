//! Unit tests of the chart's geometry and scale maths.

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

#[test]
fn phases_are_marked_where_their_days_fall() {
    let first = date(2026, 11, 1);
    let chart = DailyChart::new(&[], first, date(2026, 11, 10)).with_phases(&[
        date(2026, 11, 1),
        date(2026, 11, 6),
        date(2026, 12, 1),
    ]);
    let days: Vec<NaiveDate> = chart.phase_marks.iter().map(|m| m.day).collect();
    assert_eq!(
        days,
        vec![date(2026, 11, 1), date(2026, 11, 6)],
        "a day past the chart is left out"
    );
    // The first day's mark is on the plot's left edge; the sixth day's halfway across.
    assert_eq!(chart.phase_marks[0].x.value(), f64::from(chart.plot.left));
    let middle = f64::from(chart.plot.left) + f64::from(chart.plot.width()) / 2.0;
    assert!((chart.phase_marks[1].x.value() - middle).abs() < 0.1);
}
