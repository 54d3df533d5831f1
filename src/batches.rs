//! Loading batches of codes: one path for the command line, the admin API, the browser
//! upload, generation and the demo.
//!
//! 1. [`new_batch`] checks the options against the campaign: it exists, the expiry is not
//!    past, the batch's countries are the campaign's.
//! 2. [`stage`] reads the entries on a blocking thread and writes them to the staging table in
//!    chunks of [`STAGE_CHUNK`]: repeats within the file are found by the staging table's
//!    unique index, codes loaded already by a join, so neither the file nor its set of codes
//!    is ever held in memory.
//! 3. [`Store::confirm_upload`] loads the staged codes as one batch, in short transactions.
//!
//! The browser stops between 2 and 3 to show its preview and waits for the admin's word.
//! [`load`] and [`generate`] (the command line, the API, the demo) preview nothing, so they
//! skip the staging table: each chunk of entries is written straight into the unpublished
//! batch, where the codes' own unique index finds repeats and codes loaded before as it
//! writes, several chunks a transaction while nobody waits (`src/store/load_writer.rs`; a
//! million codes load faster than the `sqlite3` shell's `.import`, in under 60 MB). Both ways create, publish or remove the batch with the same steps
//! (`src/store/loading.rs`) and report bad lines alike.

use std::io::Read;

use chrono::NaiveDate;

use crate::domain::batch_file::{self, BadLine, BadReport, Chunk, Entry, LineProblem, split_window};
use crate::domain::code_format;
use crate::domain::countries::{self, Country, CountryError};
use crate::store::{Campaign, Confirmed, LOAD_CHUNK, Lease, NewBatch, STAGE_CHUNK, Settle, Store, Upload};
use crate::tokens;

/// Entries a direct load reads and sorts together before it writes their runs (see
/// [`split_window`]): a million random codes are swept into the unique index on
/// `codes.code` in 31 passes instead of scattered over it by every transaction. About 3 MB
/// a window; the reader reads the next while the last one's runs are written.
pub const LOAD_WINDOW: usize = 32 * 1024;

/// What is wrong with a batch's options.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BatchOptionError {
    #[error("no campaign named {0:?}")]
    UnknownCampaign(String),
    #[error("the expiry date {0} is in the past")]
    ExpiryInPast(NaiveDate),
    #[error("countries: {0}")]
    BadCountries(CountryError),
    #[error("offer {offer:?} does not ship to {outside}")]
    CountriesOutsideCampaign { offer: String, outside: String },
    #[error("campaign {campaign:?} has no offer named {offer:?} (its offers: {offers})")]
    UnknownOffer {
        campaign: String,
        offer: String,
        offers: String,
    },
    #[error("campaign {campaign:?} has several offers: name one ({offers})")]
    OfferNeeded { campaign: String, offers: String },
}

/// The options as given.
#[derive(Debug, Clone)]
pub struct BatchOptions<'a> {
    pub campaign: &'a str,
    /// The offer the batch belongs to; `None` or blank for the campaign's only offer.
    pub offer: Option<&'a str>,
    pub expires_on: NaiveDate,
    /// Comma-separated alpha-2 codes; `None` or blank for all of the campaign's countries.
    pub countries: Option<&'a str>,
    pub label: Option<&'a str>,
    /// "imported" or "generated".
    pub source: &'static str,
    pub created_by: String,
}

