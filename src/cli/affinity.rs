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
    /// The CPUs for `threads` threads, one each, when the process may use exactly that
    /// many CPUs (a laptop, this project's 2-vCPU machine): the placement the scheduler
    /// would aim for, without the moves. Otherwise none, so that nothing is pinned: one
    /// thread stays free to move to a quieter core, and on a machine with more CPUs than
    /// threads the scheduler picks the idle ones.
    pub fn one_per_thread(threads: usize) -> Cores {
        let cores = Cores::allowed();
        if threads > 1 && cores.0.len() == threads {
            cores
        } else {
            Cores(Vec::new())
        }
    }

    #[cfg(target_os = "linux")]
    fn allowed() -> Cores {
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
    fn allowed() -> Cores {
        Cores(Vec::new())
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
        let cores = Cores::one_per_thread(allowed.len());
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
            let cores = Cores::one_per_thread(threads);
            let expected = allowed.clone();
            std::thread::spawn(move || {
                cores.pin(0);
                assert_eq!(on(), expected, "{threads} threads");
            })
            .join()
            .expect("the unpinned thread");
        }
    }
}
