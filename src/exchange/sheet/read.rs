//! Reading a spreadsheet's rows into objectives and their key results.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::columns::{self, Col, Lang};
use super::header_row;
use super::text::Field;
use crate::Result;
use crate::exchange::files::{KrEntry, ObjectiveEntry, ObjectivesFile, Source};

/// A cell's text: trimmed, with the `'` that guards a formula (`'=…`) or another such
/// `'` (`''=…`) taken off.
pub(super) fn cell_text(f: &Field) -> &str {
    let t = f.text.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\'']) => rest,
        _ => t,
    }
}

fn span(f: &Field) -> Range<usize> {
    f.at..f.at + f.text.len().max(1)
}

pub(super) struct Reader<'a> {
    src: &'a Source,
    records: &'a [Vec<Field>],
    first: usize,
    columns: HashMap<Col, usize>,
    sep: char,
}

/// An objective being gathered from its rows: which row stated its level, parent and
/// owner, and the row of each key result.
struct Gathered {
    entry: ObjectiveEntry,
    span: Range<usize>,
    stated: HashMap<Col, usize>,
    krs: HashMap<String, usize>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(src: &'a Source, records: &'a [Vec<Field>], sep: char) -> Result<Reader<'a>> {
        let Some((first, header)) = header_row(records) else {
            return Err(src.error_with_hint(
                &(0..0),
                "no header row: the first row names the columns",
                "`okr export --format csv --template` writes one",
            ));
        };
        let lang = header
            .iter()
            .find_map(|f| Col::of_header(&f.text))
            .map_or(Lang::En, |(_, l)| l);
        let all: Vec<&str> = columns::COLUMNS.iter().map(|c| c.0.header(lang)).collect();
        let hint = format!("the columns are {}", all.join(", "));
        let mut columns = HashMap::new();
        for (i, f) in header.iter().enumerate() {
            let name = f.text.trim();
            if name.is_empty() {
                let used = records[first + 1..]
                    .iter()
                    .find(|r| r.get(i).is_some_and(|c| !c.text.trim().is_empty()));
                if let Some(r) = used {
                    return Err(src.error(&span(&r[i]), "this column has no header"));
                }
                continue;
            }
            let Some((col, _)) = Col::of_header(name) else {
                return Err(src.error_with_hint(
                    &span(f),
                    format!("`{name}` is not a column okr reads"),
                    format!("{hint}; remove this one, or rename it"),
                ));
            };
            if columns.insert(col, i).is_some() {
                return Err(src.error(&span(f), format!("a second `{name}` column")));
            }
        }
        if let Some(missing) = columns::REQUIRED.iter().find(|c| !columns.contains_key(c)) {
            let needed: Vec<&str> = columns::REQUIRED.iter().map(|c| c.header(lang)).collect();
            return Err(src.error_with_hint(
                &span(&header[0]),
                format!("there is no `{}` column", missing.header(lang)),
                format!("{hint}; {} are needed", needed.join(", ")),
            ));
        }
        Ok(Reader {
            src,
            records,
            first,
            columns,
            sep,
        })
    }

    fn cell(&self, row: &'a [Field], col: Col) -> Option<&'a Field> {
        let f = row.get(*self.columns.get(&col)?)?;
        (!cell_text(f).is_empty()).then_some(f)
    }

    fn text(&self, row: &'a [Field], col: Col) -> Option<Spanned<String>> {
        self.cell(row, col)
            .map(|f| Spanned::new(span(f), columns::english(col, cell_text(f))))
    }

    /// A level, kind or direction, in either language, as its English name.
    fn named(&self, row: &'a [Field], col: Col) -> Result<Option<Spanned<String>>> {
        let Some(v) = self.text(row, col) else {
            return Ok(None);
        };
        let known = match col {
            Col::Level => v.get_ref().parse::<crate::model::Level>().is_ok(),
            Col::Kind => v.get_ref().parse::<crate::model::KrKind>().is_ok(),
            _ => v.get_ref().parse::<crate::model::Keep>().is_ok(),
        };
        if known {
            return Ok(Some(v));
        }
        Err(self.src.error(
            &v.span(),
            format!(
                "`{}` is not a {}; expected one of {}",
                v.get_ref(),
                col.header(Lang::En),
                columns::choices(col)
            ),
        ))
    }

    fn number(&self, row: &'a [Field], col: Col) -> Result<Option<Spanned<f64>>> {
        self.cell(row, col)
            .map(|f| {
                columns::number(cell_text(f), self.sep)
                    .map(|v| Spanned::new(span(f), v))
                    .map_err(|e| self.src.error(&span(f), e))
            })
            .transpose()
    }

    pub(super) fn read(self) -> Result<ObjectivesFile> {
        let mut gathered: Vec<Gathered> = Vec::new();
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        let mut above: Option<(Spanned<String>, Spanned<String>)> = None;
        for (n, row) in self.records.iter().enumerate().skip(self.first + 1) {
            if row.iter().all(|f| cell_text(f).is_empty()) {
                continue;
            }
            let (cycle, title) = self.objective_of(row, above.as_ref())?;
            above = Some((cycle.clone(), title.clone()));
            let key = (cycle.get_ref().clone(), title.get_ref().clone());
            let i = *index.entry(key).or_insert_with(|| {
                gathered.push(Gathered::new(cycle, title));
                gathered.len() - 1
            });
            self.objective_cells(row, n + 1, &mut gathered[i])?;
            if let Some(kr) = self.kr_of(row, n + 1, &mut gathered[i])? {
                gathered[i].entry.kr.push(kr);
            }
        }
        Ok(ObjectivesFile {
            format: None,
            cycle: None,
            start: None,
            end: None,
            objective: gathered
                .into_iter()
                .map(|g| Spanned::new(g.span, g.entry))
                .collect(),
            checkin: Vec::new(),
        })
    }

    /// The row's cycle and objective, a blank one being the row above's.
    fn objective_of(
        &self,
        row: &'a [Field],
        above: Option<&(Spanned<String>, Spanned<String>)>,
    ) -> Result<(Spanned<String>, Spanned<String>)> {
        let first = span(&row[0]);
        let cycle = self.text(row, Col::Cycle);
        let title = self.text(row, Col::Objective);
        let same_cycle = match (&cycle, above) {
            (Some(c), Some(a)) => c.get_ref() == a.0.get_ref(),
            _ => true,
        };
        match (cycle, title, above) {
            (c, Some(t), above) => match c.or_else(|| above.map(|a| a.0.clone())) {
                Some(c) => Ok((c, t)),
                None => Err(self.src.error(&first, "this row names no cycle")),
            },
            (_, None, Some(a)) if same_cycle => Ok(a.clone()),
            (_, None, _) => Err(self.src.error(&first, "this row names no objective")),
        }
    }

    /// The objective's level, parent and owner as the row states them: the same as any
    /// row before it said.
    fn objective_cells(&self, row: &'a [Field], n: usize, g: &mut Gathered) -> Result<()> {
        for col in [Col::Level, Col::Parent, Col::Owner] {
            let value = match col {
                Col::Level => self.named(row, col)?,
                _ => self.text(row, col),
            };
            let Some(value) = value else {
                continue;
            };
            let slot = match col {
                Col::Level => &mut g.entry.level,
                Col::Parent => &mut g.entry.parent,
                _ => &mut g.entry.owner,
            };
            match slot {
                None => {
                    *slot = Some(value);
                    g.stated.insert(col, n);
                }
                // A later row's owner owns its key result.
                Some(_) if col == Col::Owner => {}
                Some(was) if was.get_ref() == value.get_ref() => {}
                Some(was) => {
                    let name = col.header(Lang::En);
                    return Err(self.src.error(
                        &value.span(),
                        format!(
                            "the objective's {name} is `{}` here but `{}` on row {}",
                            value.get_ref(),
                            was.get_ref(),
                            g.stated[&col]
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The row's key result, if it has one.
    fn kr_of(
        &self,
        row: &'a [Field],
        n: usize,
        g: &mut Gathered,
    ) -> Result<Option<Spanned<KrEntry>>> {
        let measures = [
            Col::Kind,
            Col::Start,
            Col::Target,
            Col::Unit,
            Col::Weight,
            Col::Keep,
            Col::Due,
        ];
        let Some(title) = self.text(row, Col::KeyResult) else {
            if let Some(f) = measures.iter().find_map(|&c| self.cell(row, c)) {
                return Err(self.src.error(
                    &span(f),
                    "this row has no key result, but states a measure for one",
                ));
            }
            return Ok(None);
        };
        if let Some(was) = g.krs.insert(title.get_ref().clone(), n) {
            return Err(self.src.error(
                &title.span(),
                format!("this key result is on row {was} already, under the same objective"),
            ));
        }
        let owner = self.text(row, Col::Owner).filter(|o| {
            g.entry
                .owner
                .as_ref()
                .is_none_or(|first| first.get_ref() != o.get_ref())
        });
        let due = match self.cell(row, Col::Due) {
            Some(f) => Some(self.date(f)?),
            None => None,
        };
        let span = title.span();
        Ok(Some(Spanned::new(
            span,
            KrEntry {
                id: None,
                title,
                kind: self.named(row, Col::Kind)?,
                start: self.number(row, Col::Start)?,
                target: self.number(row, Col::Target)?,
                unit: self.cell(row, Col::Unit).map(|f| cell_text(f).to_string()),
                weight: self.number(row, Col::Weight)?,
                owner,
                keep: self.named(row, Col::Keep)?,
                due,
                origin: None,
                plan: None,
                change: Vec::new(),
                task: Vec::new(),
                source: None,
            },
        )))
    }

    /// A date as spreadsheets write it: `2026-12-31` or `2026/12/31`.
    fn date(&self, f: &Field) -> Result<Spanned<toml::value::Datetime>> {
        let t = cell_text(f);
        let date =
            chrono::NaiveDate::parse_from_str(&t.replace('/', "-"), "%Y-%m-%d").map_err(|_| {
                self.src
                    .error(&span(f), format!("`{t}` is not a date (YYYY-MM-DD)"))
            })?;
        let value = date
            .format("%Y-%m-%d")
            .to_string()
            .parse::<toml::value::Datetime>()
            .map_err(|_| {
                self.src
                    .error(&span(f), format!("`{t}` is not a date (YYYY-MM-DD)"))
            })?;
        Ok(Spanned::new(span(f), value))
    }
}

impl Gathered {
    fn new(cycle: Spanned<String>, title: Spanned<String>) -> Gathered {
        Gathered {
            span: title.span(),
            entry: ObjectiveEntry {
                id: None,
                title,
                cycle: Some(cycle),
                description: None,
                level: None,
                owner: None,
                kind: None,
                state: None,
                parent: None,
                lint: None,
                origin: None,
                supports: None,
                kr: Vec::new(),
            },
            stated: HashMap::new(),
            krs: HashMap::new(),
        }
    }
}
