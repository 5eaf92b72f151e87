package org.podunits.pod;

import java.util.Locale;

/**
 * The kinds of {@link Diagnostic}, each with a stable id in lower-case kebab case (the constant's
 * name with {@code -} for {@code _}): what tests, tools and users match on instead of message text.
 */
public enum DiagnosticCode {
  /** A value that must be given is null. */
  VALUE_NULL,
  /** A name is not an appc ACName (app, volume, port, mount point names). */
  NAME_INVALID,
  /** An architecture rkt's stage1 is not built for. */
  ARCHITECTURE_UNKNOWN,
  /** An image or annotation name is not an appc ACIdentifier. */
  IDENTIFIER_INVALID,
  /** Free text holds a control character (newline, tab...) where it would break a file. */
  TEXT_CONTROL_CHARACTER,
  /** Free text holds a NUL, which no file podunits writes can carry. */
  TEXT_NUL,
  /** A path that must be absolute is relative. */
  PATH_RELATIVE,
  /** A mount path holds a space, quote or backslash, which would split systemd's path lists. */
  PATH_SPLITS_LIST,
  /** The working directory ends with a space or backslash, which systemd would strip or join. */
  WORKING_DIRECTORY_TRAILING,
  /** An app has no image name. */
  IMAGE_MISSING,
  /** An app's or handler's command line is empty. */
  EXEC_EMPTY,
  /** An app's executable is relative and no resolved binPath was given. */
  EXEC_RELATIVE,
  /** An executable is empty or holds a {@code $}, which systemd keeps literally there. */
  EXECUTABLE_INVALID,
  /** A command word systemd could not be given (an unpaired surrogate, a noncharacter...). */
  EXEC_UNQUOTABLE,
  /** A uid, gid or supplementary gid is negative. */
  ID_NEGATIVE,
  /** An environment variable name breaks the shell's rules. */
  ENVIRONMENT_NAME_INVALID,
  /** An environment variable is set twice. */
  ENVIRONMENT_DUPLICATE,
  /** An annotation is given twice. */
  ANNOTATION_DUPLICATE,
  /** An annotation that rkt turns into behaviour, which has a typed setting in podunits. */
  ANNOTATION_HAS_SETTING,
  /** Stream and tty modes mixed in one app. */
  STDIO_STREAM_AND_TTY,
  /** A capability name that is not a Linux capability. */
  CAPABILITY_UNKNOWN,
  /** Both a retain set and a remove set of capabilities. */
  CAPABILITIES_MIXED,
  /** A seccomp set given twice. */
  SECCOMP_DUPLICATE,
  /** A seccomp name that is neither a syscall of the pod's architecture nor a known group. */
  SECCOMP_NAME_UNKNOWN,
  /** A seccomp group the pod's systemd does not have yet. */
  SECCOMP_GROUP_UNSUPPORTED,
  /** A seccomp errno that is not an errno name. */
  SECCOMP_ERRNO_INVALID,
  /** A resource quantity that is not a Kubernetes quantity. */
  QUANTITY_MALFORMED,
  /** A memory limit that is not a whole number of bytes, such as {@code 256m}. */
  MEMORY_NOT_WHOLE_BYTES,
  /** A memory limit below one page of 4096 bytes. */
  MEMORY_BELOW_PAGE,
  /** A resource limit out of its range. */
  RESOURCE_OUT_OF_RANGE,
  /** Two mount points with one name or at one path. */
  MOUNT_POINT_DUPLICATE,
  /** A mount bringing a volume of another name along. */
  MOUNT_VOLUME_MISMATCH,
  /** A port number outside 1 to 65535. */
  PORT_OUT_OF_RANGE,
  /** Two ports of one app with one name. */
  PORT_DUPLICATE,
  /** A protocol other than tcp or udp. */
  PROTOCOL_UNKNOWN,
  /** An event name other than pre-start or post-stop. */
  EVENT_UNKNOWN,
  /** An extra option that is no valid unit line. */
  OPTION_INVALID,
  /** An extra option naming a directive systemd does not know in that section. */
  OPTION_UNKNOWN_DIRECTIVE,
  /** An extra option in a section a service unit does not have. */
  OPTION_WRONG_SECTION,
  /** An extra option whose value systemd cannot parse. */
  OPTION_BAD_VALUE,
  /** An extra option the pod's systemd does not have yet, or ignores. */
  OPTION_UNSUPPORTED_VERSION,
  /** An extra option systemd deprecates. */
  OPTION_DEPRECATED,
  /** An extra option podunits writes itself from a typed setting. */
  OPTION_WRITTEN_BY_PODUNITS,
  /** Two apps with one name. */
  APP_DUPLICATE,
  /** Two volumes with one name. */
  VOLUME_DUPLICATE,
  /** An empty volume with a source. */
  VOLUME_EMPTY_WITH_SOURCE,
  /** A mount of a volume the pod does not have. */
  VOLUME_MISSING,
  /** A host port forward naming a port no app has. */
  HOST_PORT_UNKNOWN,
  /** A metadata URL that is empty or holds a space. */
  METADATA_URL_INVALID,
  /** A uid range with a negative shift or count. */
  UID_RANGE_INVALID,
  /** A stage1 flavor rkt does not ship. */
  STAGE1_FLAVOR_UNKNOWN,
  /** A stage1 systemd version that is no release number. */
  STAGE1_VERSION_INVALID,
  /** Attachable I/O on a stage1 whose systemd predates it. */
  ATTACHABLE_IO_UNSUPPORTED,
  /** The {@code k8s-plain} log mode with an app that has no log path. */
  LOG_PATH_MISSING,
  /** A handler's plain program name on a systemd before 239. */
  HANDLER_PROGRAM_RELATIVE,
  /** An app added to an immutable pod. */
  POD_IMMUTABLE,
  /** A value the model let through that a unit line cannot hold (an over-long line...). */
  UNIT_VALUE_INVALID,
  /** A socket-activated port without a host port forward: it listens on the image port. */
  PORT_NOT_FORWARDED,
  /** A mount point the pod has no volume for: it gets an empty volume removed with the pod. */
  MOUNT_POINT_WITHOUT_VOLUME;

  /** The stable id, such as {@code exec-relative}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
