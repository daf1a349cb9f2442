//! Reading a value from what a source command printed: a number with an optional unit
//! (`42`, `97.5 %`, `1,250 users`), or a number in JSON at a path (`$.data.nps`).

use crate::model::Value;

/// The value `printed` holds, or why it holds none (one sentence, for `okr pull`).
/// `unit` is the key result's: a unit printed after the number must be it.
pub fn value(printed: &str, json_path: Option<&str>, unit: &str) -> Result<f64, String> {
    match json_path {
        Some(path) => from_json(printed, path),
        None => from_text(printed.trim(), unit),
    }
}

fn shown(text: &str) -> String {
    let cut: String = text.chars().take(60).collect();
    if cut.len() < text.len() {
        format!("`{cut}…`")
    } else {
        format!("`{cut}`")
    }
}

/// `42`, `42 ms`, `42ms`, `1,250 users`, `-3.5`.
fn from_text(text: &str, unit: &str) -> Result<f64, String> {
    if text.is_empty() {
        return Err("printed nothing".to_string());
    }
    if text.lines().count() > 1 {
        return Err(format!(
            "printed {} lines; a source prints one value (add `| tail -n 1`, or print JSON and pass `--json-path`)",
            text.lines().count()
        ));
    }
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '_' | '+' | '-' | ' ')))
        .unwrap_or(text.len());
    let (number, printed_unit) = (text[..end].trim(), text[end..].trim());
    if number.is_empty() || !number.contains(|c: char| c.is_ascii_digit()) {
        return Err(format!("printed {}, which is not a number", shown(text)));
    }
    let value = Value::parse(number, "the value")
        .map_err(|_| format!("printed {}, which is not a number", shown(text)))?;
    if !printed_unit.is_empty() && !unit.is_empty() && printed_unit != unit {
        return Err(format!(
            "printed {}, in `{printed_unit}`, but the key result counts `{unit}`",
            shown(text)
        ));
    }
    Ok(value.get())
}

/// Whether okr reads `path` as a JSON path (`$.data.nps`, `items[0].value`).
pub fn is_path(path: &str) -> bool {
    steps(path).is_some()
}

/// One step of a JSON path.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `$.a.b[0]`, `a.b[0]`, `.a`, `$["a b"]`.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut rest = path.trim();
    rest = rest.strip_prefix('$').unwrap_or(rest);
    let mut steps = Vec::new();
    let mut first = true;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[\"") {
            let end = r.find("\"]")?;
            steps.push(Step::Key(&r[..end]));
            rest = &r[end + 2..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            steps.push(Step::Index(r[..end].trim().parse().ok()?));
            rest = &r[end + 1..];
        } else {
            let r = match rest.strip_prefix('.') {
                Some(r) => r,
                None if first => rest,
                None => return None,
            };
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return None;
            }
            steps.push(Step::Key(&r[..end]));
            rest = &r[end..];
        }
        first = false;
    }
    Some(steps)
}

fn from_json(printed: &str, path: &str) -> Result<f64, String> {
    let doc: serde_json::Value = serde_json::from_str(printed.trim())
        .map_err(|e| format!("printed {}, which is not JSON ({e})", shown(printed.trim())))?;
    let steps = steps(path).ok_or_else(|| {
        format!("`{path}` is not a JSON path okr reads (like `$.data.nps` or `items[0].value`)")
    })?;
    let mut at = &doc;
    for step in &steps {
        let next = match step {
            Step::Key(k) => at.get(*k),
            Step::Index(i) => at.get(*i),
        };
        at = next.ok_or_else(|| format!("printed JSON with nothing at `{path}`"))?;
    }
    let value = match at {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::Bool(b) => Some(f64::from(u8::from(*b))),
        serde_json::Value::String(s) => Value::parse(s, "the value").ok().map(Value::get),
        _ => None,
    };
    let value = value.ok_or_else(|| {
        format!(
            "printed JSON whose `{path}` is {}, not a number",
            shown(&at.to_string())
        )
    })?;
    crate::model::check_value(value, "the value").map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_with_or_without_its_unit() {
        assert_eq!(value("42\n", None, ""), Ok(42.0));
        assert_eq!(value("  97.5 %\n", None, "%"), Ok(97.5));
        assert_eq!(value("1,250 users", None, "users"), Ok(1250.0));
        assert_eq!(value("-3.5", None, "°C"), Ok(-3.5));
        assert_eq!(value("120ms", None, "ms"), Ok(120.0));
        assert_eq!(value("7 teams", None, ""), Ok(7.0));
    }

    #[test]
    fn what_is_not_a_value_says_why() {
        assert_eq!(value("", None, ""), Err("printed nothing".into()));
        assert_eq!(
            value("ok", None, ""),
            Err("printed `ok`, which is not a number".into())
        );
        assert_eq!(
            value("42 s", None, "ms"),
            Err("printed `42 s`, in `s`, but the key result counts `ms`".into())
        );
        assert!(
            value("1\n2\n", None, "")
                .unwrap_err()
                .starts_with("printed 2 lines")
        );
    }

    #[test]
    fn a_number_in_json_at_a_path() {
        assert_eq!(value(r#"{"nps": 47}"#, Some("$.nps"), ""), Ok(47.0));
        assert_eq!(value(r#"{"nps": 47}"#, Some("nps"), ""), Ok(47.0));
        let doc = r#"{"data": {"items": [{"v": "1,5"}, {"v": 2.5}], "a b": true}}"#;
        assert_eq!(value(doc, Some("$.data.items[1].v"), ""), Ok(2.5));
        assert_eq!(value(doc, Some(r#"$.data["a b"]"#), ""), Ok(1.0));
        assert_eq!(
            value(doc, Some("$.data.items[0].v"), ""),
            Err("printed JSON whose `$.data.items[0].v` is `\"1,5\"`, not a number".into())
        );
        assert_eq!(
            value(doc, Some("$.data.missing"), ""),
            Err("printed JSON with nothing at `$.data.missing`".into())
        );
        assert!(
            value("nope", Some("$.a"), "")
                .unwrap_err()
                .contains("not JSON")
        );
    }
}
