#!/usr/bin/perl
# The program at every Exec path of a booted test pod: it reports what it received (argv,
# environment, credentials, capabilities, file system and device view, sockets, seccomp) as one
# native journal entry, writes a marker on stdout and stderr, and exits with the status that
# /podunits-boot.conf gives for its path ("exit:<path> <status>"; default 0). Perl because Debian's perl-base is always installed.
use strict;
use warnings;
use Socket;
use POSIX ();
use Cwd ();

my %conf;
if (open(my $c, '<', '/podunits-boot.conf')) {
  while (<$c>) {
    chomp;
    my ($key, $value) = split(/ /, $_, 2);
    $conf{$key} = $value;
  }
}

my @fields;
sub field { push @fields, [@_]; }

sub errno_of {
  my ($ok) = @_;
  return $ok ? 'ok' : 'errno=' . ($! + 0);
}

my $unit = '';
if (open(my $g, '<', '/proc/self/cgroup')) {
  while (<$g>) {
    $unit = $1 if m{^0::.*/([^/\n]+)$};
  }
}
field('PODUNITS_UNIT', $unit);
field('PODUNITS_PROGRAM', $0);
field('PODUNITS_ARGV', join("\0", @ARGV));
field('PODUNITS_ENV', join("\0", map { "$_=$ENV{$_}" } sort keys %ENV));
field('PODUNITS_IDS', join(' ', $<, $>, (split(/ /, $( ))[0], (split(/ /, $) ))[0]));
my @groups = split(/ /, $) );
shift @groups;
field('PODUNITS_GROUPS', join(' ', sort { $a <=> $b } @groups));
field('PODUNITS_CWD', Cwd::getcwd() // '');
if (open(my $s, '<', '/proc/self/status')) {
  my @keep = grep { /^(CapEff|CapBnd|CapAmb|NoNewPrivs|Seccomp):/ } <$s>;
  chomp @keep;
  field('PODUNITS_STATUS', join("\n", @keep));
}

# A syscall outside every filter podunits writes but inside systemd-nspawn's: name_to_handle_at(2)
# on / with no room for the handle, which only asks. A child makes it, so that a filter that kills
# (SIGSYS) kills only the child. Refused (EPERM, EACCES, ENOSYS) exits 100 + errno; reaching the
# kernel (success, EOVERFLOW, EOPNOTSUPP...) exits 0.
my $pid = fork();
if (defined $pid && $pid == 0) {
  my $handle = pack('LL', 0, 0);
  my $mount = pack('l', 0);
  my $root = '/';
  my $r = syscall(303, -100, $root, $handle, $mount, 0);
  my $errno = $! + 0;
  POSIX::_exit($r >= 0 || ($errno != 1 && $errno != 13 && $errno != 38) ? 0 : 100 + $errno);
}
waitpid($pid, 0);
field('PODUNITS_SYSCALL', ($? & 127) ? 'signal=' . ($? & 127) : 'exit=' . ($? >> 8));

my $hidden = '';
if (open(my $k, '<', '/proc/kallsyms')) {
  sysread($k, $hidden, 16);
  field('PODUNITS_KALLSYMS', length($hidden) ? 'readable' : 'empty');
} else {
  field('PODUNITS_KALLSYMS', errno_of(0));
}
field('PODUNITS_ROOT_WRITE', errno_of(open(my $r, '>', '/.podunits-write-probe')));
unlink '/.podunits-write-probe';
my @writable;
for my $dir (split(/ /, $conf{writable} // '')) {
  push @writable, $dir . '=' . errno_of(open(my $f, '>', "$dir/.podunits-write-probe"));
  unlink "$dir/.podunits-write-probe";
}
field('PODUNITS_WRITABLE', join(' ', @writable));
field('PODUNITS_DEVICE', errno_of(open(my $t, '+<', '/dev/net/tun')));

my @fds;
for my $fd (3 .. 2 + ($ENV{LISTEN_FDS} // 0)) {
  my $desc = 'fd' . $fd . '=';
  if (open(my $h, '+<&=', $fd)) {
    my $addr = getsockname($h);
    if (!defined $addr) {
      $desc .= 'other';
    } elsif (sockaddr_family($addr) == AF_INET6) {
      $desc .= 'port:' . (unpack_sockaddr_in6($addr))[0];
    } elsif (sockaddr_family($addr) == AF_INET) {
      $desc .= 'port:' . (unpack_sockaddr_in($addr))[0];
    } else {
      $desc .= 'socket';
    }
  } else {
    $desc .= 'closed';
  }
  push @fds, $desc;
}
field('PODUNITS_FDS', join(' ', @fds));

if (defined $conf{bind}) {
  socket(my $b, AF_INET, SOCK_STREAM, 0) or die "socket: $!";
  field('PODUNITS_BIND', errno_of(bind($b, pack_sockaddr_in($conf{bind}, INADDR_LOOPBACK))));
}

my $entry = '';
for my $f (['MESSAGE', 'podunits boot report'], ['SYSLOG_IDENTIFIER', 'podunits-boot'], @fields) {
  my ($name, $value) = @$f;
  $entry .= $name . "\n" . pack('Q<', length($value)) . $value . "\n";
}
# Where the journal's socket is not in the app's view (a private /run), the report goes to stdout
# as one hex line, which the journal keeps when stdout is logged.
socket(my $journal, AF_UNIX, SOCK_DGRAM, 0) or die "socket: $!";
if (!send($journal, $entry, 0, pack_sockaddr_un('/run/systemd/journal/socket'))) {
  syswrite(STDOUT, 'podunits-report ' . unpack('H*', $entry) . "\n");
}

if ($ENV{NOTIFY_SOCKET}) {
  socket(my $n, AF_UNIX, SOCK_DGRAM, 0) or die "socket: $!";
  my $path = $ENV{NOTIFY_SOCKET};
  $path =~ s/^@/\0/;
  send($n, "READY=1", 0, pack_sockaddr_un($path));
}

syswrite(STDOUT, "podunits-stdout $0\n");
syswrite(STDERR, "podunits-stderr $0\n");

# A streamed stdio FIFO loses what nobody has read once the app stops and systemd closes it, and
# the iottymux stand-in starts only after the app: wait (at most 10 s) until it has read everything.
for my $handle (\*STDOUT, \*STDERR) {
  next if !-p $handle;
  for (1 .. 500) {
    my $unread = pack('i', 0);
    last if !ioctl($handle, 0x541B, $unread) || unpack('i', $unread) == 0;
    select(undef, undef, undef, 0.02);
  }
}
exit($conf{"exit:$0"} // 0);
