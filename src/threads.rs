//! Work split in two halves run at once, on this thread and a second one: the machines
//! okr runs on have at least two cores, and an organisation's report or lint has tens
//! of thousands of items.

/// `a` here and `b` on a second thread, at once, if `parallel`; else one after the
/// other. A panic in `b` goes on here.
pub fn on_two_threads<A, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel {
        return (a(), b());
    }
    std::thread::scope(|s| {
        let b = s.spawn(b);
        let a = a();
        (a, b.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
    })
}

/// `f` of every item, in order; a long list (`parallel`) in two halves at once.
pub fn map<T: Sync, R: Send>(parallel: bool, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let half = if parallel {
        items.len() / 2
    } else {
        items.len()
    };
    let (first, second) = items.split_at(half);
    let (mut out, later) = on_two_threads(
        parallel,
        || first.iter().map(&f).collect::<Vec<R>>(),
        || second.iter().map(&f).collect::<Vec<R>>(),
    );
    out.extend(later);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn halves_come_back_in_order() {
        let items: Vec<u32> = (0..1001).collect();
        for parallel in [false, true] {
            assert_eq!(
                super::map(parallel, &items, |n| n * 2),
                items.iter().map(|n| n * 2).collect::<Vec<_>>()
            );
        }
    }
}
