package org.podunits.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.podunits.unit.UnitOption;

/**
 * Unit files shaped like rkt's output, for the serializer benchmark.
 *
 * <p>{@link #helloService()} is the 358 options of rkt's {@code hello.service} (stage1-units.md
 * §5.1: app {@code hello}, flavor coreos, systemd v233), in the order rkt's {@code AppUnit} and
 * {@code appSystemdUnit} append them, so {@code [Unit]} and {@code [Service]} options are
 * interleaved. Its 309 {@code SystemCallFilter=} lines are rkt's default whitelist, copied from
 * rkt v1.30.0 {@code stage1/init/common/seccomp_wildcards.go} (docker's default whitelist).
 * {@link #reaperService()} is a 10-option unit like rkt's reaper unit.
 */
final class RktUnitFixtures {

  /** rkt's default seccomp whitelist, in rkt's order. */
  static final String[] DEFAULT_WHITELIST = {
      "accept", "accept4", "access", "alarm", "bind", "brk", "capget", "capset", "chdir", "chmod",
      "chown", "chown32", "clock_getres", "clock_gettime", "clock_nanosleep", "close", "connect",
      "copy_file_range", "creat", "dup", "dup2", "dup3", "epoll_create", "epoll_create1",
      "epoll_ctl", "epoll_ctl_old", "epoll_pwait", "epoll_wait", "epoll_wait_old", "eventfd",
      "eventfd2", "execve", "execveat", "exit", "exit_group", "faccessat", "fadvise64",
      "fadvise64_64", "fallocate", "fanotify_mark", "fchdir", "fchmod", "fchmodat", "fchown",
      "fchown32", "fchownat", "fcntl", "fcntl64", "fdatasync", "fgetxattr", "flistxattr", "flock",
      "fork", "fremovexattr", "fsetxattr", "fstat", "fstat64", "fstatat64", "fstatfs", "fstatfs64",
      "fsync", "ftruncate", "ftruncate64", "futex", "futimesat", "getcpu", "getcwd", "getdents",
      "getdents64", "getegid", "getegid32", "geteuid", "geteuid32", "getgid", "getgid32",
      "getgroups", "getgroups32", "getitimer", "getpeername", "getpgid", "getpgrp", "getpid",
      "getppid", "getpriority", "getrandom", "getresgid", "getresgid32", "getresuid", "getresuid32",
      "getrlimit", "get_robust_list", "getrusage", "getsid", "getsockname", "getsockopt",
      "get_thread_area", "gettid", "gettimeofday", "getuid", "getuid32", "getxattr",
      "inotify_add_watch", "inotify_init", "inotify_init1", "inotify_rm_watch", "io_cancel",
      "ioctl", "io_destroy", "io_getevents", "ioprio_get", "ioprio_set", "io_setup", "io_submit",
      "ipc", "kill", "lchown", "lchown32", "lgetxattr", "link", "linkat", "listen", "listxattr",
      "llistxattr", "_llseek", "lremovexattr", "lseek", "lsetxattr", "lstat", "lstat64", "madvise",
      "memfd_create", "mincore", "mkdir", "mkdirat", "mknod", "mknodat", "mlock", "mlock2",
      "mlockall", "mmap", "mmap2", "mprotect", "mq_getsetattr", "mq_notify", "mq_open",
      "mq_timedreceive", "mq_timedsend", "mq_unlink", "mremap", "msgctl", "msgget", "msgrcv",
      "msgsnd", "msync", "munlock", "munlockall", "munmap", "nanosleep", "newfstatat", "_newselect",
      "open", "openat", "pause", "personality", "pipe", "pipe2", "poll", "ppoll", "prctl",
      "pread64", "preadv", "prlimit64", "pselect6", "pwrite64", "pwritev", "read", "readahead",
      "readlink", "readlinkat", "readv", "recv", "recvfrom", "recvmmsg", "recvmsg",
      "remap_file_pages", "removexattr", "rename", "renameat", "renameat2", "restart_syscall",
      "rmdir", "rt_sigaction", "rt_sigpending", "rt_sigprocmask", "rt_sigqueueinfo", "rt_sigreturn",
      "rt_sigsuspend", "rt_sigtimedwait", "rt_tgsigqueueinfo", "sched_getaffinity", "sched_getattr",
      "sched_getparam", "sched_get_priority_max", "sched_get_priority_min", "sched_getscheduler",
      "sched_rr_get_interval", "sched_setaffinity", "sched_setattr", "sched_setparam",
      "sched_setscheduler", "sched_yield", "seccomp", "select", "semctl", "semget", "semop",
      "semtimedop", "send", "sendfile", "sendfile64", "sendmmsg", "sendmsg", "sendto", "setfsgid",
      "setfsgid32", "setfsuid", "setfsuid32", "setgid", "setgid32", "setgroups", "setgroups32",
      "setitimer", "setpgid", "setpriority", "setregid", "setregid32", "setresgid", "setresgid32",
      "setresuid", "setresuid32", "setreuid", "setreuid32", "setrlimit", "set_robust_list",
      "setsid", "setsockopt", "set_thread_area", "set_tid_address", "setuid", "setuid32",
      "setxattr", "shmat", "shmctl", "shmdt", "shmget", "shutdown", "sigaltstack", "signalfd",
      "signalfd4", "sigreturn", "socket", "socketcall", "socketpair", "splice", "stat", "stat64",
      "statfs", "statfs64", "symlink", "symlinkat", "sync", "sync_file_range", "syncfs", "sysinfo",
      "syslog", "tee", "tgkill", "time", "timer_create", "timer_delete", "timerfd_create",
      "timerfd_gettime", "timerfd_settime", "timer_getoverrun", "timer_gettime", "timer_settime",
      "times", "tkill", "truncate", "truncate64", "ugetrlimit", "umask", "uname", "unlink",
      "unlinkat", "utime", "utimensat", "utimes", "vfork", "vmsplice", "wait4", "waitid", "waitpid",
      "write", "writev", "arch_prctl", "modify_ldt", "chroot", "clone"
  };

