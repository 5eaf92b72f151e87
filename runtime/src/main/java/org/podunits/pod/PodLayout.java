package org.podunits.pod;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where rkt's stage1 keeps things: every path helper of rkt's {@code path.go} and the other
 * per-app names its unit code uses.
 *
 * <p>Methods returning a {@link Path} give a path relative to the pod root, such as {@code
 * stage1/rootfs/usr/lib/systemd/system/hello.service}, ready for a {@link
 * org.podunits.write.UnitSet}. Methods whose name starts with {@code rel} give an absolute path as
 * seen inside the stage1 rootfs, such as {@code /rkt/env/hello}, ready for a unit option. Joined
 * paths are cleaned as Go's {@code filepath.Join} cleans them ({@link #clean}).
 */
public final class PodLayout {

  /** Where stage1 units live, inside the stage1 rootfs. */
  public static final String UNITS_DIR = "/usr/lib/systemd/system";
  /** Where app environment files live, inside the stage1 rootfs. */
  public static final String ENV_DIR = "/rkt/env";
  /** Where the iottymux state of each app lives, inside the stage1 rootfs. */
  public static final String IOMUX_DIR = "/rkt/iottymux";
  /** The want directory of {@code default.target}, inside the stage1 rootfs. */
  public static final String DEFAULT_WANTS_DIR = UNITS_DIR + "/default.target.wants";
  /** The want directory of {@code sockets.target}, inside the stage1 rootfs. */
  public static final String SOCKETS_WANTS_DIR = UNITS_DIR + "/sockets.target.wants";
  /** Where app rootfs directories live, inside the stage1 rootfs. */
  public static final String STAGE2_DIR = "/opt/stage2";

  private static final String STAGE1_ROOTFS = "stage1/rootfs";

  private PodLayout() {}

  /** {@code stage1}: the stage1 image directory. */
  public static Path stage1Dir() {
    return Path.of("stage1");
  }

  /** {@code stage1/rootfs}: the stage1 root file system. */
  public static Path stage1RootfsPath() {
    return Path.of(STAGE1_ROOTFS);
  }

  /** {@code stage1/rootfs/usr/lib/systemd/system}: the units directory. */
  public static Path unitsPath() {
    return inStage1(UNITS_DIR);
  }

  /** {@code stage1/rootfs/usr/lib/systemd/system/default.target.wants}. */
  public static Path defaultWantsPath() {
    return inStage1(DEFAULT_WANTS_DIR);
  }

  /** {@code stage1/rootfs/usr/lib/systemd/system/sockets.target.wants}. */
  public static Path socketsWantsPath() {
    return inStage1(SOCKETS_WANTS_DIR);
  }

  /** {@code <app>.service}. */
  public static String serviceUnitName(AppName app) {
    return app.value() + ".service";
  }

  /** The app's service unit, {@code <units>/<app>.service}. */
  public static Path serviceUnitPath(AppName app) {
    return typedUnitPath(app.value(), "service");
  }

  /** A target unit, {@code <units>/<name>.target}. */
  public static Path targetUnitPath(String name) {
    return typedUnitPath(name, "target");
  }

  /** {@code <app>.socket}. */
  public static String socketUnitName(AppName app) {
    return app.value() + ".socket";
  }

  /** The app's socket unit for socket-activated ports, {@code <units>/<app>.socket}. */
  public static Path socketUnitPath(AppName app) {
    return typedUnitPath(app.value(), "socket");
  }

  /** A unit of any type, {@code <units>/<unitName>.<type>}. */
  public static Path typedUnitPath(String unitName, String type) {
    return inStage1(UNITS_DIR + "/" + unitName + "." + type);
  }

  /** The want link of the app's service, {@code <units>/default.target.wants/<app>.service}. */
  public static Path serviceWantPath(AppName app) {
    return inStage1(DEFAULT_WANTS_DIR + "/" + serviceUnitName(app));
  }

  /** The want link of the app's socket, {@code <units>/sockets.target.wants/<app>.socket}. */
  public static Path socketWantPath(AppName app) {
    return inStage1(SOCKETS_WANTS_DIR + "/" + socketUnitName(app));
  }

  /** The want link of any unit in {@code default.target.wants}. */
  public static Path defaultWantPath(String unitName) {
    return inStage1(DEFAULT_WANTS_DIR + "/" + unitName);
  }

  /** The target of a want link: {@code ../<unit>}. */
  public static String wantTarget(String unitName) {
    return "../" + unitName;
  }

  /** {@code /rkt/env/<app>}: the app's environment file as units see it. */
  public static String relEnvFilePath(AppName app) {
    return ENV_DIR + "/" + app.value();
  }

  /** {@code stage1/rootfs/rkt/env/<app>}. */
  public static Path envFilePath(AppName app) {
    return inStage1(relEnvFilePath(app));
  }

  /** {@code /rkt/iottymux/<app>}: the app's iottymux directory as units see it. */
  public static String relIoMuxDir(AppName app) {
    return IOMUX_DIR + "/" + app.value();
  }

  /** {@code stage1/rootfs/rkt/iottymux/<app>}. */
  public static Path ioMuxDir(AppName app) {
    return inStage1(relIoMuxDir(app));
  }

