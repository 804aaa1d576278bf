//! The command names the UI invokes (ui/src/lib/api.ts) must be exactly the
//! commands the shell registers (src/lib.rs): a renamed or forgotten command
//! fails here, not in the window.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `commands::module::name,` lines inside `generate_handler![...]`.
fn registered() -> BTreeSet<String> {
    let lib = read("src/lib.rs");
    let start = lib.find("generate_handler![").expect("a handler list");
    let list = &lib[start..lib[start..].find(']').map(|e| start + e).unwrap()];
    list.split(',')
        .filter_map(|item| item.trim().rsplit("::").next())
        .filter(|name| !name.is_empty() && !name.contains('['))
        .map(str::to_owned)
        .collect()
}

/// The first string argument of every `invoke<...>("name"` in api.ts.
fn invoked() -> BTreeSet<String> {
    let api = read("../ui/src/lib/api.ts");
    api.split("invoke<")
        .skip(1)
        .filter_map(|rest| {
            let open = rest.find("(\"")? + 2;
            let close = rest[open..].find('"')? + open;
            Some(rest[open..close].to_owned())
        })
        .collect()
}

#[test]
fn the_ui_invokes_exactly_the_registered_commands() {
    let registered = registered();
    let invoked = invoked();
    assert!(registered.len() > 10, "parsed {registered:?}");
    let missing: Vec<_> = invoked.difference(&registered).collect();
    let unused: Vec<_> = registered.difference(&invoked).collect();
    assert!(
        missing.is_empty(),
        "api.ts invokes unregistered commands: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "registered commands api.ts never invokes: {unused:?}"
    );
}
