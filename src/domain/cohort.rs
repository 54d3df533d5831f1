//! The critical set: the most downloaded projects of the registry.

/// How big the critical set is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CohortRule {
    /// The top `percent` % of the projects imported, rounded up (PyPI used 1%).
    TopPercent(f64),
    /// Exactly this many projects (or all, when fewer are imported). Useful when the import
    /// holds only the head of a much larger registry.
    Size(u64),
}

impl CohortRule {
    /// How many of `project_count` projects are critical under this rule.
    pub fn size(self, project_count: u64) -> u64 {
        match self {
            CohortRule::TopPercent(percent) => {
                let exact = project_count as f64 * percent / 100.0;
                // Round up, but not past a float's noise: 1% of 1,000 is 10, not 11.
                ((exact - 1e-9).ceil().max(0.0) as u64).min(project_count)
            }
            CohortRule::Size(size) => size.min(project_count),
        }
    }
}

/// A project's place in the download ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked<'a> {
    pub name: &'a str,
    pub downloads: u64,
    /// 1 = most downloaded.
    pub rank: u64,
    /// In the critical set of this import.
    pub critical: bool,
}

/// Ranks projects by downloads (most first; equal downloads ordered by name, so the ranking
/// does not depend on file order) and marks the critical set.
pub fn rank<'a>(projects: &[(&'a str, u64)], rule: CohortRule) -> Vec<Ranked<'a>> {
    let mut order: Vec<&(&str, u64)> = projects.iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let cohort = rule.size(projects.len() as u64);
    order
        .into_iter()
        .enumerate()
        .map(|(i, &(name, downloads))| Ranked {
            name,
            downloads,
            rank: i as u64 + 1,
            critical: (i as u64) < cohort,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_percent_rounds_up() {
        assert_eq!(CohortRule::TopPercent(1.0).size(886_000), 8_860);
        assert_eq!(CohortRule::TopPercent(1.0).size(1_000), 10);
        assert_eq!(CohortRule::TopPercent(1.0).size(1_001), 11);
        assert_eq!(CohortRule::TopPercent(1.0).size(50), 1);
        assert_eq!(CohortRule::TopPercent(1.0).size(0), 0);
        assert_eq!(CohortRule::TopPercent(100.0).size(7), 7);
        assert_eq!(CohortRule::TopPercent(0.0).size(7), 0);
    }

    #[test]
    fn fixed_size_is_capped_by_the_project_count() {
        assert_eq!(CohortRule::Size(8_860).size(15_000), 8_860);
        assert_eq!(CohortRule::Size(8_860).size(100), 100);
    }

    #[test]
    fn ranks_by_downloads_then_name() {
        let projects = [("c", 10), ("a", 30), ("b", 10), ("d", 5)];
        let ranked = rank(&projects, CohortRule::Size(2));
        let summary: Vec<_> = ranked.iter().map(|r| (r.name, r.rank, r.critical)).collect();
        assert_eq!(
            summary,
            vec![("a", 1, true), ("b", 2, true), ("c", 3, false), ("d", 4, false)]
        );
    }
}
