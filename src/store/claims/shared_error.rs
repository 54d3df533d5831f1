//! A failed claim batch's error, given to each of its entries: `sqlx::Error` is not `Clone`,
//! and what the service reads of an error (a busy database, a lost connection, the
//! database's code) must read the same for every claim that shared the transaction.

use std::borrow::Cow;

/// A database error as every entry of a failed batch is told it: the same message, code and
/// kind, so that [`crate::store::is_busy`] and `is_connection_lost` read it as they read the
/// original.
#[derive(Debug)]
struct SharedError {
    message: String,
    code: Option<String>,
    kind: sqlx::error::ErrorKind,
}

impl std::fmt::Display for SharedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SharedError {}

impl sqlx::error::DatabaseError for SharedError {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        self.code.as_deref().map(Cow::Borrowed)
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> sqlx::error::ErrorKind {
        use sqlx::error::ErrorKind;
        match self.kind {
            ErrorKind::UniqueViolation => ErrorKind::UniqueViolation,
            ErrorKind::ForeignKeyViolation => ErrorKind::ForeignKeyViolation,
            ErrorKind::NotNullViolation => ErrorKind::NotNullViolation,
            ErrorKind::CheckViolation => ErrorKind::CheckViolation,
            ErrorKind::ExclusionViolation => ErrorKind::ExclusionViolation,
            _ => ErrorKind::Other,
        }
    }
}

/// `err` again, for one more entry of the batch it failed (`sqlx::Error` is not `Clone`):
/// what the service reads of it (a busy database, a lost connection, the database's code)
/// is kept.
pub(super) fn copy_error(err: &sqlx::Error) -> sqlx::Error {
    match err {
        sqlx::Error::Database(db) => sqlx::Error::database(SharedError {
            message: db.message().to_string(),
            code: db.code().map(Cow::into_owned),
            kind: db.kind(),
        }),
        sqlx::Error::Io(io) => sqlx::Error::Io(std::io::Error::new(io.kind(), io.to_string())),
        sqlx::Error::PoolTimedOut => sqlx::Error::PoolTimedOut,
        sqlx::Error::PoolClosed => sqlx::Error::PoolClosed,
        sqlx::Error::WorkerCrashed => sqlx::Error::WorkerCrashed,
        other => sqlx::Error::Protocol(format!("the claim's batch failed: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::is_connection_lost;
    use super::*;
    use crate::store::{is_busy, is_unique_violation};

    #[test]
    fn a_shared_error_reads_as_the_original() {
        let busy = copy_error(&sqlx::Error::PoolTimedOut);
        assert!(is_busy(&busy));
        let io = sqlx::Error::Io(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset"));
        assert!(is_connection_lost(&copy_error(&io)));
        let other = copy_error(&sqlx::Error::RowNotFound);
        assert!(!is_busy(&other) && !is_connection_lost(&other));
        let database = |code: &str, kind| {
            sqlx::Error::database(SharedError {
                message: "from the database".into(),
                code: Some(code.into()),
                kind,
            })
        };
        // SQLITE_BUSY, PostgreSQL's admin shutdown, SQLITE_CONSTRAINT_UNIQUE.
        assert!(is_busy(&copy_error(&database(
            "5",
            sqlx::error::ErrorKind::Other
        ))));
        assert!(is_connection_lost(&copy_error(&database(
            "57P01",
            sqlx::error::ErrorKind::Other
        ))));
        let unique = copy_error(&database("2067", sqlx::error::ErrorKind::UniqueViolation));
        assert!(is_unique_violation(&unique) && !is_busy(&unique));
        assert_eq!(unique.as_database_error().unwrap().message(), "from the database");
    }
}
