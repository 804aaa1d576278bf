//! The user's corrections: edits beside the extracted values, verification,
//! disputes, deletions. Each is one transaction with its entry in the log.

use rusqlite::{params, Transaction};

use super::history::{log_change, quote_state, QuoteState, UndoData};
use super::speakers::speaker_id_for;
use super::{now, Library, QuoteEdit, QuoteRecord, QuoteStatus, StoreError};

/// How an edit is stored: `None` = untouched, `""` = cleared by the user.
fn stored(value: &Option<String>) -> String {
    value.as_deref().map(str::trim).unwrap_or("").to_string()
}

impl Library {
    /// Runs `change` on quote `id` inside a transaction, logging `action` with
    /// what the quote was before, and returns the quote as it is after.
    fn change_quote(
        &mut self,
        id: i64,
        action: &str,
        summary: &str,
        change: impl FnOnce(&Transaction, &QuoteState) -> rusqlite::Result<()>,
    ) -> Result<QuoteRecord, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let before = quote_state(&tx, id)
            .map_err(err)?
            .filter(|s| s.deleted_at.is_none() || action == "delete")
            .ok_or(StoreError::NotFound {
                what: "quote",
                id: id.to_string(),
            })?;
        if before.deleted_at.is_some() {
            return Err(StoreError::Invalid(format!(
                "quote {id} is already deleted"
            )));
        }
        change(&tx, &before).map_err(err)?;
        log_change(
            &tx,
            action,
            Some(id),
            None,
            None,
            summary,
            &UndoData::Quote {
                quote_id: id,
                state: before,
            },
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        self.quote(id)
    }

    /// Corrects a quote's speaker, role, date or venue. Re-extraction never
    /// overwrites an edit.
    pub fn edit_quote(&mut self, id: i64, edit: &QuoteEdit) -> Result<QuoteRecord, StoreError> {
        if edit.is_empty() {
            return Err(StoreError::Invalid(
                "nothing to change: give a speaker, role, date or venue".to_string(),
            ));
        }
        let mut parts = Vec::new();
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_string());
        if let Some(v) = &edit.speaker {
            parts.push(format!("speaker = {}", show(v)));
        }
        if let Some(v) = &edit.role {
            parts.push(format!("role = {}", show(v)));
        }
        if let Some(v) = &edit.date {
            parts.push(format!("date = {}", show(&v.map(|d| d.to_string()))));
        }
        if let Some(v) = &edit.venue {
            parts.push(format!("venue = {}", show(v)));
        }
        let summary = format!("edited {}", parts.join(", "));
        self.change_quote(id, "edit", &summary, |tx, _| {
            if let Some(speaker) = &edit.speaker {
                let speaker_id = match speaker {
                    Some(name) => speaker_id_for(tx, name)?,
                    None => None,
                };
                tx.execute(
                    "UPDATE quotes SET edit_speaker = ?2, speaker_id = ?3 WHERE id = ?1",
                    params![id, stored(speaker), speaker_id],
                )?;
            }
            if let Some(role) = &edit.role {
                tx.execute(
                    "UPDATE quotes SET edit_role = ?2 WHERE id = ?1",
                    params![id, stored(role)],
                )?;
            }
            if let Some(date) = &edit.date {
                tx.execute(
                    "UPDATE quotes SET edit_date = ?2 WHERE id = ?1",
                    params![id, stored(&date.map(|d| d.to_string()))],
                )?;
            }
            if let Some(venue) = &edit.venue {
                tx.execute(
                    "UPDATE quotes SET edit_venue = ?2 WHERE id = ?1",
                    params![id, stored(venue)],
                )?;
            }
            Ok(())
        })
    }

    /// Marks a quote checked against its source.
    pub fn verify(&mut self, id: i64) -> Result<QuoteRecord, StoreError> {
        self.set_status(id, QuoteStatus::Verified, None)
    }

    /// Marks a quote disputed, with a note saying why.
    pub fn dispute(&mut self, id: i64, note: &str) -> Result<QuoteRecord, StoreError> {
        self.set_status(id, QuoteStatus::Disputed, Some(note))
    }

    /// Sets a quote's status; a note given replaces the quote's note.
    pub fn set_status(
        &mut self,
        id: i64,
        status: QuoteStatus,
        note: Option<&str>,
    ) -> Result<QuoteRecord, StoreError> {
        let action = match status {
            QuoteStatus::Verified => "verify",
            QuoteStatus::Disputed => "dispute",
            QuoteStatus::Unverified => "unverify",
        };
        let summary = match note {
            Some(n) => format!("marked {}: {n}", status.as_str()),
            None => format!("marked {}", status.as_str()),
        };
        self.change_quote(id, action, &summary, |tx, _| {
            tx.execute(
                "UPDATE quotes SET status = ?2, note = COALESCE(?3, note) WHERE id = ?1",
                params![id, status.as_str(), note.map(str::trim)],
            )?;
            Ok(())
        })
    }

    /// Deletes a quote (a false find). Re-extraction will not bring it back;
    /// `undo` will.
    pub fn delete_quote(&mut self, id: i64) -> Result<(), StoreError> {
        self.change_quote(id, "delete", "deleted the quote", |tx, _| {
            tx.execute(
                "UPDATE quotes SET deleted_at = ?2 WHERE id = ?1",
                params![id, now()],
            )?;
            Ok(())
        })
        .map(|_| ())
    }

    /// Deletes an article with its quotes; `undo` brings them back.
    pub fn delete_article(&mut self, id: i64) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let title: Option<String> = tx
            .query_row(
                "SELECT COALESCE(title, source_path, 'untitled') FROM articles
                 WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound {
                    what: "article",
                    id: id.to_string(),
                },
                e => StoreError::from_sqlite(&path, e),
            })?;
        tx.execute(
            "UPDATE articles SET deleted_at = ?2 WHERE id = ?1",
            params![id, now()],
        )
        .map_err(err)?;
        log_change(
            &tx,
            "delete-article",
            None,
            Some(id),
            None,
            &format!("deleted article {id}: {}", title.unwrap_or_default()),
            &UndoData::Article {
                article_id: id,
                deleted_at: None,
            },
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }
}