  private static final String ROOTFS = "/opt/stage2/hello/rootfs";

  private static final String[] HIDDEN_PATHS = {
    "/proc/config.gz", "/proc/kallsyms", "/proc/sched_debug", "/proc/kcore", "/proc/kmem", "/proc/mem"
  };

  private static final String[] HIDDEN_DIRS = {
    "/sys/firmware", "/sys/fs", "/sys/hypervisor", "/sys/module", "/sys/power"
  };

  private static final String[] READ_ONLY_PATHS = {
    "/proc/bus", "/proc/sys/kernel/core_pattern", "/proc/sys/kernel/modprobe", "/proc/sys/vm/panic_on_oom",
    "/proc/sysrq-trigger", "/sys/block", "/sys/bus", "/sys/class", "/sys/dev", "/sys/devices", "/sys/kernel"
  };

  private RktUnitFixtures() {}

  /** rkt's {@code hello.service}: 358 options, about 10.4 KB of text. */
  static List<UnitOption> helloService() {
    List<UnitOption> options = new ArrayList<>(358);
    unit(options, "After", "systemd-journald.service");
    unit(options, "OnFailure", "halt.target");
    unit(options, "Description", "Application=hello Image=example.com/hello");
    unit(options, "DefaultDependencies", "false");
    unit(options, "Wants", "reaper-hello.service");
    service(options, "Restart", "no");
    service(options, "SyslogIdentifier", "hello");
    service(options, "StandardInput", "null");
    service(options, "StandardOutput", "journal+console");
    service(options, "StandardError", "journal+console");
    service(options, "TimeoutStartSec", "0");
    unit(options, "Requires", "sysusers.service");
    unit(options, "After", "sysusers.service");
    service(options, "ExecStart", "\"/bin/hello\" \"--greeting\" \"Hi there\" \"$$HOME\" \"100%%\"");
    service(options, "RootDirectory", ROOTFS);
    service(options, "WorkingDirectory", "/");
    service(options, "EnvironmentFile", "/rkt/env/hello");
    service(options, "User", "0");
    service(options, "Group", "0");
    service(options, "PermissionsStartOnly", "true");
    unit(options, "Requires", "prepare-app@-opt-stage2-hello-rootfs.service");
    unit(options, "After", "prepare-app@-opt-stage2-hello-rootfs.service");
    service(options, "CapabilityBoundingSet", "CAP_AUDIT_WRITE CAP_CHOWN CAP_DAC_OVERRIDE CAP_FSETID CAP_FOWNER "
        + "CAP_KILL CAP_MKNOD CAP_NET_RAW CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_SETPCAP CAP_SETFCAP "
        + "CAP_SYS_CHROOT");
    for (String syscall : DEFAULT_WHITELIST) {
      service(options, "SystemCallFilter", syscall);
    }
    service(options, "NoNewPrivileges", "false");
    for (String path : HIDDEN_PATHS) {
      service(options, "InaccessiblePaths", "-" + ROOTFS + path);
    }
    for (String path : HIDDEN_DIRS) {
      service(options, "InaccessiblePaths", "-" + ROOTFS + path);
    }
    for (String path : READ_ONLY_PATHS) {
      service(options, "ReadOnlyPaths", "-" + ROOTFS + path);
    }
    service(options, "MountAPIVFS", "false");
    service(options, "MountFlags", "shared");
    service(options, "DevicePolicy", "closed");
    return options;
  }

  /** A 10-option unit like rkt's {@code reaper-hello.service}, [Service] first as rkt writes it. */
  static List<UnitOption> reaperService() {
    List<UnitOption> options = new ArrayList<>(10);
    service(options, "Environment", "\"EXIT_POD=true\"");
    service(options, "RemainAfterExit", "yes");
    service(options, "ExecStop", "/reaper.sh \"hello\" \"/opt/stage2/hello/rootfs\" \"/bin/hello\"");
    unit(options, "Wants", "shutdown.service");
    unit(options, "After", "shutdown.service");
    unit(options, "Description", "hello Reaper");
    unit(options, "DefaultDependencies", "false");
    unit(options, "StopWhenUnneeded", "yes");
    unit(options, "Before", "halt.target");
    unit(options, "Conflicts", "exit.target");
    return options;
  }

  private static void unit(List<UnitOption> options, String name, String value) {
    options.add(UnitOption.of("Unit", name, value));
  }

  private static void service(List<UnitOption> options, String name, String value) {
    options.add(UnitOption.of("Service", name, value));
  }
}
