package org.podunits.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.unit.UnitFile;

/**
 * An immutable, ordered plan of what a pod's stage1 needs on disk: unit files, want links and
 * plain files (environment files, sysusers files), each at a path relative to the pod root.
 *
 * <p>Building a plan touches nothing on disk; {@code writeTo} applies it. Every path is relative
 * and normalized (no {@code ..}, not absolute, not empty), and no two entries share a path.
 */
public final class UnitSet {

  /** One thing to put on disk. A {@code switch} over the three kinds is checked by the compiler. */
  public sealed interface Entry permits UnitEntry, LinkEntry, FileEntry {
    /** Where the entry goes, relative to the pod root. */
    Path path();

    /** rkt's message for this step when it fails, such as {@code failed to write default.target}. */
    String failure();
  }

  /**
   * A unit file, written with mode 0644.
   *
   * @param path where the unit goes, relative to the pod root
   * @param unit the unit's options
   * @param failure the message when writing it fails
   */
  public record UnitEntry(Path path, UnitFile unit, String failure) implements Entry {
    /** Validates the path and failure message. */
    public UnitEntry {
      path = checkPath(path);
      Objects.requireNonNull(unit, "unit");
      failure = checkFailure(failure, path);
    }
  }

  /**
   * A symbolic link, such as a want link whose target is {@code ../<unit>}.
   *
   * @param path where the link goes, relative to the pod root
   * @param target the link's target text, stored as it is
   * @param failure the message when creating it fails
   */
  public record LinkEntry(Path path, String target, String failure) implements Entry {
    /** Validates the path, target and failure message. */
    public LinkEntry {
      path = checkPath(path);
      Objects.requireNonNull(target, "target");
      if (target.isEmpty() || target.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("link " + path + ": target must be non-empty and hold no NUL");
      }
      failure = checkFailure(failure, path);
    }
  }

  /**
   * A plain file with its exact bytes and mode.
   *
   * @param path where the file goes, relative to the pod root
   * @param content the bytes (copied in and out, so the entry stays immutable)
   * @param mode the permission bits, between 0 and 07777
   * @param failure the message when writing it fails
   */
  public record FileEntry(Path path, byte[] content, int mode, String failure) implements Entry {
    /** Validates the path, mode and failure message, and copies the content. */
    public FileEntry {
      path = checkPath(path);
      content = Objects.requireNonNull(content, "content").clone();
      if (mode < 0 || mode > 07777) {
        throw new IllegalArgumentException("file " + path + ": mode " + Integer.toOctalString(mode)
            + " is not a permission mode between 0 and 7777 (octal)");
      }
      failure = checkFailure(failure, path);
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] content() {
      return content.clone();
    }

    /** The entry's own bytes, not copied, for the writer in this package, which only reads them. */
    byte[] sharedContent() {
      return content;
    }