/// Checks the options against the campaign: it exists, the offer is one of its (or it has
/// only one), the expiry is not in the past, the batch's countries are the offer's.
pub async fn new_batch(
    store: &Store,
    options: BatchOptions<'_>,
    today: NaiveDate,
) -> anyhow::Result<Result<(Campaign, NewBatch), BatchOptionError>> {
    let Some(campaign) = store.campaign_by_name(options.campaign).await? else {
        return Ok(Err(BatchOptionError::UnknownCampaign(
            options.campaign.to_string(),
        )));
    };
    let mut offers = store.offers_of(campaign.id).await?;
    let names = || {
        let names: Vec<&str> = offers.iter().map(|o| o.name.as_str()).collect();
        names.join(", ")
    };
    let offer_index = match options.offer.map(str::trim).filter(|o| !o.is_empty()) {
        Some(name) => {
            offers
                .iter()
                .position(|o| o.name == name)
                .ok_or_else(|| BatchOptionError::UnknownOffer {
                    campaign: campaign.name.clone(),
                    offer: name.to_string(),
                    offers: names(),
                })
        }
        None if offers.len() == 1 => Ok(0),
        None => Err(BatchOptionError::OfferNeeded {
            campaign: campaign.name.clone(),
            offers: names(),
        }),
    };
    let offer = match offer_index {
        Ok(index) => offers.swap_remove(index),
        Err(err) => return Ok(Err(err)),
    };
    if options.expires_on < today {
        return Ok(Err(BatchOptionError::ExpiryInPast(options.expires_on)));
    }
    let countries = match options.countries.filter(|c| !c.trim().is_empty()) {
        Some(list) => match countries::parse_list(list) {
            Ok(countries) => countries,
            Err(err) => return Ok(Err(BatchOptionError::BadCountries(err))),
        },
        None => Vec::new(),
    };
    let shipped = offer.country_list();
    let outside: Vec<&str> = countries
        .iter()
        .filter(|c| !shipped.contains(c))
        .map(Country::code)
        .collect();
    if !outside.is_empty() {
        return Ok(Err(BatchOptionError::CountriesOutsideCampaign {
            offer: offer.name.clone(),
            outside: outside.join(", "),
        }));
    }
    let new = NewBatch {
        campaign_id: campaign.id,
        offer_id: offer.id,
        label: options
            .label
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string),
        source: options.source,
        expires_on: options.expires_on,
        countries,
        created_by: options.created_by,
    };
    Ok(Ok((campaign, new)))
}

/// A staged batch: what checking its entries found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Staged {
    pub upload_id: i64,
    /// Code entries read (header and trailing blank lines not counted).
    pub entries: u64,
    /// Entries staged as good codes.
    pub good: u64,
    /// The first [`Upload::REPORT_LIMIT`] bad lines, in line order; the count is exact.
    pub bad: Vec<BadLine>,
}

impl Staged {
    /// Every entry not staged as good was bad.
    pub fn bad_count(&self) -> u64 {
        self.entries - self.good
    }
}

/// Entries of a batch, produced on a blocking thread (a file read line by line, or codes
/// being generated).
pub trait EntrySource: FnOnce() -> std::io::Result<Self::Entries> + Send + 'static {
    type Entries: Iterator<Item = std::io::Result<Entry>>;
}

impl<F, I> EntrySource for F
where
    F: FnOnce() -> std::io::Result<I> + Send + 'static,
    I: Iterator<Item = std::io::Result<Entry>>,
{
    type Entries = I;
}

/// The entries of a batch file (one code per line, or CSV with a `code` column).
pub fn file_entries(reader: impl Read + Send + 'static) -> impl EntrySource {
    move || batch_file::entries(reader)
}

/// Stages `new` from `source` under `token_hash` (what a confirm form will refer to). An
/// unreadable source stages nothing: the upload is discarded and the error answered.
pub async fn stage(
    store: &Store,
    new: &NewBatch,
    token_hash: &str,
    source: impl EntrySource,
    now: i64,
) -> anyhow::Result<Staged> {
    let upload_id = store.create_upload(token_hash, new, now).await?;
    match stage_entries(store, upload_id, source).await {
        Ok(staged) => {
            store
                .finish_upload(upload_id, staged.entries, staged.good, &staged.bad)
                .await?;
            Ok(staged)
        }
        Err(err) => {
            store.discard_upload(upload_id).await?;
            Err(err)
        }
    }
}

/// The entries of a source, read on a blocking thread in windows of a given size, each
/// [`split_window`] into sorted runs. The reading thread stays up to a window ahead, so
/// reading, checking and sorting use one core while the database writes on another.
struct Chunks {
    receiver: tokio::sync::mpsc::Receiver<std::io::Result<Chunk>>,
    reader: tokio::task::JoinHandle<()>,
    /// Entries read so far.
    entries: u64,
    bad: BadReport,
}

