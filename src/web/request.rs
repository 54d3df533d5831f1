//! What the whole answer to a request may need to know about the request itself, held for
//! the request's task by [`super::language::language_layer`]: the page's path, so that links
//! such as the language switcher's can come back to it.

tokio::task_local! {
    /// The path of the page being answered.
    static PAGE_PATH: String;
}

/// Runs `work` with `path` as the [`page_path`].
pub async fn on_page<F: std::future::Future>(path: String, work: F) -> F::Output {
    PAGE_PATH.scope(path, work).await
}

/// The path of the page being answered (`/` outside of a request).
pub fn page_path() -> String {
    PAGE_PATH
        .try_with(Clone::clone)
        .unwrap_or_else(|_| "/".to_string())
}
