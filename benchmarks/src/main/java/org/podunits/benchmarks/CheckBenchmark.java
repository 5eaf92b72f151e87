package org.podunits.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.podunits.directive.Directive;
import org.podunits.directive.Directives;
import org.podunits.unit.UnitOption;

/**
 * {@code Directives.check} over every option of a unit shaped like rkt's {@code hello.service}
 * (358 options: 309 {@code SystemCallFilter=} lines of rkt's default whitelist plus 49 others),
 * with two baselines measured in the same run: {@code Directives.find} of every option (the
 * catalogue lookup alone) and a {@code HashMap} lookup of the same section/name keys.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'CheckBenchmark' -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class CheckBenchmark {

  /** rkt's default seccomp whitelist (docker's default whitelist), in rkt's order. */
  private static final String SYSCALLS =
      "accept accept4 access alarm bind brk capget capset chdir chmod chown chown32 "
      + "clock_getres clock_gettime clock_nanosleep close connect copy_file_range creat dup "
      + "dup2 dup3 epoll_create epoll_create1 epoll_ctl epoll_ctl_old epoll_pwait epoll_wait "
      + "epoll_wait_old eventfd eventfd2 execve execveat exit exit_group faccessat fadvise64 "
      + "fadvise64_64 fallocate fanotify_mark fchdir fchmod fchmodat fchown fchown32 fchownat "
      + "fcntl fcntl64 fdatasync fgetxattr flistxattr flock fork fremovexattr fsetxattr fstat "
      + "fstat64 fstatat64 fstatfs fstatfs64 fsync ftruncate ftruncate64 futex futimesat getcpu "
      + "getcwd getdents getdents64 getegid getegid32 geteuid geteuid32 getgid getgid32 "
      + "getgroups getgroups32 getitimer getpeername getpgid getpgrp getpid getppid getpriority "
      + "getrandom getresgid getresgid32 getresuid getresuid32 getrlimit get_robust_list "
      + "getrusage getsid getsockname getsockopt get_thread_area gettid gettimeofday getuid "
      + "getuid32 getxattr inotify_add_watch inotify_init inotify_init1 inotify_rm_watch "
      + "io_cancel ioctl io_destroy io_getevents ioprio_get ioprio_set io_setup io_submit ipc "
      + "kill lchown lchown32 lgetxattr link linkat listen listxattr llistxattr _llseek "
      + "lremovexattr lseek lsetxattr lstat lstat64 madvise memfd_create mincore mkdir mkdirat "
      + "mknod mknodat mlock mlock2 mlockall mmap mmap2 mprotect mq_getsetattr mq_notify "
      + "mq_open mq_timedreceive mq_timedsend mq_unlink mremap msgctl msgget msgrcv msgsnd "
      + "msync munlock munlockall munmap nanosleep newfstatat _newselect open openat pause "
      + "personality pipe pipe2 poll ppoll prctl pread64 preadv prlimit64 pselect6 pwrite64 "
      + "pwritev read readahead readlink readlinkat readv recv recvfrom recvmmsg recvmsg "
      + "remap_file_pages removexattr rename renameat renameat2 restart_syscall rmdir "
      + "rt_sigaction rt_sigpending rt_sigprocmask rt_sigqueueinfo rt_sigreturn rt_sigsuspend "
      + "rt_sigtimedwait rt_tgsigqueueinfo sched_getaffinity sched_getattr sched_getparam "
      + "sched_get_priority_max sched_get_priority_min sched_getscheduler sched_rr_get_interval "
      + "sched_setaffinity sched_setattr sched_setparam sched_setscheduler sched_yield seccomp "
      + "select semctl semget semop semtimedop send sendfile sendfile64 sendmmsg sendmsg sendto "
      + "setfsgid setfsgid32 setfsuid setfsuid32 setgid setgid32 setgroups setgroups32 "
      + "setitimer setpgid setpriority setregid setregid32 setresgid setresgid32 setresuid "
      + "setresuid32 setreuid setreuid32 setrlimit set_robust_list setsid setsockopt "
      + "set_thread_area set_tid_address setuid setuid32 setxattr shmat shmctl shmdt shmget "
      + "shutdown sigaltstack signalfd signalfd4 sigreturn socket socketcall socketpair splice "
      + "stat stat64 statfs statfs64 symlink symlinkat sync sync_file_range syncfs sysinfo "
      + "syslog tee tgkill time timer_create timer_delete timerfd_create timerfd_gettime "
      + "timerfd_settime timer_getoverrun timer_gettime timer_settime times tkill truncate "
      + "truncate64 ugetrlimit umask uname unlink unlinkat utime utimensat utimes vfork "
      + "vmsplice wait4 waitid waitpid write writev arch_prctl modify_ldt chroot clone";

  private static final String[][] HEAD = {
      {"Unit", "After", "systemd-journald.service"},
      {"Unit", "OnFailure", "halt.target"},
      {"Unit", "Description", "Application=hello Image=example.com/hello"},
      {"Unit", "DefaultDependencies", "false"},
      {"Unit", "Wants", "reaper-hello.service"},
      {"Unit", "Requires", "sysusers.service"},
      {"Unit", "After", "sysusers.service"},
      {"Unit", "Requires", "prepare-app@-opt-stage2-hello-rootfs.service"},
      {"Unit", "After", "prepare-app@-opt-stage2-hello-rootfs.service"},
      {"Service", "Restart", "no"},
      {"Service", "SyslogIdentifier", "hello"},
      {"Service", "StandardInput", "null"},
      {"Service", "StandardOutput", "journal+console"},
      {"Service", "StandardError", "journal+console"},
      {"Service", "TimeoutStartSec", "0"},
      {"Service", "ExecStart", "\"/bin/hello\" \"--greeting\" \"Hi there\" \"$$HOME\" \"100%%\""},
      {"Service", "RootDirectory", "/opt/stage2/hello/rootfs"},
      {"Service", "WorkingDirectory", "/"},
      {"Service", "EnvironmentFile", "/rkt/env/hello"},
      {"Service", "User", "0"},
      {"Service", "Group", "0"},
      {"Service", "PermissionsStartOnly", "true"},
      {"Service", "CapabilityBoundingSet", "CAP_AUDIT_WRITE CAP_CHOWN CAP_DAC_OVERRIDE CAP_FSETID "
          + "CAP_FOWNER CAP_KILL CAP_MKNOD CAP_NET_RAW CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID "
          + "CAP_SETPCAP CAP_SETFCAP CAP_SYS_CHROOT"},
  };

  private static final String[] TAIL_PATHS = {
      "InaccessiblePaths", "proc/config.gz", "InaccessiblePaths", "proc/kallsyms",
      "InaccessiblePaths", "proc/sched_debug", "InaccessiblePaths", "proc/kcore",
      "InaccessiblePaths", "proc/kmem", "InaccessiblePaths", "proc/mem",
      "InaccessiblePaths", "sys/firmware", "InaccessiblePaths", "sys/fs",
      "InaccessiblePaths", "sys/hypervisor", "InaccessiblePaths", "sys/module",
      "InaccessiblePaths", "sys/power", "ReadOnlyPaths", "proc/bus",
      "ReadOnlyPaths", "proc/sys/kernel/core_pattern", "ReadOnlyPaths", "proc/sys/kernel/modprobe",
      "ReadOnlyPaths", "proc/sys/vm/panic_on_oom", "ReadOnlyPaths", "proc/sysrq-trigger",
      "ReadOnlyPaths", "sys/block", "ReadOnlyPaths", "sys/bus", "ReadOnlyPaths", "sys/class",
      "ReadOnlyPaths", "sys/dev", "ReadOnlyPaths", "sys/devices", "ReadOnlyPaths", "sys/kernel",
  };

  /** The systemd release the checks target. */
  private static final int SYSTEMD = 252;

  private List<UnitOption> options;
  private Map<String, Map<String, String>> baselineMap;

  /** Builds the unit and warms the catalogue, so its one-time load is not measured. */
  @Setup
  public void setUp() {
    options = new ArrayList<>();
    for (String[] o : HEAD) {
      options.add(UnitOption.of(o[0], o[1], o[2]));
    }
    for (String name : SYSCALLS.trim().split(" ")) {
      options.add(UnitOption.of("Service", "SystemCallFilter", name));
    }
    options.add(UnitOption.of("Service", "NoNewPrivileges", "false"));
    for (int i = 0; i < TAIL_PATHS.length; i += 2) {
      options.add(UnitOption.of("Service", TAIL_PATHS[i], "-/opt/stage2/hello/rootfs/" + TAIL_PATHS[i + 1]));
    }
    options.add(UnitOption.of("Service", "MountAPIVFS", "false"));
    options.add(UnitOption.of("Service", "MountFlags", "shared"));
    options.add(UnitOption.of("Service", "DevicePolicy", "closed"));
    if (options.size() != 358) {
      throw new IllegalStateException("the hello.service shape has 358 options, not " + options.size());
    }
    baselineMap = new HashMap<>();
    for (UnitOption o : options) {
      Directive d = Directives.find(o.section(), o.name()).orElseThrow();
      baselineMap.computeIfAbsent(o.section(), s -> new HashMap<>()).put(o.name(), d.name());
    }
  }

  /** The checks under test: every option of the unit. */
  @Benchmark
  public void checkHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      bh.consume(Directives.check(o, SYSTEMD));
    }
  }

  /** Baseline: the catalogue lookup of every option, without checking values. */
  @Benchmark
  public void findHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      bh.consume(Directives.find(o.section(), o.name()));
    }
  }

  /** Baseline: a plain two-level HashMap lookup of the same keys. */
  @Benchmark
  public void hashMapHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      Map<String, String> section = baselineMap.get(o.section());
      bh.consume(section == null ? null : section.get(o.name()));
    }
  }
}