impl Chunks {
    fn read(source: impl EntrySource, run: usize, window: usize) -> Chunks {
        let ahead = window.div_ceil(run.max(1)) + 1;
        let (sender, receiver) = tokio::sync::mpsc::channel::<std::io::Result<Chunk>>(ahead);
        let reader = tokio::task::spawn_blocking(move || {
            let send = |entries: Vec<Entry>| {
                split_window(entries, run)
                    .into_iter()
                    .all(|chunk| sender.blocking_send(Ok(chunk)).is_ok())
            };
            let result = (|| {
                let mut entries = Vec::with_capacity(window);
                for entry in source()? {
                    entries.push(entry?);
                    if entries.len() == window && !send(std::mem::take(&mut entries)) {
                        return Ok(());
                    }
                }
                send(entries);
                Ok(())
            })();
            if let Err(err) = result {
                let _ = sender.blocking_send(Err(err));
            }
        });
        Chunks {
            receiver,
            reader,
            entries: 0,
            bad: BadReport::new(Upload::REPORT_LIMIT),
        }
    }

    /// The good codes of the next run (its bad lines are noted); `None` at the end.
    async fn next(&mut self) -> anyhow::Result<Option<Vec<(u64, String)>>> {
        let Some(chunk) = self.receiver.recv().await else {
            return Ok(None);
        };
        let chunk = chunk?;
        self.entries += chunk.entries;
        self.note(chunk.bad);
        Ok(Some(chunk.good))
    }

    fn note(&mut self, bad: impl IntoIterator<Item = BadLine>) {
        for line in bad {
            self.bad.add(line);
        }
    }

    /// True when the next run (or the end) is read already: taking it will not wait.
    fn more_ready(&self) -> bool {
        !self.receiver.is_empty()
    }

    /// Entries read and the bad lines, once every run was taken.
    async fn finish(self) -> anyhow::Result<(u64, BadReport)> {
        self.reader.await?;
        Ok((self.entries, self.bad))
    }
}

/// Reads the entries into the staging table, a chunk at a time.
async fn stage_entries(store: &Store, upload_id: i64, source: impl EntrySource) -> anyhow::Result<Staged> {
    let mut chunks = Chunks::read(source, STAGE_CHUNK, STAGE_CHUNK);
    while let Some(good) = chunks.next().await? {
        let repeats = store.stage_codes(upload_id, &good).await?;
        chunks.note(repeats.into_iter().map(|(line, first_line)| BadLine {
            line,
            problem: LineProblem::DuplicateInFile { first_line },
        }));
    }
    let (entries, mut bad) = chunks.finish().await?;
    for line in store.unstage_already_loaded(upload_id).await? {
        bad.add(BadLine {
            line,
            problem: LineProblem::AlreadyLoaded,
        });
    }
    Ok(Staged {
        upload_id,
        entries,
        good: entries - bad.count,
        bad: bad.into_first(),
    })
}

/// What a load did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadReport {
    /// The new batch, or `None` when nothing was loaded.
    pub batch_id: Option<i64>,
    pub loaded: u64,
    /// Code entries read.
    pub entries: u64,
    /// Bad lines in all, exactly.
    pub bad_count: u64,
    /// The first [`Upload::REPORT_LIMIT`] bad lines, in line order.
    pub bad: Vec<BadLine>,
}

/// Loads a batch file as `new`. Unless `skip_bad`, any bad line means nothing is loaded; a
/// batch with no good code is never created. Codes already in the database are bad lines,
/// found by the load itself (a concurrent load of the same code cannot slip through).
pub async fn load(
    store: &Store,
    new: &NewBatch,
    reader: impl Read + Send + 'static,
    skip_bad: bool,
    now: i64,
) -> anyhow::Result<LoadReport> {
    load_from(store, new, file_entries(reader), skip_bad, now).await
}

