//! One core per scoring thread for `frontline score`: each thread is pinned to a CPU of its
//! own among those the process may use.
//!
//! Why: left to the scheduler, the threads of a run this short (about 10 ms) are placed
//! and moved about while they work: on the 2-vCPU reference machine a run took 9.2 – 10.1
//! ms ± 1.6 – 2.1 ms, pinned 8.4 – 8.7 ms ± 0.3 – 0.5 ms, side by side (BENCHMARKS.md). The
//! threads share the work batch by batch, so one slowed by another process on its core
//! only takes fewer batches. Pinning is a hint: where it fails, or on other systems,
//! nothing happens.

/// The CPUs this process may run on (its affinity mask, so `taskset` and cgroup limits are
/// respected), in order.
pub struct Cores(Vec<usize>);

impl Cores {
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
        Cores::none()
    }

    /// No CPUs: `pin` does nothing.
    pub fn none() -> Cores {
        Cores(Vec::new())
    }

    /// Pins the calling thread to the `index`-th allowed CPU (counting round), when there
    /// are two or more: one thread alone gains nothing from it.
    pub fn pin(&self, index: usize) {
        if self.0.len() < 2 {
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

    #[test]
    fn a_pinned_thread_runs_only_on_its_core() {
        let cores = Cores::allowed();
        assert!(!cores.0.is_empty(), "a process runs on some CPU");
        let expected = cores.0.get(1).copied();
        std::thread::spawn(move || {
            cores.pin(1);
            let now = nix::sched::sched_getaffinity(nix::unistd::Pid::from_raw(0))
                .expect("affinity of this thread");
            let on: Vec<usize> = (0..nix::sched::CpuSet::count())
                .filter(|&cpu| now.is_set(cpu).unwrap_or(false))
                .collect();
            match expected {
                // Two CPUs or more: this thread is on the second one alone.
                Some(cpu) => assert_eq!(on, [cpu]),
                // One CPU: nothing is pinned, the thread keeps the process's mask.
                None => assert_eq!(on, cores.0),
            }
        })
        .join()
        .expect("the pinned thread");
    }
}
