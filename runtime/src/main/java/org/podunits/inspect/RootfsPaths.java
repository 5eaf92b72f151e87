package org.podunits.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Paths inside an app's rootfs, resolved as the app would see them once chrooted there: an
 * absolute symbolic link target starts again at the rootfs, and {@code ..} never climbs above it.
 * rkt gets the same answer by calling {@code chroot(2)} (which needs CAP_SYS_CHROOT and changes
 * the whole process); this walks the links one component at a time instead.
 */
public final class RootfsPaths {

  /** Linux gives up with ELOOP after this many links in one lookup. */
  private static final int MAX_LINKS = 40;

  private RootfsPaths() {}

  /**
   * The path {@code path} really names inside {@code rootfs}, with every symbolic link evaluated
   * inside the rootfs, as an absolute path relative to it (starting with {@code /}). Like rkt's
   * {@code EvaluateSymlinksInsideApp}, a path that does not exist (or whose tail does not) is
   * fine: the missing components are kept as they are, with {@code .} and {@code ..} applied.
   *
   * @param rootfs the app's rootfs on this machine, such as
   *     {@code <pod>/stage1/rootfs/opt/stage2/<app>/rootfs}
   * @param path the path as the app sees it; a relative path is taken from the rootfs's {@code /}
   * @return the evaluated path, such as {@code /usr/bin/busybox}, never leaving the rootfs
   * @throws PodInspectionException if a component other than the last is not a directory, the
   *     links loop (more than 40 in one lookup), or a file cannot be read; the message names the
   *     path
   * @throws IllegalArgumentException if the path holds a NUL
   */
  public static String evaluateInside(Path rootfs, String path) throws PodInspectionException {
    Objects.requireNonNull(rootfs, "rootfs");
    Objects.requireNonNull(path, "path");
    if (path.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path \"" + path.replace("\0", "\\0")
          + "\" inside the app rootfs must not hold a NUL");
    }
    Deque<String> pending = new ArrayDeque<>(components(path));
    List<String> resolved = new ArrayList<>();
    int links = 0;
    // How many leading components of resolved exist; those after them were not found, so nothing
    // below them is looked up until .. climbs back into what exists.
    int existing = Integer.MAX_VALUE;
    while (!pending.isEmpty()) {
      String name = pending.removeFirst();
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (!resolved.isEmpty()) {
          resolved.remove(resolved.size() - 1);
        }
        if (resolved.size() <= existing) {
          existing = Integer.MAX_VALUE;
        }
        continue;
      }
      resolved.add(name);
      if (existing != Integer.MAX_VALUE) {
        continue;
      }
      Path onHost = onHost(rootfs, resolved);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(onHost, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        existing = resolved.size() - 1;
        continue;
      } catch (IOException e) {
        throw new PodInspectionException("evaluating symlinks of \"" + path + "\" inside " + rootfs
            + " failed: cannot read " + onHost, e);
      }
      if (attributes.isSymbolicLink()) {
        if (++links > MAX_LINKS) {
          throw new PodInspectionException("evaluating symlinks of \"" + path + "\" inside " + rootfs
              + " failed: more than " + MAX_LINKS + " symbolic links (a loop?)");
        }
        String target = readLink(onHost, path, rootfs);
        resolved.remove(resolved.size() - 1);
        if (target.startsWith("/")) {
          resolved.clear();
        }
        List<String> targetNames = components(target);
        for (int i = targetNames.size() - 1; i >= 0; i--) {
          pending.addFirst(targetNames.get(i));
        }
      } else if (!attributes.isDirectory() && !pending.isEmpty()) {
        throw new PodInspectionException("evaluating symlinks of \"" + path + "\" inside " + rootfs
            + " failed: /" + String.join("/", resolved) + " is not a directory");
      }
    }
    return "/" + String.join("/", resolved);
  }

  /**
   * The file on this machine that {@code evaluated} (an absolute path inside the rootfs, as
   * returned by {@link #evaluateInside}) stands for.
   */
  static Path onHost(Path rootfs, String evaluated) {
    return onHost(rootfs, components(evaluated));
  }

  private static Path onHost(Path rootfs, List<String> names) {
    Path result = rootfs;
    for (String name : names) {
      result = result.resolve(name);
    }
    return result;
  }

  private static String readLink(Path link, String path, Path rootfs) throws PodInspectionException {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new PodInspectionException("evaluating symlinks of \"" + path + "\" inside " + rootfs
          + " failed: cannot read the link " + link, e);
    }
  }

  private static List<String> components(String path) {
    List<String> names = new ArrayList<>();
    for (String name : path.split("/")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