/// Generates `count` codes (with the OS-seeded CSPRNG) with an optional prefix and loads
/// them as `new`. A collision with a loaded code (about 2^-74 per pair) loads nothing.
pub async fn generate(
    store: &Store,
    new: &NewBatch,
    count: u64,
    prefix: &str,
    now: i64,
) -> anyhow::Result<LoadReport> {
    let prefix = prefix.to_string();
    let source = move || {
        // The thread's generator lives on the blocking thread that generates.
        let mut rng = rand::rng();
        Ok((1..=count).map(move |line| Ok((line, Ok(code_format::generate_with_prefix(&mut rng, &prefix))))))
    };
    load_from(store, new, source, false, now).await
}

/// Loads straight from the source, without the staging table (nobody previews this load):
/// the batch is made unpublished, each chunk of the source's good codes is written into it
/// (see [`Store::load_codes`]: the unique index on the codes finds repeats and codes loaded
/// before as it writes; a transaction goes on while the next chunk is read already), and
/// the batch is published or removed as with a confirmed upload.
/// The upload row records the load, as it does a preview's.
async fn load_from(
    store: &Store,
    new: &NewBatch,
    source: impl EntrySource,
    skip_bad: bool,
    now: i64,
) -> anyhow::Result<LoadReport> {
    // Opened first: a database that cannot give the load its connection is refused before
    // anything is written.
    let mut writer = store.load_writer().await?;
    // Nobody confirms this upload by form: its token is never shown.
    let token_hash = tokens::hash(&tokens::new_token());
    let upload_id = store.create_upload(&token_hash, new, now).await?;
    let upload = store
        .upload_by_token(&token_hash)
        .await?
        .ok_or_else(|| anyhow::anyhow!("upload {upload_id} vanished"))?;
    let lease = Lease::from(now);
    let Some(batch_id) = store
        .start_load(&upload, now, lease.until(), &new.created_by)
        .await?
    else {
        anyhow::bail!("upload {upload_id} was taken by another load");
    };
    let mut loaded = 0;
    let mut chunks = Chunks::read(source, LOAD_CHUNK as usize, LOAD_WINDOW);
    let read = async {
        while let Some(good) = chunks.next().await? {
            let step = (lease.until(), chunks.more_ready());
            let (landed, refused) = store
                .load_codes(&mut writer, &upload, batch_id, &good, step)
                .await?;
            loaded += landed;
            chunks.note(refused);
        }
        store.commit_load(&mut writer, batch_id, lease.until()).await?;
        chunks.finish().await
    }
    .await;
    // What a failed read left open is rolled back first: the removal below writes too.
    store.finish_load_writer(writer).await?;
    let (entries, bad) = match read {
        Ok(read) => read,
        Err(err) => {
            // An unreadable source loads nothing.
            store.remove_unpublished_batch(batch_id).await?;
            store.discard_upload(upload_id).await?;
            return Err(err);
        }
    };
    let bad_count = bad.count;
    let bad_lines = bad.into_first();
    store
        .finish_upload(upload_id, entries, entries - bad_count, &bad_lines)
        .await?;
    let settle = Settle {
        loaded,
        bad: bad_count as i64,
        skip_bad,
        now,
    };
    let confirmed = store
        .settle_load(&upload, batch_id, settle, Vec::new(), &new.created_by)
        .await?;
    let batch_id = match confirmed {
        Confirmed::Loaded { batch_id, .. } => Some(batch_id),
        Confirmed::Refused { .. } | Confirmed::Empty { .. } => {
            store.discard_upload(upload_id).await?;
            None
        }
        Confirmed::AlreadyConfirmed { .. } => anyhow::bail!("upload {upload_id} was loaded twice"),
    };
    Ok(LoadReport {
        batch_id,
        loaded: if batch_id.is_some() { loaded as u64 } else { 0 },
        entries,
        // Every entry that did not land is a bad line, whatever the outcome.
        bad_count,
        bad: bad_lines,
    })
}
