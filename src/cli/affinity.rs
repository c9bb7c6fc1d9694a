//! One core per scoring thread for `frontline score`: when the process may use as many
//! CPUs as it runs scoring threads, each thread is pinned to a CPU of its own.
//!
//! Why: left to the scheduler, the threads of a run this short (about 10 ms) are placed
//! and moved about while they work: on the 2-vCPU reference machine the benchmark file
//! took 9.3 – 9.9 ms ± 1.7 – 1.9, pinned 7.9 – 8.1 ms ± 0.3 – 0.7, side by side
//! (BENCHMARKS.md, ninth pass). The threads share the work batch by batch, so one slowed by
//! another process on its core only takes fewer batches. Pinning is a hint: where it
//! fails, or on other systems, nothing happens.

/// The CPUs this process may run on (its affinity mask, so `taskset` and cgroup limits are
/// respected), in order.
pub struct Cores(Vec<usize>);

impl Cores {
    /// The CPUs the calling thread may run on, in order: one system call, where
    /// `std::thread::available_parallelism` also reads the cgroup's CPU quota from several
    /// files (about 0.1 ms, a run's worth of rows).
    #[cfg(target_os = "linux")]
    pub fn allowed() -> Cores {
        use nix::sched::{CpuSet, sched_getaffinity};
        use nix::unistd::Pid;
        let Ok(set) = sched_getaffinity(Pid::from_raw(0)) else {
            return Cores(Vec::new());
        };
        Cores(
            (0..CpuSet::count())
                .filter(|&cpu| set.is_set(cpu).unwrap_or(false))
                .collect(),
        )
    }

    #[cfg(not(target_os = "linux"))]
    pub fn allowed() -> Cores {
        Cores(Vec::new())
    }

    /// How many CPUs these are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none (then nothing is pinned).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// These CPUs for `threads` threads, one each, when there are exactly that many (a
    /// laptop, this project's 2-vCPU machine): the placement the scheduler would aim for,
    /// without the moves. Otherwise none, so that nothing is pinned: one thread stays free
    /// to move to a quieter core, and with more CPUs than threads the scheduler picks the
    /// idle ones.
    pub fn one_per_thread(self, threads: usize) -> Cores {
        if threads > 1 && self.0.len() == threads {
            self
        } else {
            Cores(Vec::new())
        }
    }

    /// The same CPUs, counted from the one the calling thread runs on now: `pin(0)` keeps
    /// it where it is, and the other indexes go to the other CPUs.
    ///
    /// Why: a thread started and pinned to the CPU its starter happens to be on takes
    /// that CPU from it, and the idle CPU may not pull the starter over for most of a
    /// millisecond (it waits for the busy CPU's next tick). In timed runs of `frontline
    /// score`, the main thread sometimes lost its CPU so for the whole lexicon parse
    /// (0.7 ms); counted from its own CPU, the whole run is 1 – 2 % faster (median 8.0 ->
    /// 7.9 ms, faster in 116 of 150 alternated rounds).
    pub fn starting_here(mut self) -> Cores {
        #[cfg(target_os = "linux")]
        if let Ok(here) = nix::sched::sched_getcpu()
            && let Some(at) = self.0.iter().position(|&cpu| cpu == here)
        {
            self.0.rotate_left(at);
        }
        self
    }

    /// Pins the calling thread to the `index`-th CPU (counting round); nothing when there
    /// are none.
    pub fn pin(&self, index: usize) {
        if self.0.is_empty() {
            return;
        }
        let cpu = self.0[index % self.0.len()];
        #[cfg(target_os = "linux")]
        {
            use nix::sched::{CpuSet, sched_setaffinity};
            use nix::unistd::Pid;
            let mut set = CpuSet::new();
            if set.set(cpu).is_ok() {
                // Pid 0 is the calling thread.
                let _ = sched_setaffinity(Pid::from_raw(0), &set);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = cpu;
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The CPUs the calling thread may run on now (`allowed` reads the calling thread's
    /// mask).
    fn on() -> Vec<usize> {
        Cores::allowed().0
    }

    #[test]
    fn one_thread_per_allowed_cpu_is_pinned_other_counts_are_not() {
        let allowed = Cores::allowed().0;
        assert!(!allowed.is_empty(), "a process runs on some CPU");
        // As many threads as CPUs (two or more): the second thread runs on the second CPU
        // alone.
        let cores = Cores::allowed().one_per_thread(allowed.len());
        let expected = allowed.clone();
        std::thread::spawn(move || {
            cores.pin(1);
            match expected.get(1) {
                Some(&cpu) => assert_eq!(on(), [cpu]),
                None => assert_eq!(on(), expected),
            }
        })
        .join()
        .expect("the pinned thread");
        // One thread, or more threads than CPUs: nothing is pinned.
        for threads in [1, allowed.len() + 1] {
            let cores = Cores::allowed().one_per_thread(threads);
            let expected = allowed.clone();
            std::thread::spawn(move || {
                cores.pin(0);
                assert_eq!(on(), expected, "{threads} threads");
            })
            .join()
            .expect("the unpinned thread");
        }
    }

    #[test]
    fn counted_from_the_current_cpu_index_zero_keeps_the_thread_where_it_is() {
        let allowed = Cores::allowed().0;
        let last = *allowed.last().expect("a process runs on some CPU");
        std::thread::spawn(move || {
            // On the last CPU, so that the thread cannot move while it is checked.
            Cores(vec![last]).pin(0);
            let cores = Cores(allowed.clone()).starting_here();
            assert_eq!(cores.0[0], last, "counting starts where the thread runs");
            let mut same = cores.0.clone();
            same.sort_unstable();
            assert_eq!(same, allowed, "the same CPUs, rotated");
            if let Some(&next) = cores.0.get(1) {
                cores.pin(1);
                assert_eq!(on(), [next], "index 1 is another CPU");
                assert_ne!(next, last);
            }
        })
        .join()
        .expect("the pinned thread");
    }
}
