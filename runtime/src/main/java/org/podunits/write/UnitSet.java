package org.podunits.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.unit.SystemdText;
import org.podunits.unit.UnitFile;

/**
 * An immutable, ordered plan of what a pod's stage1 needs on disk: unit files, want links and
 * plain files (environment files, sysusers files), each at a path relative to the pod root.
 *
 * <p>Building a plan touches nothing on disk; {@code writeTo} applies it. Every path is relative
 * and normalized (no {@code ..}, not absolute, not empty), and no two entries share a path.
 *
 * <p><b>Scope.</b> A plan has a scope, a name for the part of the pod root it describes: {@value
 * #POD_SCOPE} (the default) for the whole pod, or a smaller part, such as {@code app/web} for one
 * app added to a running pod. Several plans of different scopes share one pod root: writing a plan
 * replaces what the last plan of the same scope wrote there, and leaves what plans of other scopes
 * wrote. So a pod's base units ({@code PodUnits.mutableEnv}, scope {@value #POD_SCOPE}) and each
 * added app ({@code PodUnits.appAdd}, scope {@code app/<name>}) can be written in any order and
 * rewritten one at a time. The rules:
 *
 * <ul>
 *   <li>{@code writeTo} removes a file or link only if the last plan of the plan's own scope
 *       wrote it and this plan lacks it; {@code differences} reports only those as stale.
 *   <li>A path written by plans of two scopes belongs to the last writer: the later plan replaces
 *       the file or link (which podunits wrote, so it is not someone else's) and owns it from then
 *       on. The earlier scope no longer lists it: rewriting that scope without the path leaves it
 *       alone, rewriting it with the path takes it back, and rewriting the later scope without it
 *       removes it.
 *   <li>A directory podunits created is removed once it is empty and no scope's plan needs it.
 * </ul>
 */
public final class UnitSet {

  /** The default scope: the whole pod. */
  public static final String POD_SCOPE = "pod";

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
      path = EntryChecks.path(path);
      Objects.requireNonNull(unit, "unit");
      failure = EntryChecks.failure(failure, path);
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
      path = EntryChecks.path(path);
      target = EntryChecks.linkTarget(path, target);
      failure = EntryChecks.failure(failure, path);
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
      path = EntryChecks.path(path);
      content = Objects.requireNonNull(content, "content").clone();
      mode = EntryChecks.mode(path, mode);
      failure = EntryChecks.failure(failure, path);
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

  private final String scope;
  private final List<Entry> entries;

