//! The text form of the extractor's learned numbers (the scorer's weights,
//! the confidence calibration): `name value` per line, `#` comments, each
//! name one of a fixed list. Written by the scripts that learn them, read at
//! compile time.

/// The value of each of `names` in `text` (0 for a name the text leaves
/// out). An unknown name or a value that is not a number is an error naming
/// the line; `what` names a line's two parts for those errors ("feature",
/// "weight").
pub(crate) fn parse<const N: usize>(
    text: &str,
    names: &[&str; N],
    what: (&str, &str),
) -> Result<[f32; N], String> {
    let (name_word, value_word) = what;
    let mut values = [0.0; N];
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("line {}: expected `{name_word} {value_word}`", n + 1))?;
        let i = names
            .iter()
            .position(|k| *k == name)
            .ok_or_else(|| format!("line {}: unknown {name_word} `{name}`", n + 1))?;
        values[i] = value
            .trim()
            .parse()
            .map_err(|_| format!("line {}: `{}` is not a number", n + 1, value.trim()))?;
    }
    Ok(values)
}

/// How many lines of `text` give a value to each of `names`, for the tests
/// that check a committed file names every one exactly once.
#[cfg(test)]
pub(crate) fn lines_naming<'n>(text: &str, names: &[&'n str]) -> Vec<(&'n str, usize)> {
    names
        .iter()
        .map(|&name| {
            let n = text
                .lines()
                .filter(|l| l.split_whitespace().next() == Some(name))
                .count();
            (name, n)
        })
        .collect()
}