    /** The bytes as UTF-8 text. */
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FileEntry
          && ((FileEntry) other).path.equals(path)
          && Arrays.equals(((FileEntry) other).content, content)
          && ((FileEntry) other).mode == mode
          && ((FileEntry) other).failure.equals(failure);
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, Arrays.hashCode(content), mode, failure);
    }

    @Override
    public String toString() {
      return "FileEntry[path=" + path + ", " + content.length + " bytes, mode="
          + Integer.toOctalString(mode) + ", failure=" + failure + "]";
    }
  }

  private final List<Entry> entries;

  private UnitSet(List<Entry> entries) {
    this.entries = entries;
  }

  /** A builder for a plan, entries in the order they will be applied. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entries, in the order they are applied. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Checks every option of every unit in the plan against the directive catalogue for a target
   * systemd release, and that each unit's sections suit its type. Each problem's message starts
   * with the unit's path relative to the pod root, such as {@code
   * stage1/rootfs/usr/lib/systemd/system/web.service: [Service] Nice=40: ...}.
   *
   * @param systemdVersion the systemd release of the pod's stage1, such as 252
   * @return the problems, in entry and option order; empty when systemd takes every unit as written
   */
  public List<Problem> check(int systemdVersion) {
    List<Problem> problems = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry instanceof UnitEntry unit) {
        Path name = unit.path().getFileName();
        String unitName = name.toString().endsWith(".conf") && unit.path().getParent() != null
            ? unit.path().getParent().getFileName().toString()
            : name.toString();
        for (Problem problem : Directives.checkUnit(unitName, unit.unit(), systemdVersion)) {
          problems.add(problem.in(unit.path().toString()));
        }
      }
    }
    return Collections.unmodifiableList(problems);
  }

  /**
   * What the plan puts on disk, as text sorted by path: a unit's serialized text, a link as
   * {@code -> target}, a file's bytes as UTF-8. For previews and golden tests.
   */
  public SortedMap<String, String> render() {
    SortedMap<String, String> rendered = new TreeMap<>();
    for (Entry entry : entries) {
      String text;
      if (entry instanceof UnitEntry unit) {
        text = unit.unit().serialize();
      } else if (entry instanceof LinkEntry link) {
        text = "-> " + link.target();
      } else {
        text = ((FileEntry) entry).text();
      }
      rendered.put(entry.path().toString(), text);
    }
    return Collections.unmodifiableSortedMap(rendered);
  }

  /**
   * Applies the plan to a pod root, all or nothing, not durable and without a uid shift. See
   * {@link #writeTo(Path, WriteOptions)}.
   *
   * @param podRoot the pod's root directory, which must exist
   * @throws UnitWriteException the first entry that failed, after everything was put back
   */
  public void writeTo(Path podRoot) throws UnitWriteException {
    writeTo(podRoot, WriteOptions.DEFAULT);
  }

  /**
   * Applies the plan to a pod root, all or nothing: the entries in order, each as {@link
   * UnitWriter} writes it (confined to the root, atomic, exact modes, missing directories created
   * 0755, an existing symbolic link at a link entry's path kept).
   *
   * <p><b>If an entry fails</b>, the run puts back what it changed and throws that entry's
   * failure; problems met while putting back are attached to it as suppressed exceptions. Every
   * file or link it replaced holds its old inode again (same bytes, mode and owner), every file,
   * link and directory it created is removed, and directories that existed before are kept: the
   * tree is as it was before the call. A replaced path is never missing or partly written on the
   * way: before a path is replaced, its old inode gets a second name (a hard link, so the pod
   * root's file system must support hard links) and going back is one rename.
   *
   * <p><b>If the process dies</b> during the run (a JVM crash, {@code kill -9}), there is no
   * rollback. Each entry's path then holds either its complete old content (or nothing, if it did
   * not exist) or its complete new content; never a partial file. Paths may differ in which of the
   * two they hold. Left behind may be, in the entry's directory: {@code .<name>.podunits-new-<hex>}
   * (new content not yet in place, possibly partial: delete it) and {@code
   * .<name>.podunits-old-<hex>} (the replaced content of {@code <name>}: rename it over {@code
   * <name>} to go back, or delete it to keep the new content), where {@code <name>} is the entry's
   * file name cut to 64 characters; and directories the run created. Without {@link
   * WriteOptions#durable()}, a host crash (power loss) can lose any of it: the operating system
   * had not yet written it to the device.
   *
   * <p>The pod root must not be changed by anyone else during the run. The run relies on that: it
   * looks at each directory that predates it once, and where the plan puts several files in such a
   * directory it may list it once and take a name missing from that listing as new, renaming over
   * it without a backup.
   *
   * @param podRoot the pod's root directory, which must exist
   * @param options durability and uid shift
   * @throws UnitWriteException the first entry that failed, after everything was put back
   */
  public void writeTo(Path podRoot, WriteOptions options) throws UnitWriteException {
    UnitWriter.writeAll(podRoot, options, entries);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitSet && ((UnitSet) other).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "UnitSet" + entries;
  }

  /** Composes a {@link UnitSet}; entries are applied in the order they are added. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Path> paths = new HashSet<>();

    private Builder() {}

    /** Adds a unit file at {@code path}. */
    public Builder unit(Path path, UnitFile unit, String failure) {
      return add(new UnitEntry(path, unit, failure));
    }

    /** Adds a symbolic link at {@code path} whose target text is {@code target}. */
    public Builder link(Path path, String target, String failure) {
      return add(new LinkEntry(path, target, failure));
    }

    /** Adds a plain file at {@code path} with these bytes and permission mode. */
    public Builder file(Path path, byte[] content, int mode, String failure) {
      return add(new FileEntry(path, content, mode, failure));
    }

    /** Adds an entry made elsewhere, for instance one taken from another set. */
    public Builder add(Entry entry) {
      Objects.requireNonNull(entry, "entry");
      if (!paths.add(entry.path())) {
        throw new IllegalArgumentException("unit set: two entries for the path " + entry.path());
      }
      entries.add(entry);
      return this;
    }

    /** Adds every entry of another set, in its order. */
    public Builder addAll(UnitSet other) {
      for (Entry entry : other.entries) {
        add(entry);
      }
      return this;
    }

    /** The plan, with the entries added so far. */
    public UnitSet build() {
      return new UnitSet(List.copyOf(entries));
    }
  }

  static Path checkPath(Path path) {
    Objects.requireNonNull(path, "path");
    if (path.isAbsolute() || path.getRoot() != null) {
      throw new IllegalArgumentException("path " + path + " must be relative to the pod root, not absolute");
    }
    String text = path.toString();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
    // The text, not the Path's names: iterating a Path makes a Path per name, and a plan checks
    // every entry. A Path's text has no empty names.
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('/', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.charAt(start) == '.' && (end - start == 1 || end - start == 2 && text.charAt(start + 1) == '.')) {
        throw new IllegalArgumentException("path " + path + " must be normalized: it holds a '"
            + text.substring(start, end) + "' component");
      }
      start = end + 1;
    }
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path " + path + " holds a NUL");
    }
    return path;
  }

  private static String checkFailure(String failure, Path path) {
    Objects.requireNonNull(failure, "failure message for " + path);
    if (failure.isEmpty()) {
      throw new IllegalArgumentException("the failure message for " + path + " must not be empty");
    }
    return failure;
  }
}