  private UnitSet(String scope, List<Entry> entries) {
    this.scope = scope;
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
   * The part of the pod root the plan describes, such as {@value #POD_SCOPE} or {@code app/web}:
   * what {@link #writeTo} may remove as stale is what the last plan of this scope wrote.
   */
  public String scope() {
    return scope;
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
   * Applies the plan to a pod root, all or nothing, across a crash too: the entries in order, each
   * as {@link UnitWriter} writes it (confined to the root, exact modes, missing directories created
   * 0755, someone else's symbolic link at a link entry's path kept), and what the previous plan
   * of the same {@linkplain #scope() scope} written there had that this one lacks removed.
   *
   * <p><b>What podunits wrote.</b> The pod root's manifest, the file {@code .podunits-manifest},
   * lists, by scope, the files and links the last plan of each scope wrote there, and the
   * directories podunits created for them. A run removes the files and links its scope has in
   * that list and its plan lacks, and the directories no scope needs any more once they are
   * empty; it never removes anything else. A file that already
   * holds the entry's bytes, mode and owner is left as it is (same inode, same modification time);
   * a run that would change nothing writes nothing, the manifest included.
   *
   * <p><b>If an entry fails</b>, the run puts back what it changed and throws that entry's
   * failure; problems met while putting back are attached to it as suppressed exceptions. Every
   * file or link it replaced or removed holds its old inode again (same bytes, mode and owner),
   * everything it created is removed and the directories it removed are back: the tree is as it
   * was before the call.
   *
   * <p><b>If the process dies</b> at any instant (a JVM crash, {@code kill -9}), the next {@code
   * writeTo} in that pod root, or {@link #recover(Path)}, first takes the tree to exactly the old
   * state or exactly the new one, and removes every temporary name of the run. The run stages
   * every change under temporary names beside the targets ({@code .<name>.podunits-new-<i>}, with
   * {@code .<name>.podunits-old-<i>} as a second name of each inode it replaces and {@code
   * .<name>.podunits-gone-<i>} for each it removes), having first written its intent to the
   * journal {@code .podunits-journal} in the pod root; a run cut short before its commit point is
   * undone, one cut short after it is completed. Until then, each entry's path holds either its
   * complete old content or its complete new content, never a partial file. With {@link
   * WriteOptions#durable()} the same holds across a host crash (power loss): every file, the
   * journal and every changed directory reach the device before the step that relies on them.
   * Without it, a host crash can lose any of it: the operating system had not yet written it.
   *
   * <p>The pod root must not be changed by anyone else during the run, and two runs must not work
   * in one pod root at once: a run holds a lock on its journal, and a second run that finds a
   * locked journal fails, changing nothing; so does one that finds, once it holds its own journal,
   * that another run replaced the manifest after it read it. The run relies on
   * that: it looks at each directory that predates it once, and where the plan puts several files
   * in such a directory it may list it once and take a name missing from that listing as new.
   * Replacing a file gives its inode a second name (a hard link), so the pod root's file system
   * must support hard links.
   *
   * @param podRoot the pod's root directory, which must exist
   * @param options durability and uid shift
   * @throws UnitWriteException the first entry that failed, after everything was put back; or
   *     the recovery of an earlier run that was cut short failed, and nothing was written
   */
  public void writeTo(Path podRoot, WriteOptions options) throws UnitWriteException {
    PlanWrite.apply(Objects.requireNonNull(podRoot, "podRoot"),
        Objects.requireNonNull(options, "options"), scope, entries);
  }

  /**
   * Finishes or undoes a {@link #writeTo} that was cut short in a pod root, as its journal says,
   * and removes the temporary files any podunits writer left in the directories of the pod root's
   * manifest: those of a {@link UnitWriter} killed in the middle of a step, too. {@code writeTo}
   * does the first part itself before it writes; this is for a pod root that is not written again.
   * Nothing happens in a pod root without a journal or leftovers.
   *
   * @param podRoot the pod's root directory
   * @throws UnitWriteException the interrupted run could not be finished or undone
   */
  public static void recover(Path podRoot) throws UnitWriteException {
    Objects.requireNonNull(podRoot, "podRoot");
    WriteJournal.recover(podRoot);
    try {
      Set<Path> directories = new LinkedHashSet<>();
      for (Manifest.Item item : Manifest.read(podRoot).items()) {
        directories.add(podRoot.resolve(item.path()).getParent());
      }
      for (Path directory : directories) {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory,
            path -> TempFiles.isTemporary(path.getFileName().toString()))) {
          for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
          }
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      throw UnitWriteException.of("failed to remove temporary files in " + podRoot,
          e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e);
    }
  }

  /**
   * What {@link #writeTo} would change in a pod root, without changing anything: entries that are
   * missing, hold other bytes, another mode, another link target or another type of file, in
   * entry order, then what the pod root's manifest lists in this plan's scope that the plan lacks
   * ({@link PlanDifference.Kind#STALE}), in the manifest's order: what other scopes wrote is not
   * this plan's to remove and is not reported. Empty when the pod root holds the plan. A file's
   * owner is not compared.
   *
   * @param podRoot the pod's root directory
   * @return the differences
   * @throws IOException the pod root or its manifest cannot be read
   */
  public List<PlanDifference> differences(Path podRoot) throws IOException {
    Objects.requireNonNull(podRoot, "podRoot");
    Manifest manifest = Manifest.read(podRoot);
    Set<Path> ours = new HashSet<>();
    for (Manifest.Item item : manifest.items()) {
      ours.add(item.path());
    }
    List<PlanDifference> differences = new ArrayList<>();
    Set<Path> planned = new HashSet<>();
    for (Entry entry : entries) {
      planned.add(entry.path());
      Path path = podRoot.resolve(entry.path());
      String type = typeOf(path);
      if (entry instanceof LinkEntry link) {
        if (type == null) {
          differences.add(difference(PlanDifference.Kind.MISSING, entry, null, link.target()));
        } else if (!type.equals("link")) {
          differences.add(difference(PlanDifference.Kind.TYPE, entry, type, "link"));
        } else if (ours.contains(entry.path())) {
          String present = Files.readSymbolicLink(path).toString();
          if (!present.equals(podRoot.getFileSystem().getPath(link.target()).toString())) {
            differences.add(
                difference(PlanDifference.Kind.LINK_TARGET, entry, present, link.target()));
          }
        }
        continue;
      }
      byte[] wanted = entry instanceof UnitEntry unit
          ? unit.unit().serialize().getBytes(StandardCharsets.UTF_8)
          : ((FileEntry) entry).content;
      int mode = entry instanceof FileEntry file ? file.mode() : UnitWriter.UNIT_MODE;
      if (type == null) {
        differences.add(difference(PlanDifference.Kind.MISSING, entry, null, utf8(wanted)));
      } else if (!type.equals("file")) {
        differences.add(difference(PlanDifference.Kind.TYPE, entry, type, "file"));
      } else {
        byte[] present = Files.readAllBytes(path);
        if (!Arrays.equals(present, wanted)) {
          differences.add(
              difference(PlanDifference.Kind.CONTENT, entry, utf8(present), utf8(wanted)));
        }
        int presentMode =
            (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
        if (presentMode != mode) {
          differences.add(difference(PlanDifference.Kind.MODE, entry,
              Integer.toOctalString(presentMode), Integer.toOctalString(mode)));
        }
      }
    }
    for (Manifest.Item item : manifest.items()) {
      Path path = podRoot.resolve(item.path());
      String type = typeOf(path);
      if (item.scope().equals(scope) && !planned.contains(item.path()) && type != null) {
        String present = type.equals("link") ? "link -> " + Files.readSymbolicLink(path) : type;
        differences.add(new PlanDifference(PlanDifference.Kind.STALE, item.path(), present, null));
      }
    }
    return Collections.unmodifiableList(differences);
  }

  /** {@code file}, {@code link}, {@code directory} or {@code other}; null when nothing is there. */
  private static String typeOf(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (attributes.isSymbolicLink()) {
      return "link";
    }
    if (attributes.isRegularFile()) {
      return "file";
    }
    return attributes.isDirectory() ? "directory" : "other";
  }

  private static PlanDifference difference(PlanDifference.Kind kind, Entry entry, String present,
      String wanted) {
    return new PlanDifference(kind, entry.path(), present, wanted);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitSet
        && ((UnitSet) other).scope.equals(scope)
        && ((UnitSet) other).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return 31 * scope.hashCode() + entries.hashCode();
  }

  @Override
  public String toString() {
    return "UnitSet(" + scope + ")" + entries;
  }

  /** Composes a {@link UnitSet}; entries are applied in the order they are added. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Path> paths = new HashSet<>();
    private String scope = POD_SCOPE;

    private Builder() {}

    /**
     * Sets the plan's {@linkplain UnitSet#scope() scope}; {@value UnitSet#POD_SCOPE} unless set.
     *
     * @param scope a name without spaces or control characters, such as {@code app/web}
     * @throws IllegalArgumentException the name is empty or holds a space or control character
     */
    public Builder scope(String scope) {
      Objects.requireNonNull(scope, "scope");
      if (!isScopeName(scope)) {
        throw new IllegalArgumentException("unit set: the scope \"" + SystemdText.printable(scope)
            + "\" must be a non-empty name without spaces or control characters, such as pod or"
            + " app/web");
      }
      this.scope = scope;
      return this;
    }

    // A loop, not a stream: every plan sets its scope, and a lambda's class is spun on a JVM's first pod.
    private static boolean isScopeName(String scope) {
      if (scope.isEmpty()) {
        return false;
      }
      for (int i = 0; i < scope.length(); i++) {
        char c = scope.charAt(i);
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
          return false;
        }
      }
      return true;
    }

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

    /** Adds every entry of another set, in its order; the scope stays this builder's. */
    public Builder addAll(UnitSet other) {
      for (Entry entry : other.entries) {
        add(entry);
      }
      return this;
    }

    /** The plan, with the entries added so far. */
    public UnitSet build() {
      return new UnitSet(scope, List.copyOf(entries));
    }
  }
}
