//! A load straight from a file writes several chunks a transaction (see
//! `src/store/load_writer.rs`): what it has written shows once the reading falls behind, and
//! a read that fails midway leaves nothing, whatever its open transaction held.

use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common;

use common::TestApp;
use common::fixture;
use keydrop::batches::LOAD_WINDOW;
use keydrop::store::{LOAD_CHUNK, NewBatch, Store};

/// What a [`Stalling`] reader does once it has served its first bytes.
enum Then {
    /// Waits for the word, then serves the rest.
    Wait(mpsc::Receiver<()>),
    /// Fails, as a disk or a connection gone.
    Fail,
}

/// A file's bytes, served up to `at`, then [`Then`].
struct Stalling {
    bytes: Vec<u8>,
    served: usize,
    at: usize,
    then: Option<Then>,
}

impl Read for Stalling {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.served == self.at {
            match self.then.take() {
                Some(Then::Wait(word)) => {
                    let _ = word.recv();
                }
                Some(Then::Fail) => return Err(std::io::Error::other("the disk went away")),
                None => {}
            }
        }
        let end = if self.served < self.at {
            self.at
        } else {
            self.bytes.len()
        };
        let n = buf.len().min(end - self.served);
        buf[..n].copy_from_slice(&self.bytes[self.served..self.served + n]);
        self.served += n;
        Ok(n)
    }
}

/// A file of `lines` codes whose reader stops after `first` of them, then does `then`.
fn stalling(lines: usize, first: usize, then: Then) -> Stalling {
    let codes = fixture::codes("SLOW", lines);
    let at = codes[..first].iter().map(|c| c.len() + 1).sum();
    Stalling {
        bytes: (codes.join("\n") + "\n").into_bytes(),
        served: 0,
        at,
        then: Some(then),
    }
}

async fn new_batch(app: &TestApp) -> NewBatch {
    let campaign = app.with_open_campaign(0).await;
    NewBatch {
        campaign_id: campaign.id,
        offer_id: fixture::first_offer(&app.store, &campaign).await,
        label: None,
        source: "imported",
        expires_on: app.today() + chrono::Duration::days(10),
        countries: Vec::new(),
        created_by: "test".into(),
    }
}

/// Waits (at most a minute) until `loading` codes are written and not yet published.
async fn until_loading(store: &Store, loading: i64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while store.loading_codes().await.unwrap() != loading {
        assert!(
            Instant::now() < deadline,
            "{loading} codes never showed as loading"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

backend_tests! {
    async fn a_load_commits_what_it_wrote_while_its_file_is_slow_to_read(backend: Backend) {
        let app = TestApp::start(backend).await;
        let new = new_batch(&app).await;
        let (chunk, window) = (LOAD_CHUNK as usize, LOAD_WINDOW);
        let (word, wait) = mpsc::channel();
        let file = stalling(window + 4 * chunk, window + 3 * chunk, Then::Wait(wait));
        let load = {
            let (store, new, now) = (app.store.clone(), new.clone(), app.clock.unix());
            tokio::spawn(async move { keydrop::batches::load(&store, &new, file, false, now).await.unwrap() })
        };
        // The reader waits three chunks into its second window: the transaction that wrote
        // the first does not wait with it (holding SQLite's lock), it commits it, unpublished.
        until_loading(&app.store, window as i64).await;
        assert_eq!(app.store.codes_left(new.campaign_id, app.today()).await.unwrap(), 0, "nothing shows before the load ends");
        word.send(()).unwrap();
        let load = load.await.unwrap();
        assert_eq!((load.loaded, load.bad_count), ((window + 4 * chunk) as u64, 0));
        assert_eq!(app.store.codes_left(new.campaign_id, app.today()).await.unwrap(), (window + 4 * chunk) as i64);
        assert_eq!(app.store.loading_codes().await.unwrap(), 0);
    }

    async fn a_load_whose_file_fails_midway_leaves_nothing(backend: Backend) {
        let app = TestApp::start(backend).await;
        let new = new_batch(&app).await;
        let (chunk, window) = (LOAD_CHUNK as usize, LOAD_WINDOW);
        // A window written (one transaction may hold several of its runs), then the read
        // fails five chunks into the next.
        let file = stalling(window + 8 * chunk, window + 5 * chunk + 17, Then::Fail);
        let failed = keydrop::batches::load(&app.store, &new, file, true, app.clock.unix()).await;
        assert!(failed.is_err(), "a failed read fails the load");
        assert_eq!(app.store.loading_codes().await.unwrap(), 0);
        assert_eq!(app.store.codes_left(new.campaign_id, app.today()).await.unwrap(), 0);
        // None of its codes counts as loaded: the whole file loads now.
        let file = stalling(window + 8 * chunk, 0, Then::Fail);
        let file = Stalling { then: None, ..file };
        let load = keydrop::batches::load(&app.store, &new, file, false, app.clock.unix()).await.unwrap();
        assert_eq!((load.loaded, load.bad_count), ((window + 8 * chunk) as u64, 0));
        assert_eq!(app.store.codes_left(new.campaign_id, app.today()).await.unwrap(), (window + 8 * chunk) as i64);
    }
}