  /** {@code stage1/rootfs/rkt/iottymux/<app>/env}: the iottymux environment file. */
  public static Path ioMuxEnvPath(AppName app) {
    return inStage1(relIoMuxDir(app) + "/env");
  }

  /** {@code /opt/stage2/<app>}. */
  public static String relAppPath(AppName app) {
    return STAGE2_DIR + "/" + app.value();
  }

  /** {@code /opt/stage2/<app>/rootfs}: the app's root directory as units see it. */
  public static String relAppRootfsPath(AppName app) {
    return relAppPath(app) + "/rootfs";
  }

  /** {@code stage1/rootfs/opt/stage2/<app>/rootfs}. */
  public static Path appRootfsPath(AppName app) {
    return inStage1(relAppRootfsPath(app));
  }

  /**
   * The instance of {@code prepare-app@.service} for the app: {@code prepare-app@-} followed by the
   * systemd path escape of {@code /opt/stage2/<app>/rootfs} and {@code .service}, such as {@code
   * prepare-app@-opt-stage2-my\x2dapp-rootfs.service}. The escape drops the leading {@code /}; rkt
   * puts a {@code -} back so that {@code %I} unescapes to the absolute path.
   */
  public static String instantiatedPrepareAppUnitName(AppName app) {
    // An ACName holds only [a-z0-9-], so the path escape only has to encode '-' (as \x2d) and
    // turn the path's '/' into '-'.
    return "prepare-app@-opt-stage2-" + app.value().replace("-", "\\x2d") + "-rootfs.service";
  }

  /** {@code reaper-<app>.service}. */
  public static String reaperUnitName(AppName app) {
    return "reaper-" + app.value() + ".service";
  }

  /** {@code <units>/reaper-<app>.service}. */
  public static Path reaperUnitPath(AppName app) {
    return typedUnitPath("reaper-" + app.value(), "service");
  }

  /** {@code <app>-<stream>.socket}, the FIFO socket of an attachable stream. */
  public static String streamSocketName(AppName app, String stream) {
    return app.value() + "-" + stream + ".socket";
  }

  /** {@code <units>/<app>-<stream>.socket}. */
  public static Path streamSocketPath(AppName app, String stream) {
    return typedUnitPath(app.value() + "-" + stream, "socket");
  }

  /** {@code stage1/rootfs/usr/lib/sysusers.d/<app>.service.conf}. */
  public static Path sysusersPath(AppName app) {
    return inStage1("/usr/lib/sysusers.d/" + serviceUnitName(app) + ".conf");
  }

  /** {@code stage1/rootfs/rkt/volumes/<volume>}: the link that names a device volume's mount. */
  public static Path volumeLinkPath(String volume) {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "", "volume name", volume);
    problems.throwIfErrors();
    return inStage1("/rkt/volumes/" + volume);
  }

  /**
   * A path cleaned as Go's {@code filepath.Clean} cleans it: repeated slashes collapse, {@code .}
   * and {@code ..} are resolved lexically ({@code ..} at the root stays at the root), and a
   * trailing slash is dropped. The empty path is {@code .}.
   */
  public static String clean(String path) {
    // Nearly every path a plan joins is clean but for a trailing slash (rkt's lists of kernel
    // paths have one); one scan spares splitting and joining it.
    int end = path.length();
    if (end > 1 && path.charAt(end - 1) == '/' && path.charAt(end - 2) != '/') {
      end--;
    }
    if (isClean(path, end)) {
      return path.substring(0, end);
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast(part);
        }
        continue;
      }
      parts.addLast(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * Whether {@link #clean} would return the first {@code length} characters of {@code path}
   * unchanged: they are not empty, have no trailing slash except as the root, and no empty,
   * {@code .} or {@code ..} name.
   */
  private static boolean isClean(String path, int length) {
    if (length == 0) {
      return false;
    }
    if (length == 1) {
      return true;
    }
    if (path.charAt(length - 1) == '/') {
      return false;
    }
    int start = path.charAt(0) == '/' ? 1 : 0;
    while (start < length) {
      int end = path.indexOf('/', start);
      if (end < 0 || end > length) {
        end = length;
      }
      int nameLength = end - start;
      if (nameLength == 0
          || path.charAt(start) == '.' && (nameLength == 1 || nameLength == 2 && path.charAt(start + 1) == '.')) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /** Joins path elements with {@code /} and cleans the result, as Go's {@code filepath.Join}. */
  static String join(String... elements) {
    int length = elements.length;
    for (String element : elements) {
      length += element.length();
    }
    StringBuilder joined = new StringBuilder(length);
    for (String element : elements) {
      if (element.isEmpty()) {
        continue;
      }
      // A slash already there stands for the separator; cleaning would drop the second anyway.
      if (joined.length() > 0 && joined.charAt(joined.length() - 1) != '/' && element.charAt(0) != '/') {
        joined.append('/');
      }
      joined.append(element);
    }
    return joined.length() == 0 ? "" : clean(joined.toString());
  }

  private static Path inStage1(String absolute) {
    return Path.of(STAGE1_ROOTFS + absolute);
  }
}
