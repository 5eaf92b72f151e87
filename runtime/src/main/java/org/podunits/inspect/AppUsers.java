package org.podunits.inspect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.podunits.pod.PodLayout;

/**
 * Resolves an app's user and group to the uid and gid its service runs as, as rkt's
 * {@code ParseUserGroup} does. A user is tried, in order, as
 * <ol>
 *   <li>{@code root} or a decimal number;</li>
 *   <li>an absolute path inside the app's rootfs: the owner of that file (the link itself if it
 *       is a symbolic link), less the pod's uid shift;</li>
 *   <li>a name in the app's {@code /etc/passwd}.</li>
 * </ol>
 * A group is tried the same way, with the file's group and {@code /etc/group}.
 *
 * <p>Beyond rkt: paths, {@code /etc/passwd} and {@code /etc/group} are looked up inside the app's
 * rootfs with its symbolic links evaluated there, so neither a link nor {@code ..} can reach the
 * host's files; a line rkt would have read as uid 0 (a bad or missing number) is an error naming
 * the file and line; the first entry of a name wins, as in the C library (rkt took the last).
 */
public final class AppUsers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

  /**
   * The uid and gid an app runs as.
   *
   * @param uid the user id, not negative
   * @param gid the group id, not negative
   */
  public record Ids(int uid, int gid) {
    /** Validates both ids. */
    public Ids {
      if (uid < 0 || gid < 0) {
        throw new IllegalArgumentException("uid " + uid + " and gid " + gid + " must not be negative");
      }
    }
  }

  /** What kind of id is being resolved, with the file and words that differ between the two. */
  private enum Kind {
    USER("user", "uid", "passwd", 7, "unix:uid"),
    GROUP("group", "gid", "group", 4, "unix:gid");

    /** How rkt's messages name the value: {@code invalid user}. */
    final String word;
    /** The id's short name: {@code uid}. */
    final String id;
    /** The database in {@code /etc}, and the name of one of its entries. */
    final String database;
    /** The fields of one entry: {@code name:password:uid:gid:gecos:home:shell}, {@code name:password:gid:members}. */
    final int fields;
    /** The file attribute that holds the owning id. */
    final String ownerAttribute;

    Kind(String word, String id, String database, int fields, String ownerAttribute) {
      this.word = word;
      this.id = id;
      this.database = database;
      this.fields = fields;
      this.ownerAttribute = ownerAttribute;
    }
  }

  private AppUsers() {}

  /**
   * The uid and gid for an app's user and group, resolved inside its rootfs.
   *
   * @param appRootfs the app's rootfs on this machine, {@code <pod>/stage1/rootfs/opt/stage2/<app>/rootfs}
   * @param user the app's user: {@code root}, a number, an absolute path or a name
   * @param group the app's group: {@code root}, a number, an absolute path or a name
   * @param uidShift the first host uid of the pod's private user range, or 0 when it has none; the
   *     owner of a file in a shifted rootfs is {@code uidShift} more than the id the app sees
   * @param uidCount how many uids the range holds (unused when {@code uidShift} is 0)
   * @param groupFallsBackToUid rkt's rule for images converted from docker (annotation
   *     {@code appc.io/docker/repository}) whose image user, image group and app group are the
   *     same: when the group cannot be resolved, the gid is the uid
   * @return the ids
   * @throws PodInspectionException {@code unable to determine app's uid and gid: } followed by
   *     rkt's {@code invalid user "<u>"}, {@code failed to configure user "<u>"} (or the group
   *     forms) and what is wrong, naming the file and line; or by {@code Invalid uid or gid} for a
   *     negative number
   */
  public static Ids resolve(Path appRootfs, String user, String group, int uidShift, int uidCount,
      boolean groupFallsBackToUid) throws PodInspectionException {
    Objects.requireNonNull(appRootfs, "appRootfs");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(group, "group");
    if (uidShift < 0 || uidCount < 0) {
      throw new IllegalArgumentException("uid range shift " + uidShift + " and count " + uidCount
          + " must not be negative");
    }
    try {
      int uid = resolve(appRootfs, Kind.USER, user, uidShift, uidCount);
      int gid;
      try {
        gid = resolve(appRootfs, Kind.GROUP, group, uidShift, uidCount);
      } catch (PodInspectionException e) {
        // A number never takes the fallback: rkt only falls back when the lookup finds nothing.
        if (!groupFallsBackToUid || DECIMAL.matcher(group).matches()) {
          throw e;
        }
        gid = uid;
      }
      return new Ids(uid, gid);
    } catch (PodInspectionException e) {
      throw new PodInspectionException("unable to determine app's uid and gid: " + e.getMessage(), e);
    }
  }

  /** The uid and gid for an app's user and group, in a rootfs without a uid shift. */
  public static Ids resolve(Path appRootfs, String user, String group) throws PodInspectionException {
    return resolve(appRootfs, user, group, 0, 0, false);
  }

  private static int resolve(Path rootfs, Kind kind, String value, int shift, int count)
      throws PodInspectionException {
    String invalid = "invalid " + kind.word + " \"" + value + "\"";
    String failed = "failed to configure " + kind.word + " \"" + value + "\"";
    if (value.equals("root")) {
      return 0;
    }
    if (DECIMAL.matcher(value).matches()) {
      long id;
      try {
        id = Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new PodInspectionException(invalid + ": a " + kind.id + " is at most " + Integer.MAX_VALUE, e);
      }
      if (id < 0) {
        throw new PodInspectionException("Invalid uid or gid: " + kind.word + " \"" + value + "\" is negative");
      }
      if (id > Integer.MAX_VALUE) {
        throw new PodInspectionException(invalid + ": a " + kind.id + " is at most " + Integer.MAX_VALUE);
      }
      return (int) id;
    }
    if (value.startsWith("/")) {
      return owner(rootfs, kind, value, shift, count, failed);
    }
    if (value.isEmpty() || value.chars().anyMatch(c -> c == ':' || c < 0x20 || c == 0x7f)) {
      throw new PodInspectionException(invalid + ": it must be root, a number, an absolute path or a "
          + kind.word + " name without ':' or control characters");
    }
    return fromDatabase(rootfs, kind, value, failed);
  }

  private static int owner(Path rootfs, Kind kind, String value, int shift, int count, String failed)
      throws PodInspectionException {
    if (value.indexOf('\0') >= 0) {
      throw new PodInspectionException(failed + ": the path holds a NUL");
    }
    String cleaned = PodLayout.clean(value);
    Path file;
    if (cleaned.equals("/")) {
      file = rootfs;
    } else {
      int slash = cleaned.lastIndexOf('/');
      String parent = RootfsPaths.evaluateInside(rootfs, cleaned.substring(0, slash));
      file = RootfsPaths.onHost(rootfs, parent).resolve(cleaned.substring(slash + 1));
    }
    int owner;
    try {
      owner = (Integer) Files.getAttribute(file, kind.ownerAttribute, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      throw new PodInspectionException(failed + ": unable to stat file " + file, e);
    }
    long unsigned = Integer.toUnsignedLong(owner);
    if (shift == 0) {
      if (unsigned > Integer.MAX_VALUE) {
        throw new PodInspectionException(failed + ": " + file + " is owned by " + kind.id + " "
            + unsigned + ", which is out of range");
      }
      return owner;
    }
    if (unsigned < shift || unsigned >= (long) shift + count) {
      throw new PodInspectionException(failed + ": " + file + " is owned by " + kind.id + " " + unsigned
          + ", outside the pod's uid range of " + count + " ids from " + shift);
    }
    return (int) (unsigned - shift);
  }

  private static int fromDatabase(Path rootfs, Kind kind, String name, String failed)
      throws PodInspectionException {
    Path file = RootfsPaths.onHost(rootfs, RootfsPaths.evaluateInside(rootfs, "/etc/" + kind.database));
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PodInspectionException(failed + ": cannot read " + file, e);
    }
    String[] lines = text.split("\n", -1);
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      String[] fields = line.split(":", -1);
      if (!fields[0].equals(name)) {
        continue;
      }
      String where = failed + ": " + file + " line " + number + ": ";
      if (fields.length < kind.fields) {
        throw new PodInspectionException(where + "the entry has " + fields.length + " fields, a "
            + kind.database + " entry has " + kind.fields);
      }
      String id = fields[2];
      if (!id.matches("[0-9]+") || id.length() > 10 || Long.parseLong(id) > Integer.MAX_VALUE) {
        throw new PodInspectionException(where + kind.id + " \"" + id
            + "\" is not a number between 0 and " + Integer.MAX_VALUE);
      }
      return Integer.parseInt(id);
    }
    throw new PodInspectionException(failed + ": no " + kind.word + " \"" + name + "\" in " + file);
  }
}
